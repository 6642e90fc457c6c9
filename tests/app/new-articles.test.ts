import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUBSCRIPTION_TEXTS } from "../../src/bot/texts.js";
import { buttonsOf } from "../bot/helpers/harness.js";
import { outboxDrained, shown, startNewsdesk, type Newsdesk } from "./support/newsdesk.js";

const ARTICLE = "Caspian ferries double their crossings to Aktau";

describe("a new article reaches instant readers and heads /latest", () => {
  let desk: Newsdesk;
  beforeAll(async () => {
    desk = await startNewsdesk();
  });
  afterAll(async () => {
    await desk.stop();
  });

  it("a Markdown article dropped into the corpus is pushed once, as a headline, and /latest lists it first", async () => {
    const { emu } = desk;
    const reader = emu.user();
    reader.send("/subscribe instant");
    await emu.waitForMessages(reader.id, 1);

    desk.dropPage("caspian-ferries.md");
    const [, push] = await emu.waitForMessages(reader.id, 2, 15_000);
    await outboxDrained(desk);
    expect(emu.messages(reader.id)).toHaveLength(2);
    expect(shown(emu, push).split("\n")).toEqual([
      ARTICLE,
      "Ferries between Alat and Aktau now sail twice a day, the shipping company said on Wednesday.",
      "29 Mar 2023, 16:45 · ECONOMY",
      "Read on the site",
    ]);
    expect(buttonsOf(push)).toEqual([SUBSCRIPTION_TEXTS.buttons.explain]);

    reader.send("/latest");
    const [, , latest] = await emu.waitForMessages(reader.id, 3);
    expect(shown(emu, latest).split("\n").slice(2, 4)).toEqual([`• ${ARTICLE}`, "29 Mar 2023, 16:45 · ECONOMY"]);
  });
});
