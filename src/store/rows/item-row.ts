import type { SourceItem } from "../../core/items.js";
import type { StoredItem } from "../types.js";

/** The columns of a recorded item that make its StoredItem, plus the link key a copy of it may teach. */
export interface ItemColumns {
  id: number;
  source: string;
  kind: SourceItem["kind"];
  title: string;
  article: string | null;
  tag: string | null;
  subtitle: string | null;
  list: string;
  url: string | null;
  published_at: string;
  article_id: string | null;
  section_index: number | null;
  link_key: string | null;
  seen_at: number;
}

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
