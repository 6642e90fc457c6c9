import { createTextsByLanguage } from "../../src/bot/i18n/reader-texts.js";
import { createDeliveryTexts } from "../../src/delivery/texts.js";
import { loadCatalogues } from "../../src/i18n/catalogues.js";
import { createTranslators } from "../../src/i18n/translator.js";

/** The shipped catalogues, read once for the tests, and every language's texts worded from them. */
export const TRANSLATORS = createTranslators(loadCatalogues());
export const TEXTS_BY_LANGUAGE = createTextsByLanguage(TRANSLATORS);

/** The English texts, which the tests assert replies against. */
export const TEXTS = TEXTS_BY_LANGUAGE.en.bot;
export const SUBSCRIPTION_TEXTS = TEXTS_BY_LANGUAGE.en.subscription;
export const DELIVERY_TEXTS = createDeliveryTexts(TRANSLATORS.en);

export const RUSSIAN_DELIVERY_TEXTS = createDeliveryTexts(TRANSLATORS.ru);
export const AZERBAIJANI_DELIVERY_TEXTS = createDeliveryTexts(TRANSLATORS.az);
