import type { FluentBundle } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { loadCatalogues } from "../../src/i18n/catalogues.js";
import { LANGUAGES } from "../../src/i18n/languages.js";

const catalogues = loadCatalogues();

/** The opaque shapes @fluent/bundle keeps a message's pattern in (its ast module), as far as variables go. */
type Node = string | { type?: string; name?: string; selector?: Node; variants?: Array<{ value: Node }>; args?: Node[] } | Node[];

/** Every variable a pattern uses, with whether it chooses a variant (then it must be a number or a known string). */
function variablesOf(node: Node | null | undefined, found = new Map<string, { selects: boolean }>()) {
  if (!node || typeof node === "string") return found;
  if (Array.isArray(node)) {
    for (const element of node) variablesOf(element, found);
    return found;
  }
  if (node.type === "var" && node.name) found.set(node.name, { selects: found.get(node.name)?.selects ?? false });
  if (node.type === "select" && node.selector) {
    variablesOf(node.selector, found);
    const selector = node.selector;
    if (typeof selector === "object" && !Array.isArray(selector) && selector.type === "var" && selector.name) {
      found.set(selector.name, { selects: true });
    }
    for (const variant of node.variants ?? []) variablesOf(variant.value, found);
  }
  for (const arg of (node as { args?: Node[] }).args ?? []) variablesOf(arg, found);
  return found;
}

/** The ids of a bundle's messages: the bundle keeps them in its `_messages` map. */
const idsOf = (bundle: FluentBundle): string[] => [...(bundle as unknown as { _messages: Map<string, unknown> })._messages.keys()].sort();

describe("the catalogues", () => {
  const english = catalogues.en;

  it("hold the same messages in English, Russian and Azerbaijani", () => {
    const ids = idsOf(english);
    expect(ids.length).toBeGreaterThan(150);
    for (const language of LANGUAGES) expect(idsOf(catalogues[language]), language).toEqual(ids);
  });

  it("give each message the same variables in every language", () => {
    for (const id of idsOf(english)) {
      const expected = [...variablesOf(english.getMessage(id)?.value).keys()].sort();
      for (const language of LANGUAGES) {
        const actual = [...variablesOf(catalogues[language].getMessage(id)?.value).keys()].sort();
        expect(actual, `${language} ${id}`).toEqual(expected);
      }
    }
  });

  it("format every message without a Fluent error, whatever number or kind it is given", () => {
    const kinds = ["amount", "date", "person", "place", "cause", "instant", "daily", "off", "private", "group", "channel"];
    for (const language of LANGUAGES) {
      const bundle = catalogues[language];
      for (const id of idsOf(bundle)) {
        const pattern = bundle.getMessage(id)?.value;
        expect(pattern, `${language} ${id}`).toBeTruthy();
        const variables = variablesOf(pattern);
        // Only a message that chooses by a kind (a mode, a chat type) is tried with every kind.
        const byKind = [...variables].some(([name, { selects }]) => selects && !isCount(name));
        for (const sample of [1, 2, 5, 21, 0]) {
          for (const kind of byKind ? kinds : kinds.slice(0, 1)) {
            const args = Object.fromEntries(
              [...variables].map(([name, { selects }]) => [name, selects && /^[a-z]/.test(name) && !isCount(name) ? kind : sample]),
            );
            const errors: Error[] = [];
            const text = bundle.formatPattern(pattern!, args, errors);
            expect(errors, `${language} ${id}`).toEqual([]);
            expect(text.trim(), `${language} ${id}`).not.toBe("");
            expect(text, `${language} ${id}`).not.toMatch(/[\u2068\u2069{}]/);
          }
        }
      }
    }
  });

  it("keep Telegram's HTML tags of every message as the English one has them", () => {
    const tagsOf = (text: string | undefined) => (text ?? "").match(/<\/?[a-z]+>/g)?.join("") ?? "";
    const source = (bundle: FluentBundle, id: string) => JSON.stringify(bundle.getMessage(id)?.value);
    for (const id of idsOf(english)) {
      for (const language of LANGUAGES) expect(tagsOf(source(catalogues[language], id)), `${language} ${id}`).toBe(tagsOf(source(english, id)));
    }
  });
});

/** The variables that count things (and choose a plural form) rather than a kind. */
function isCount(name: string): boolean {
  return ["count", "limit", "seconds", "max", "number", "index", "total", "page", "pages", "part"].includes(name);
}
