import type { InlineKeyboardButton, InlineKeyboardMarkup } from "telegraf/types";
import type { DeliveryMode, Follow, QuietHours, Subscriber } from "../../core/subscribers.js";
import { BOT_DEFAULTS } from "../defaults.js";
import { clip } from "../format/clip.js";
import { formatQuietHours } from "../../time/clock-time.js";
import { formatClockTime } from "../../time/zoned-time.js";
import { SUBSCRIPTION_DEFAULTS } from "../subscriptions/defaults.js";
import type { SubscriptionTexts } from "../subscription-texts.js";
import {
  digestHourData,
  dropFollowData,
  idKey,
  modeData,
  quietData,
  settingsPanelData,
  zoneData,
} from "./subscription-data.js";

/** The buttons' labels in the reader's language. */
type Labels = SubscriptionTexts["buttons"];
const MODES: readonly DeliveryMode[] = ["instant", "daily", "off"];
const HOURS_PER_ROW = 6;

const mark = (B: Labels, caption: string, chosen: boolean) => (chosen ? B.chosen(caption) : caption);
const backRow = (B: Labels): InlineKeyboardButton[] => [
  { text: B.backToSettings, callback_data: settingsPanelData.encode({ panel: "main" }) },
];

function rowsOf<T>(items: readonly T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}

/** Every new headline, Daily digest, Off: the current one ticked. */
function modeRow(B: Labels, current: DeliveryMode | null): InlineKeyboardButton[] {
  return MODES.map((mode) => ({ text: mark(B, B[mode], mode === current), callback_data: modeData.encode({ mode }) }));
}

export function modeKeyboard(B: Labels, current: DeliveryMode | null): InlineKeyboardMarkup {
  return { inline_keyboard: [modeRow(B, current)] };
}

/** The settings: the mode, then a button for each other setting. */
export function settingsKeyboard(B: Labels, subscriber: Subscriber | null): InlineKeyboardMarkup {
  const panel = (text: string, name: string) => ({ text, callback_data: settingsPanelData.encode({ panel: name }) });
  return {
    inline_keyboard: [
      modeRow(B, subscriber?.mode ?? null),
      [panel(B.digestHour, "hour"), panel(B.timezone, "zone")],
      [panel(B.quiet, "quiet"), panel(B.follows, "follows")],
    ],
  };
}

/** The 24 whole hours of the day, the digest's ticked. */
export function digestHourKeyboard(B: Labels, current: number | null): InlineKeyboardMarkup {
  const hours = Array.from({ length: 24 }, (_, hour) => ({
    text: mark(B, formatClockTime(hour * 60), current === hour * 60),
    callback_data: digestHourData.encode({ hour }),
  }));
  return { inline_keyboard: [...rowsOf(hours, HOURS_PER_ROW), backRow(B)] };
}

export function zoneKeyboard(B: Labels, current: string, withBack: boolean): InlineKeyboardMarkup {
  const zones = SUBSCRIPTION_DEFAULTS.commonZones.map((zone, index) => ({
    text: mark(B, zone, zone === current),
    callback_data: zoneData.encode({ zone: index }),
  }));
  return { inline_keyboard: [...rowsOf(zones, 2), ...(withBack ? [backRow(B)] : [])] };
}

export function quietKeyboard(B: Labels, current: QuietHours | null, withBack: boolean): InlineKeyboardMarkup {
  const same = (preset: QuietHours) => current !== null && preset.start === current.start && preset.end === current.end;
  const presets = SUBSCRIPTION_DEFAULTS.quietPresets.map((preset, index) => ({
    text: mark(B, formatQuietHours(preset), same(preset)),
    callback_data: quietData.encode({ preset: index + 1 }),
  }));
  return {
    inline_keyboard: [
      [{ text: mark(B, B.noQuiet, current === null), callback_data: quietData.encode({ preset: 0 }) }],
      presets,
      ...(withBack ? [backRow(B)] : []),
    ],
  };
}

/** A drop button per follow; in the settings, the way back. */
export function followsKeyboard(B: Labels, follows: readonly Follow[], view: "l" | "s"): InlineKeyboardMarkup {
  const drops = follows.map((follow) => [
    {
      text: B.dropFollow(clip(follow.query, BOT_DEFAULTS.buttonTextLength)),
      callback_data: dropFollowData.encode({ follow: idKey(follow.id), view }),
    },
  ]);
  return { inline_keyboard: [...drops, ...(view === "s" ? [backRow(B)] : [])] };
}
