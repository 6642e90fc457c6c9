import type { SourceItem, SourceState } from "../core/items.js";

/** Where sources hand what they found; the store and the delivery fan-out stand behind it. */
export interface IngestPort {
  /**
   * Records one poll's items and returns those never seen before, already queued for delivery.
   * A source seen for the first time has its items recorded as seen and none returned: no flood on
   * first start. One story from two sources or two lists is one item (same normalized title, or same link).
   * It settles once the items are recorded; matching them against follows first may take a while.
   */
  ingest(source: string, items: readonly SourceItem[]): Promise<SourceItem[]>;
  getSourceState(source: string): Promise<SourceState | null>;
  saveSourceState(source: string, state: SourceState): Promise<void>;
}
