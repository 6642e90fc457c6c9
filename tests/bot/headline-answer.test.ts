import { describe, expect, it } from "vitest";
import { TEXTS } from "../support/texts.js";
import type { Corpus } from "../../src/corpus/types.js";
import { buttonsOf, useHarness } from "./helpers/harness.js";

/** A page with a section on a pipeline, and a tagged, subtitled, linked headline about it. */
const pipelineCorpus: Corpus = {
  articles: [
    {
      id: "caspian-pipeline",
      title: "Why the Caspian pipeline matters",
      subtitle: null,
      author: null,
      category: "ECONOMY",
      publishedAt: "2023-03-01T10:00:00+04:00",
      url: "https://example.com/pipeline",
      language: "en",
      sections: [
        { heading: null, paragraphs: ["Gas from the Caspian reaches Europe through a long chain of pipes."] },
        {
          heading: "A pipeline under the Caspian Sea",
          paragraphs: ["Talks on the trans-Caspian gas pipeline, which would carry Turkmen gas under the sea to Baku and on to Europe, resume this spring."],
        },
      ],
      file: "pipeline.txt",
    },
    {
      id: "football-season",
      title: "A football season in Baku",
      subtitle: null,
      author: null,
      category: "SPORT",
      publishedAt: "2023-03-02T10:00:00+04:00",
      url: null,
      language: "en",
      sections: [
        { heading: null, paragraphs: ["The league starts in August with ten clubs."] },
        { heading: "The new stadium", paragraphs: ["A stadium for thirty thousand fans opens in the spring."] },
      ],
      file: "football.txt",
    },
  ],
  headlines: [
    {
      id: "h-pipeline",
      title: "Trans-Caspian gas pipeline talks resume",
      tag: "UPDATED",
      subtitle: "Analysis by Reuters",
      publishedAt: "2023-03-28T06:01:00+04:00",
      list: "Latest news",
      url: "https://example.com/talks?a=1&b=2",
      language: "en",
    },
  ],
};

describe("a headline answer", () => {
  const h = useHarness();

  const answerTo = async (question: string) => {
    const user = h.emu.user();
    user.send(question);
    const [reply] = await h.emu.waitForMessages(user.id, 1);
    return { user, reply: reply!, text: h.emu.renderedText(reply!) };
  };

  it("shows the headline once, its subtitle and date, and the section that explains it", async () => {
    const { text, reply } = await answerTo("Destabilisation of the region severe military consequences for Armenia");
    const title = "\"Destabilisation of the region could lead to severe military consequences for Armenia\"";
    const lines = text.split("\n");
    expect(lines.slice(0, 3)).toEqual([title, "Caliber.Az talks to Russian pundit Sergey Borovikov", "27 Mar 2023, 18:03"]);
    expect(text.split(title)).toHaveLength(2);
    // Which section explains the story is the search's call; the answer shows it once, with its article.
    expect(text).toMatch(/\n\nWhat our articles say: [^\n·]+ · Iran’s growing paranoia toward Azerbaijan\n/);
    expect(text).not.toMatch(/Latest news|Read also/);
    expect(buttonsOf(reply)).toContain(TEXTS.buttons.wholeSection);
  });

  it("sends the explaining section on Whole section", async () => {
    const { user, reply, text } = await answerTo("Destabilisation of the region severe military consequences for Armenia");
    const explaining = /What our articles say: ([^\n·]+) · /.exec(text)![1]!;
    user.press(reply, TEXTS.buttons.wholeSection);
    const [, section] = await h.emu.waitForMessages(user.id, 2);
    expect(h.emu.renderedText(section!).split("\n")[0]).toBe(explaining);
  });

  it("shows no explanation when no section explains the story, and the headline still once", async () => {
    const { text, reply } = await answerTo("Nashville school shooting");
    const title = "Three children, gunman confirmed dead in Nashville school shooting";
    expect(text.startsWith(`${title}\n`)).toBe(true);
    expect(text.split(title)).toHaveLength(2);
    expect(text).not.toContain(TEXTS.explainedBy);
    expect(buttonsOf(reply)).not.toContain(TEXTS.buttons.wholeSection);
  });
});

describe("a headline answer with a tag and a link", () => {
  const h = useHarness({ corpus: pipelineCorpus });

  it("shows the tag beside the headline and links the story, the page's list name never", async () => {
    const user = h.emu.user();
    user.send("trans-Caspian gas pipeline talks resume");
    const [reply] = await h.emu.waitForMessages(user.id, 1);
    const text = h.emu.renderedText(reply!);
    expect(text.split("\n").slice(0, 3)).toEqual([
      "Trans-Caspian gas pipeline talks resume · UPDATED",
      "Analysis by Reuters",
      "28 Mar 2023, 06:01",
    ]);
    expect(text).toContain("What our articles say: A pipeline under the Caspian Sea · Why the Caspian pipeline matters");
    expect(text).toContain("which would carry Turkmen gas under the sea");
    const link = h.emu.entities(reply!).find((e) => e.type === "text_link") as { url?: string; offset: number; length: number } | undefined;
    expect(link?.url).toBe("https://example.com/talks?a=1&b=2");
    expect(text.slice(link!.offset, link!.offset + link!.length)).toBe(TEXTS.openStory);
    expect(text).not.toContain("Latest news");
  });
});
