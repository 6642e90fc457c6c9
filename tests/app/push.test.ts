import { afterEach, describe, expect, it } from "vitest";
import { SUBSCRIPTION_TEXTS, TEXTS } from "../support/texts.js";
import { DELIVERY_TEXTS } from "../support/texts.js";
import type { BotApiEmulator } from "../../src/emulator/emulator.js";
import { boldIn, buttonsOf } from "../bot/helpers/harness.js";
import { outboxDrained, pushedTitles, shown, startNewsdesk, type Newsdesk } from "./support/newsdesk.js";
import { POWER_LINE_PAGE, POWER_LINE_PUSHES } from "./support/pages.js";

const PAGE = POWER_LINE_PAGE;
const NEW_HEADLINES = POWER_LINE_PUSHES;
const SEEDED_READER = 900_001;

const sends = (emu: BotApiEmulator) => emu.calls.filter((call) => call.method === "sendMessage");

describe("new headlines pushed to subscribers", () => {
  let desk: Newsdesk | null = null;
  afterEach(async () => {
    await desk?.stop();
    desk = null;
  });

  it("pushes nothing on first start; after Subscribe › Every new headline, a new page brings exactly its new headlines", async () => {
    desk = await startNewsdesk({
      seed: (store) => store.subscribers.upsert({ chatId: SEEDED_READER, threadId: null, chatType: "private" }, { mode: "instant" }),
    });
    const { emu } = desk;
    // The first load recorded the seed page's headlines as already known, before the bot took any update.
    expect(await desk.readStore((store) => store.outbox.list())).toEqual([]);
    expect(sends(emu)).toEqual([]);
    const seeded = emu.user({ id: SEEDED_READER });

    const alice = emu.user();
    alice.send("/start");
    const [welcome] = await emu.waitForMessages(alice.id, 1);
    alice.press(welcome!, SUBSCRIPTION_TEXTS.buttons.subscribe);
    const [, prompt] = await emu.waitForMessages(alice.id, 2);
    expect(shown(emu, prompt)).toContain("How would you like to get new headlines?");
    expect(buttonsOf(prompt)).toEqual([SUBSCRIPTION_TEXTS.buttons.instant, SUBSCRIPTION_TEXTS.buttons.daily, SUBSCRIPTION_TEXTS.buttons.off]);
    alice.press(prompt!, SUBSCRIPTION_TEXTS.buttons.instant);
    await emu.waitForCall("editMessageText", (call) => call.params.chat_id === alice.id);
    const settings = emu.messages(alice.id)[1]!;
    expect(shown(emu, settings)).toContain("You'll get every new headline as it is published.");
    expect(shown(emu, settings)).toContain("Headlines: every new headline");
    expect(buttonsOf(settings)[0]).toBe(SUBSCRIPTION_TEXTS.buttons.chosen(SUBSCRIPTION_TEXTS.buttons.instant));

    // The page's new headlines and its article come as one message listing them.
    desk.dropPage(PAGE);
    await emu.waitForMessages(alice.id, 3, 15_000);
    await outboxDrained(desk);
    const pushes = emu.messages(alice.id).slice(2);
    expect(pushes).toHaveLength(1);
    expect(pushedTitles(emu, pushes).sort()).toEqual(NEW_HEADLINES);
    const lines = shown(emu, pushes[0]).split("\n");
    expect(lines[0]).toBe(`${NEW_HEADLINES.length} new headlines`);
    // Explain only for the items an article explains: the power cable's, not the football's.
    const listed = pushedTitles(emu, pushes);
    const explainOfListed = (title: string) => SUBSCRIPTION_TEXTS.buttons.explainNumbered(listed.indexOf(title) + 1);
    expect(buttonsOf(pushes[0])).toContain(explainOfListed("Black Sea power cable to cost 2.3 billion euros"));
    expect(buttonsOf(pushes[0])).not.toContain(explainOfListed("Inter Miami beat Orlando as Messi scores twice"));
    const cable = lines.findIndex((line) => /^\d\. Black Sea power cable/.test(line));
    // The page's list name ("Latest news") is not shown.
    expect(lines[cable + 1]).toBe("28 Mar 2023, 10:20");
    expect(pushedTitles(emu, emu.messages(seeded.id)).sort()).toEqual(NEW_HEADLINES);
    expect(sends(emu)).toHaveLength(1 + 1 + 2);
  });

  it("a follow gets the story spelt with a typo (Zangazur) whatever the mode; Explain answers from the new page, and is not offered when nothing explains", async () => {
    desk = await startNewsdesk();
    const { emu } = desk;
    const follower = emu.user();
    follower.send("/follow Zangezur corridor");
    const [followed] = await emu.waitForMessages(follower.id, 1);
    expect(shown(emu, followed)).toMatch(/^📌 Following “Zangezur corridor”/);
    const reader = emu.user();
    reader.send("/subscribe instant");
    await emu.waitForMessages(reader.id, 1);

    desk.dropPage(PAGE);
    await emu.waitForMessages(reader.id, 2, 15_000);
    await outboxDrained(desk);
    const [, push] = emu.messages(follower.id);
    expect(emu.messages(follower.id)).toHaveLength(2);
    expect(shown(emu, push).split("\n")[0]).toBe("Talks on the Zangazur corridor resume in Brussels");
    expect(shown(emu, push)).toContain(DELIVERY_TEXTS.followNote("Zangezur corridor"));

    const [, burst] = emu.messages(reader.id);
    const explainOf = (title: string) => {
      const number = pushedTitles(emu, [burst!]).indexOf(title) + 1;
      return SUBSCRIPTION_TEXTS.buttons.explainNumbered(number);
    };
    reader.press(burst!, explainOf("Black Sea power cable to cost 2.3 billion euros"));
    const [, , explained] = await emu.waitForMessages(reader.id, 3);
    expect(boldIn(emu, explained!)[0]).toBe("Cost and timeline");
    expect(shown(emu, explained)).toContain("2.3 billion euros");
    expect(buttonsOf(explained)).toEqual([TEXTS.buttons.wholeSection]);

    const football = pushedTitles(emu, [burst!]).indexOf("Inter Miami beat Orlando as Messi scores twice") + 1;
    // No article explains the football headline, so it has no Explain button.
    expect(football).toBeGreaterThan(0);
    expect(buttonsOf(burst!)).not.toContain(explainOf("Inter Miami beat Orlando as Messi scores twice"));
  });

  it("in a forum, only an admin subscribes the group, and pushes go to the topic /subscribe was sent in", async () => {
    desk = await startNewsdesk();
    const { emu } = desk;
    const admin = emu.user();
    const member = emu.user();
    const forum = emu.group({ type: "supergroup", isForum: true, admins: [admin] });

    member.sendIn(forum, "/subscribe instant", { threadId: 77 });
    const [refused] = await emu.waitForMessages(forum.id, 1);
    expect(shown(emu, refused)).toBe(SUBSCRIPTION_TEXTS.adminsOnly);
    admin.sendIn(forum, "/subscribe instant", { threadId: 77 });
    const [, confirmed] = await emu.waitForMessages(forum.id, 2);
    expect(shown(emu, confirmed)).toContain("This group's settings");
    expect(confirmed!.message_thread_id).toBe(77);

    desk.dropPage(PAGE);
    await emu.waitForMessages(forum.id, 3, 15_000);
    expect(pushedTitles(emu, emu.messages(forum.id, { threadId: 77 }).slice(2)).sort()).toEqual(NEW_HEADLINES);
  });
});
