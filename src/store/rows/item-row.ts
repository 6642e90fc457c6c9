import type { SourceItem } from "../../core/items.js";
import type { StoredItem } from "../types.js";

/** A recorded item's columns: those kept as the item has them, the rest in snake case, plus the link key a copy may teach. */
export type ItemColumns = Pick<SourceItem, "kind" | "title" | "article" | "tag" | "subtitle" | "list" | "url"> & {
  id: number;
  source: string;
  published_at: string;
  article_id: string | null;
  section_index: number | null;
  link_key: string | null;
  seen_at: number;
};

export function storedItemFrom(columns: ItemColumns): StoredItem {
  return {
    id: columns.id,
    source: columns.source,
    kind: columns.kind,
    title: columns.title,
    article: columns.article,
    tag: columns.tag,
    subtitle: columns.subtitle,
    list: columns.list,
    url: columns.url,
    publishedAt: columns.published_at,
    articleId: columns.article_id,
    sectionIndex: columns.section_index,
    seenAt: columns.seen_at,
  };
}
