import { beforeAll, describe, expect, it } from "vitest";
import { countsFocus, focusOf } from "../../src/search/focus.js";
import { loadLanguage, type Language } from "../../src/search/language.js";

let language: Language;
beforeAll(() => {
  language = loadLanguage();
});

const focus = (question: string) => focusOf(question, language.partsOfSpeech);

describe("the focus of a question", () => {
  it("is the noun after what, which, how many or who is, past the words between", () => {
    expect(focus("what is the capital of the Nakhchivan exclave")).toBe("capital");
    expect(focus("What currency is used in Azerbaijan?")).toBe("currency");
    expect(focus("which river did iranian troops cross")).toBe("river");
    expect(focus("what kind of state does the armed group want to set up")).toBe("state");
  });

  it("is the head of its noun phrase, not a word that qualifies it, nor the verb after it", () => {
    expect(focus("who is the current president of Iran")).toBe("president");
    expect(focus("how many big military drills did iran hold")).toBe("drills");
    expect(focus("how many leopard 2 tanks did ukraine get")).toBe("tanks");
    // "took" is in no WordNet index; "crossed" is only a verb's form.
    expect(focus("How many soldiers took part in the Mighty Iran drills?")).toBe("soldiers");
    expect(focus("how many tanks crossed the aras")).toBe("tanks");
    expect(focus("What is Iran's forward defense strategy?")).toBe("strategy");
  });

  it("is the thing measured after how long is, how old was and the like", () => {
    expect(focus("How long is the Tovuz-Berd border stretch?")).toBe("stretch");
    expect(focus("how old is the Khudafarin bridge")).toBe("bridge");
    // A verb after "how long": what it asks of is its subject, not a thing named after a "be".
    expect(focus("how long will the drive take")).toBeNull();
  });

  it("is none when the question asks about a name, or a verb follows its opening", () => {
    expect(focus("who is Mahsa Amini")).toBeNull();
    expect(focus("what did Aliyev promise Azerbaijanis living in Iran?")).toBeNull();
    expect(focus("who won the last presidential election in Iran?")).toBeNull();
    expect(focus("why is tehran worried about a route through southern armenia")).toBeNull();
    expect(focus("Zangezur corridor")).toBeNull();
  });
});

describe("a number that counts the focus by another noun", () => {
  const counts = (sentence: string, thing: string) => countsFocus(sentence, thing, language);

  it("counts it by a noun WordNet puts above or below it, irregular plurals read as WordNet's morphy reads them", () => {
    expect(counts("Officers detained 19 individuals in Baku.", "spies")).toBe(true);
    expect(counts("Around 38,000 residents of Neftchala now receive water from tankers.", "people")).toBe(true);
    expect(counts("Two countries sent observers.", "soldiers")).toBe(false);
  });

  it("not by the function words that follow a number", () => {
    expect(counts("Each of the four operators holds a 25 percent stake in the company.", "employees")).toBe(false);
  });
});
