import { describe, expect, it } from "vitest";
import { azerbaijaniSpellings, transliterations } from "../../../src/search/languages/transliterate.js";
import { crossSpellings } from "../../../src/search/languages/cross-spellings.js";

/** Names as Russian writes them and as English news spells them; the last nine are not transliterations (Москва is Moscow). */
const NAMES: ReadonlyArray<[string, string]> = [
  ["Зангезур", "Zangezur"], ["Алиев", "Aliyev"], ["Пашинян", "Pashinyan"], ["Иран", "Iran"], ["Азербайджан", "Azerbaijan"],
  ["Армения", "Armenia"], ["Нахчыван", "Nakhchivan"], ["Карабах", "Karabakh"], ["Шуша", "Shusha"], ["Ханкенди", "Khankendi"],
  ["Байрамов", "Bayramov"], ["Джейхун", "Jeyhun"], ["Ильхам", "Ilham"], ["Мирзоян", "Mirzoyan"], ["Эрдоган", "Erdogan"],
  ["Лавров", "Lavrov"], ["Путин", "Putin"], ["Зеленский", "Zelensky"], ["Раиси", "Raisi"], ["Хаменеи", "Khamenei"],
  ["Гянджа", "Ganja"], ["Сумгаит", "Sumgait"], ["Лачин", "Lachin"], ["Агдам", "Aghdam"], ["Ереван", "Yerevan"],
  ["Гаджиев", "Hajiyev"], ["Абдоллахиан", "Abdollahian"], ["Велаяти", "Velayati"], ["Сюник", "Syunik"], ["Мегри", "Meghri"],
  ["Амир", "Amir"], ["Тебриз", "Tabriz"], ["Физули", "Fuzuli"], ["Кельбаджар", "Kalbajar"], ["Москва", "Moscow"],
  ["Кремль", "Kremlin"], ["Тегеран", "Tehran"], ["Вашингтон", "Washington"], ["Грузия", "Georgia"], ["Израиль", "Israel"],
];

describe("Cyrillic names", () => {
  it("are spelled as English news spells them: every transliterable name of the 40, none of the exonyms", () => {
    const spelled = NAMES.filter(([cyrillic, latin]) => transliterations(cyrillic).includes(latin.toLowerCase()));
    expect(spelled.length).toBe(31);
    expect(spelled.map(([cyrillic]) => cyrillic)).not.toContain("Москва");
  });

  it("give their usual spelling first", () => {
    expect(transliterations("Зангезур")[0]).toBe("zangezur");
    expect(transliterations("Алиев")[0]).toBe("aliyev");
    expect(transliterations("Пашинян")[0]).toBe("pashinyan");
  });

  it("are spelled without the endings a sentence gives them, the bare name first", () => {
    expect(crossSpellings("Зангезурского", "ru")[0]).toBe("zangezur");
    expect(crossSpellings("Ирана", "ru")[0]).toBe("iran");
    expect(crossSpellings("Алиева", "ru")).toContain("aliyev");
  });

  it("never make more than a bounded number of spellings, however long the word", () => {
    expect(transliterations("Хаджигасанлыхаджиевхаджиев").length).toBeLessThanOrEqual(24);
  });
});

describe("Azerbaijani names", () => {
  it("are spelled as English news spells the letters", () => {
    expect(azerbaijaniSpellings("naxçıvan")).toContain("nakhchivan");
    expect(azerbaijaniSpellings("azərbaycan")).toContain("azerbaijan");
    expect(azerbaijaniSpellings("qarabağ")).toContain("karabakh");
    expect(azerbaijaniSpellings("ceyhun")).toContain("jeyhun");
    expect(crossSpellings("Naxçıvanın", "az")).toContain("nakhchivan");
  });
});
