import { beforeAll, describe, expect, it } from "vitest";
import { createSearchEngine } from "../../src/search/engine.js";
import { loadLanguage, type Language } from "../../src/search/language.js";
import type { Headline, LanguageCode } from "../../src/corpus/types.js";

let language: Language;
beforeAll(() => {
  language = loadLanguage();
});

/** The titles a question finds among a few headlines, best first. */
function found(question: string, titles: string[], titleLanguage: LanguageCode = "en"): string[] {
  const headlines: Headline[] = titles.map((title, i) => ({
    id: `h${i}`,
    title,
    tag: null,
    subtitle: null,
    publishedAt: "2023-01-27T14:27:00+04:00",
    list: "Latest news",
    url: null,
    language: titleLanguage,
  }));
  return createSearchEngine({ articles: [], headlines }, { language }).search(question).map((answer) => answer.headline ?? "");
}

describe("words related through WordNet", () => {
  it("finds a group through a word for one of its members", () => {
    expect(found("Shiite clerics", ["Shia clerics gather in Najaf", "Oil prices fall again"])).toEqual(["Shia clerics gather in Najaf"]);
  });

  it("does not take the last word of a region's name for the region", () => {
    expect(found("Iran talks", ["Ceasefire talks in east Ukraine"])).toEqual([]);
    expect(found("Iran trade", ["United States trade deficit grows"])).toEqual([]);
  });

  it("finds a country through its capital", () => {
    expect(found("Tehran sanctions", ["Canada adds new sanctions against Iran", "Oil prices fall again"])[0]).toBe(
      "Canada adds new sanctions against Iran",
    );
  });
});

describe("word endings", () => {
  it("takes a people's ending as the same name", () => {
    expect(found("Azerbaijani", ["Azerbaijan opens an embassy in Israel"])).toEqual(["Azerbaijan opens an embassy in Israel"]);
  });

  it("takes a short word and its inflections for one word", () => {
    expect(found("drones used", ["Drones fly over Baku", "The use of drones grows"])[0]).toBe("The use of drones grows");
    expect(found("aged", ["The age of drones"])).toEqual(["The age of drones"]);
  });

  it("does not read a word ending in y as a people's name", () => {
    expect(found("unity", ["United Nations votes on new sanctions"])).toEqual([]);
    expect(found("army", ["Arms deal signed in Moscow"])).toEqual([]);
  });
});

describe("word expansion on a leash", () => {
  it("gives no sense to a word of one or two letters or to an interjection", () => {
    for (const word of ["hi", "ok", "us", "hello", "thanks", "bye"]) expect(language.synonyms(word), word).toEqual({ synonyms: [], broader: [] });
    expect(found("hi", ["Iranian state media questions the border", "Oil prices fall again"])).toEqual([]);
  });

  it("leads from a place's name to other names only, never to a common noun", () => {
    for (const place of ["Hawaii", "Pennsylvania", "Azerbaijan"]) {
      const { synonyms, broader } = language.synonyms(place);
      for (const noun of ["state", "country", "nation", "republic"]) expect([...synonyms, ...broader], place).not.toContain(noun);
    }
    expect(language.synonyms("Tehran").synonyms).toContain("iran");
    expect(found("Pennsylvania", ["Iranian state media questions the border"])).toEqual([]);
  });
});

describe("Azerbaijani Latin letters", () => {
  it("fold to their English spellings, so a name written either way finds the other", () => {
    const titles = ["Talks on the Zangezur corridor resume", "Shusha hosts a media forum", "Oil prices fall again"];
    expect(found("Zəngəzur dəhlizi", titles)).toEqual(["Talks on the Zangezur corridor resume"]);
    expect(found("Şuşa", titles)).toEqual(["Shusha hosts a media forum"]);
    expect(found("Zangezur", ["Zəngəzur dəhlizi üzrə danışıqlar bərpa olunur"], "az")).toEqual(["Zəngəzur dəhlizi üzrə danışıqlar bərpa olunur"]);
  });
});
