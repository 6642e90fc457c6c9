import { FluentNumber, type FluentBundle, type FluentVariable } from "@fluent/bundle";
import type { Catalogues } from "./catalogues.js";
import { LANGUAGES, LOCALES, type Language } from "./languages.js";

/** What a message takes: names to raw strings (already escaped for HTML where shown) or numbers (plurals). */
export type MessageArgs = Readonly<Record<string, string | number>>;

/** One language's messages. */
export interface Translator {
  language: Language;
  /** The Intl locale of the language, for dates. */
  locale: string;
  /** The message `key` formatted with `args`; a missing message or variable is a bug and throws. */
  t(key: string, args?: MessageArgs): string;
}

/** Numbers stay as the bot always wrote them ("10000", not "10,000"), and still choose plural forms. */
function fluentArgs(args: MessageArgs): Record<string, FluentVariable> {
  return Object.fromEntries(
    Object.entries(args).map(([name, value]) => [name, typeof value === "number" ? new FluentNumber(value, { useGrouping: false }) : value]),
  );
}

function createTranslator(language: Language, bundle: FluentBundle): Translator {
  return {
    language,
    locale: LOCALES[language],
    t(key, args = {}) {
      const message = bundle.getMessage(key);
      if (!message?.value) throw new Error(`no message "${key}" in the ${language} catalogue`);
      const errors: Error[] = [];
      const text = bundle.formatPattern(message.value, fluentArgs(args), errors);
      if (errors.length > 0) throw new Error(`message "${key}" (${language}): ${errors.map(String).join("; ")}`);
      return text;
    },
  };
}

/** Every language's translator, built once from the loaded catalogues. */
export function createTranslators(catalogues: Catalogues): Readonly<Record<Language, Translator>> {
  return Object.freeze(
    Object.fromEntries(LANGUAGES.map((language) => [language, createTranslator(language, catalogues[language])])) as Record<
      Language,
      Translator
    >,
  );
}
