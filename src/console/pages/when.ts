import { formatDateTime } from "../../time/format-date.js";

/** An instant as the console shows it, in the site's zone: "12 Mar 2024, 14:27". */
export const when = (at: number, zone: string): string => formatDateTime(new Date(at).toISOString(), zone) ?? "";
