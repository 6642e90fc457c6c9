import { afterEach, describe, expect, it } from "vitest";
import type { BotApiEmulator } from "../../src/emulator/emulator.js";
import { outboxDrained, pushedTitles, shown, startNewsdesk, type Newsdesk } from "./support/newsdesk.js";
import { POWER_LINE_PUSHES, POWER_LINE_PAGE } from "./support/pages.js";
import { waitUntil } from "./support/wait-until.js";

const SUPERGROUP_ID = -1_009_900_000_001;

describe("a group that becomes a supergroup", () => {
  let desk: Newsdesk | null = null;
  afterEach(async () => {
    await desk?.stop();
    desk = null;
  });

  /** A group whose admin subscribed it to every new headline. */
  const subscribedGroup = async (emu: BotApiEmulator) => {
    const admin = emu.user();
    const group = emu.group({ type: "group", admins: [admin] });
    admin.sendIn(group, "/subscribe instant");
    await emu.waitForMessages(group.id, 1);
    return { admin, group };
  };

  it("keeps its subscription under the new id when the bot sees the service message", async () => {
    desk = await startNewsdesk();
    const { emu } = desk;
    const { group } = await subscribedGroup(emu);

    const supergroup = emu.migrate(group.id, SUPERGROUP_ID);
    await waitUntil(() => desk!.readStore(async (store) => (await store.subscribers.get(supergroup.id))?.mode === "instant"), "the subscription to move");
    expect(await desk.readStore((store) => store.subscribers.get(group.id))).toBeNull();

    desk.dropPage(POWER_LINE_PAGE);
    await emu.waitForMessages(supergroup.id, 1, 15_000);
    expect(pushedTitles(emu, emu.messages(supergroup.id)).sort()).toEqual(POWER_LINE_PUSHES);
    expect(emu.messages(group.id)).toHaveLength(1);
  });

  it("unseen by the bot: Telegram's migrate_to_chat_id answer sends the push to the supergroup, once, and moves the subscription", { timeout: 30_000 }, async () => {
    desk = await startNewsdesk();
    const { emu } = desk;
    const { admin, group } = await subscribedGroup(emu);

    const supergroup = emu.migrate(group.id, SUPERGROUP_ID, { serviceMessages: false });
    await emu.idle();
    expect(await desk.readStore(async (store) => (await store.subscribers.get(group.id))?.mode)).toBe("instant");

    desk.dropPage(POWER_LINE_PAGE);
    await emu.waitForMessages(supergroup.id, 1, 15_000);
    await outboxDrained(desk);
    await emu.idle();
    expect(pushedTitles(emu, emu.messages(supergroup.id)).sort()).toEqual(POWER_LINE_PUSHES);
    expect(emu.messages(group.id)).toHaveLength(1);
    const toOldId = emu.calls.filter((call) => call.method === "sendMessage" && call.params.chat_id === group.id);
    expect(toOldId.map((call) => call.response?.ok)).toEqual([true, false]);
    expect(await desk.readStore((store) => store.outbox.list({ status: "failed" }))).toEqual([]);

    expect(await desk.readStore((store) => store.subscribers.get(group.id))).toBeNull();
    expect(await desk.readStore((store) => store.subscribers.get(supergroup.id))).toMatchObject({ mode: "instant", chatType: "supergroup" });
    admin.sendIn(supergroup, "/settings");
    const settings = (await emu.waitForMessages(supergroup.id, 2)).at(-1);
    expect(shown(emu, settings).split("\n").slice(0, 2)).toEqual(["This group's settings", "Headlines: every new headline"]);
  });
});
