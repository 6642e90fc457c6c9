import type { SourceItem } from "./types.js";

/**
 * Whether an item stands for a whole new article: the item of its first section. An article's other
 * sections reach only the readers who follow them; this one is pushed like a headline.
 */
export function isArticleItem(item: Pick<SourceItem, "kind" | "sectionIndex">): boolean {
  return item.kind === "section" && item.sectionIndex === 0;
}
