import { describe, expect, it } from "vitest";
import { languageOfCode } from "../../src/i18n/languages.js";
import { TEXTS_BY_LANGUAGE, TRANSLATORS } from "../support/texts.js";
import { AZERBAIJANI_DELIVERY_TEXTS, DELIVERY_TEXTS, RUSSIAN_DELIVERY_TEXTS } from "../support/texts.js";

describe("plural forms", () => {
  it("agree with the number in Russian: one, few and many", () => {
    const titles = [1, 2, 4, 5, 11, 12, 21, 22, 25, 101].map(RUSSIAN_DELIVERY_TEXTS.burstTitle);
    expect(titles).toEqual([
      "1 новый заголовок",
      "2 новых заголовка",
      "4 новых заголовка",
      "5 новых заголовков",
      "11 новых заголовков",
      "12 новых заголовков",
      "21 новый заголовок",
      "22 новых заголовка",
      "25 новых заголовков",
      "101 новый заголовок",
    ]);
    expect(RUSSIAN_DELIVERY_TEXTS.moreNew(3)).toBe("Ещё 3 новых заголовка: см. /latest");
    expect(TEXTS_BY_LANGUAGE.ru.bot.slowDown(1)).toContain("Подождите 1 секунду");
    expect(TEXTS_BY_LANGUAGE.ru.bot.slowDown(30)).toContain("Подождите 30 секунд ");
    expect(TEXTS_BY_LANGUAGE.ru.bot.slowDown(3)).toContain("Подождите 3 секунды ");
  });

  it("leave the noun alone after a number in Azerbaijani", () => {
    expect([1, 2, 5, 21].map(AZERBAIJANI_DELIVERY_TEXTS.digestCount)).toEqual([
      "1 yeni başlıq",
      "2 yeni başlıq",
      "5 yeni başlıq",
      "21 yeni başlıq",
    ]);
  });

  it("keep English as it was: one headline, two headlines", () => {
    expect([1, 2, 21].map(DELIVERY_TEXTS.burstTitle)).toEqual(["1 new headline", "2 new headlines", "21 new headlines"]);
    expect(TEXTS_BY_LANGUAGE.en.subscription.followStopwords(["the"])).toMatch(/^“the” is a word too common to follow: nearly every headline has it\./);
    expect(TEXTS_BY_LANGUAGE.en.subscription.followStopwords(["the", "a"])).toMatch(/^“the”, “a” are words too common to follow: nearly every headline has them\./);
  });
});

describe("the translator", () => {
  it("writes numbers as the bot always did, without grouping", () => {
    expect(TEXTS_BY_LANGUAGE.en.bot.answerPosition(9999, 12000)).toBe("<i>Answer 10000 of 12000</i>");
    expect(TEXTS_BY_LANGUAGE.ru.bot.latestTitle(0, 10000)).toBe("<b>Свежие заголовки</b> · страница 1 из 10000");
  });

  it("refuses a message the catalogue lacks, naming it", () => {
    expect(() => TRANSLATORS.az.t("no-such-message")).toThrow(/no message "no-such-message" in the az catalogue/);
  });
});

describe("the reader's language from Telegram's language_code", () => {
  it("is Russian or Azerbaijani for their codes, with or without a region or script, and English otherwise", () => {
    expect(["ru", "ru-RU", "az", "az-Latn-AZ", "en", "en-US", "de", "uk", "", undefined].map(languageOfCode)).toEqual([
      "ru",
      "ru",
      "az",
      "az",
      "en",
      "en",
      "en",
      "en",
      "en",
      "en",
    ]);
  });
});
