import { describe, expect, it } from "vitest";
import { createSmallTalk } from "../../src/answers/small-talk.js";
import { ENGLISH_SMALL_TALK, SMALL_TALK_WORDS, type SmallTalkWords } from "../../src/answers/small-talk-words.js";

const smallTalk = createSmallTalk([ENGLISH_SMALL_TALK]);
const kind = (text: string) => smallTalk.read(text).kind;
const question = (text: string) => smallTalk.read(text).question;

describe("small talk", () => {
  it("knows greetings, thanks, goodbyes, who and what the bot is, fillers and emoji", () => {
    expect(["hi", "Hello!", "good evening!", "Hey there", "how are you?"].map(kind)).toEqual(Array(5).fill("greeting"));
    expect(["thanks", "Thank you very much!", "thx bot", "many thanks"].map(kind)).toEqual(Array(4).fill("thanks"));
    expect(["bye", "Goodbye!", "see you later", "good night all", "ok bye, see you tomorrow"].map(kind)).toEqual(Array(5).fill("goodbye"));
    expect(["who are you?", "Are you a bot?", "what's your name"].map(kind)).toEqual(Array(3).fill("identity"));
    expect(["what can you do", "Hi, what can you do?", "help", "can you help me with something?"].map(kind)).toEqual(Array(4).fill("abilities"));
    expect(["ok", "cool 👍", "👍", "hmm...", "great, thanks"].map(kind)).toEqual(["filler", "filler", "filler", "filler", "thanks"]);
    expect(["thank you so much, very helpful", "thanks, that helped a lot", "very useful"].map(kind)).toEqual(["thanks", "thanks", "filler"]);
    expect(kind("   ")).toBe("blank");
  });

  it("reads a question wrapped in a greeting or a thanks as the question", () => {
    expect(question("hello! who is Velayati?")).toBe("who is Velayati?");
    expect(question("Hi there, why does Iran oppose the corridor")).toBe("why does Iran oppose the corridor");
    expect(question("who is Velayati? thanks a lot!")).toBe("who is Velayati?");
  });

  it("leaves questions whole, fillers and edge-like words inside them included", () => {
    for (const text of ["what will happen later", "no deal for Armenia?", "hi-tech weapons", "ok so who is Velayati", "<b>hi</b> & <i>x</i>"]) {
      expect(smallTalk.read(text)).toEqual({ kind: null, question: text });
    }
    expect(kind("who are you talking to, Iran?")).toBeNull();
  });

  it("takes more languages as more word lists", () => {
    const russian: SmallTalkWords = {
      greetings: ["привет", "здравствуйте"],
      thanks: ["спасибо"],
      goodbyes: ["пока"],
      identity: ["кто ты"],
      abilities: ["что ты умеешь"],
      fillers: ["ок"],
      companions: [],
    };
    const both = createSmallTalk([ENGLISH_SMALL_TALK, russian]);
    expect(both.read("Привет!").kind).toBe("greeting");
    expect(both.read("привет, кто такой Велаяти?").question).toBe("кто такой Велаяти?");
    expect(both.read("hi").kind).toBe("greeting");
  });

  it("reads Russian and Azerbaijani small talk with the lists the bot ships, and the question inside it", () => {
    const all = createSmallTalk(SMALL_TALK_WORDS);
    expect(["Привет!", "Спасибо большое", "до свидания", "Кто ты?", "ок"].map((text) => all.read(text).kind)).toEqual([
      "greeting",
      "thanks",
      "goodbye",
      "identity",
      "filler",
    ]);
    expect(["Salam!", "Çox sağ olun", "hələlik", "nə edə bilirsən?", "oldu"].map((text) => all.read(text).kind)).toEqual([
      "greeting",
      "thanks",
      "goodbye",
      "abilities",
      "filler",
    ]);
    expect(all.read("Salam, İran niyə Zəngəzur dəhlizinə qarşıdır?").question).toBe("İran niyə Zəngəzur dəhlizinə qarşıdır?");
    expect(all.read("Почему Иран против Зангезурского коридора?").kind).toBeNull();
  });
});
