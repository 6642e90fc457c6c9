import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { LANGUAGES, LOCALES, type Language } from "./languages.js";

/** Where the catalogues ship: beside this module, one `<language>.ftl` each. */
export const LOCALES_DIR = fileURLToPath(new URL("./locales/", import.meta.url));

export type Catalogues = Readonly<Record<Language, FluentBundle>>;

/**
 * Reads every language's catalogue from `dir`, once at start. A catalogue that cannot be read, or whose
 * entries clash, stops the start naming the file: a bot that cannot word its replies must not run.
 */
export function loadCatalogues(dir: string = LOCALES_DIR): Catalogues {
  const entries = LANGUAGES.map((language) => {
    const file = join(dir, `${language}.ftl`);
    // Our texts carry their own HTML and spacing: Unicode isolation marks around placeables would show up in them.
    const bundle = new FluentBundle(LOCALES[language], { useIsolating: false });
    const errors = bundle.addResource(new FluentResource(readFileSync(file, "utf8")));
    if (errors.length > 0) throw new Error(`${file}: ${errors.map(String).join("; ")}`);
    return [language, bundle] as const;
  });
  return Object.freeze(Object.fromEntries(entries) as Record<Language, FluentBundle>);
}
