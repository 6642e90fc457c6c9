import { DELIVERY_DEFAULTS } from "./defaults.js";

/** A message's buttons as keyboard rows: one row for a single push, rows of a few for a listed burst. */
export function buttonRows<T>(buttons: readonly T[], perRow: number = DELIVERY_DEFAULTS.buttonsPerRow): T[][] {
  const rows: T[][] = [];
  for (let at = 0; at < buttons.length; at += perRow) rows.push(buttons.slice(at, at + perRow));
  return rows;
}
