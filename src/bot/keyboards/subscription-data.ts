import { defineCallbackData } from "./callback-data.js";

/** Opens the subscribe choice in a new message (the Subscribe button under /start). */
export const openSubscribeData = defineCallbackData("u1", {});
/** Sets the delivery mode: instant, daily or off. */
export const modeData = defineCallbackData("m1", { mode: "key" });
/** Shows a part of the settings in place: main, hour, zone, quiet or follows. */
export const settingsPanelData = defineCallbackData("p1", { panel: "key" });
/** Sets the daily digest at this hour. */
export const digestHourData = defineCallbackData("h1", { hour: "int" });
/** Sets the zone at this index of the common zones. */
export const zoneData = defineCallbackData("t1", { zone: "int" });
/** Sets quiet hours: 0 for none, else the preset at index - 1. */
export const quietData = defineCallbackData("q1", { preset: "int" });
/** Drops a follow; `view` says which list to show after: "l" (/following) or "s" (the settings). */
export const dropFollowData = defineCallbackData("d1", { follow: "key", view: "key" });
/** Explains a pushed item by its store id. */
export const explainData = defineCallbackData("x1", { item: "key" });

const SETTINGS_PANELS = ["main", "hour", "zone", "quiet", "follows"] as const;
export type SettingsPanel = (typeof SETTINGS_PANELS)[number];

export const isSettingsPanel = (value: string): value is SettingsPanel =>
  (SETTINGS_PANELS as readonly string[]).includes(value);

/**
 * A store id as a callback key: base 36 keeps it short (the codec's whole numbers stop at six digits, and a
 * long-lived store counts past them).
 */
export const idKey = (id: number): string => id.toString(36);

/** The id a key carries, or null for one no version of the bot wrote. */
export function keyId(key: string): number | null {
  if (!/^[0-9a-z]{1,11}$/.test(key)) return null;
  const id = Number.parseInt(key, 36);
  return Number.isSafeInteger(id) ? id : null;
}

/**
 * A step after /unsubscribe: `act` is "undo", "drop" (asks to stop the follows too), "yes" (stops them) or "keep";
 * `undo` is the mode the undo brings back, or "none".
 */
export const unsubscribeData = defineCallbackData("v1", { act: "key", undo: "key" });
