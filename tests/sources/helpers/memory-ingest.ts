import type { SourceItem, SourceState } from "../../../src/core/items.js";
import type { IngestPort } from "../../../src/sources/types.js";
import { normalizeTitle } from "../../../src/corpus/text.js";

export interface IngestCall {
  source: string;
  items: SourceItem[];
  returned: SourceItem[];
}

export interface MemoryIngest extends IngestPort {
  calls: IngestCall[];
  states: Map<string, SourceState>;
  /** Every item returned so far, in order: what readers would have been sent. */
  delivered: SourceItem[];
}

function normalizeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = "";
    return parsed.href.replace(/\/+$/, "");
  } catch {
    return url;
  }
}

/**
 * What makes two items one. Headlines follow the contract: same normalized title, or same link.
 * Sections are keyed by their place in the corpus, since two articles may both have a "Background"
 * section and all sections of an article share its link.
 */
function identityKeys(item: SourceItem): string[] {
  if (item.kind === "section") return [`section:${item.articleId}:${item.sectionIndex}`];
  const keys = [`title:${normalizeTitle(item.title)}`];
  if (item.url) keys.push(`url:${normalizeUrl(item.url)}`);
  return keys;
}

/** The IngestPort contract of src/sources/types.ts, in memory. A source is new until its first ingest call. */
export function createMemoryIngest(): MemoryIngest {
  const seenSources = new Set<string>();
  const seenKeys = new Set<string>();
  const calls: IngestCall[] = [];
  const states = new Map<string, SourceState>();
  const delivered: SourceItem[] = [];
  return {
    calls,
    states,
    delivered,
    async ingest(source, items) {
      const firstTime = !seenSources.has(source);
      seenSources.add(source);
      const returned: SourceItem[] = [];
      for (const item of items) {
        const keys = identityKeys(item);
        const known = keys.some((key) => seenKeys.has(key));
        for (const key of keys) seenKeys.add(key);
        if (!firstTime && !known) returned.push(item);
      }
      calls.push({ source, items: [...items], returned });
      delivered.push(...returned);
      return returned;
    },
    async getSourceState(source) {
      const state = states.get(source);
      return state ? { ...state } : null;
    },
    async saveSourceState(source, state) {
      states.set(source, { ...state });
    },
  };
}
