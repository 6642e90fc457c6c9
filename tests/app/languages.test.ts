import { afterEach, describe, expect, it } from "vitest";
import { buttonsOf, refusedCalls } from "../bot/helpers/harness.js";
import { outboxDrained, pushedTitles, shown, startNewsdesk, type Newsdesk } from "./support/newsdesk.js";
import { POWER_LINE_PAGE, POWER_LINE_PUSHES } from "./support/pages.js";

describe("readers in Russian and Azerbaijani", () => {
  let desk: Newsdesk | null = null;
  afterEach(async () => {
    if (desk) expect(refusedCalls(desk.emu)).toEqual([]);
    await desk?.stop();
    desk = null;
  });

  it("get their pushes in their language, headlines in theirs, and keep the language /language chose across a restart", async () => {
    desk = await startNewsdesk();
    const { emu } = desk;
    const russian = emu.user({ languageCode: "ru" });
    russian.send("/subscribe instant");
    const azerbaijani = emu.user({ languageCode: "en" });
    azerbaijani.send("/language");
    const [prompt] = await emu.waitForMessages(azerbaijani.id, 1);
    azerbaijani.press(prompt!, "Azərbaycanca");
    await emu.waitForCall("editMessageText", (call) => call.params.chat_id === azerbaijani.id);
    azerbaijani.send("/subscribe instant");
    const [subscribed] = await emu.waitForMessages(russian.id, 1);
    expect(shown(emu, subscribed).split("\n")[0]).toBe("✅ Вы будете получать каждый новый заголовок сразу после публикации.");
    await emu.waitForMessages(azerbaijani.id, 2);
    expect(await desk.readStore((store) => Promise.all([store.chatLanguages.get(russian.id), store.chatLanguages.get(azerbaijani.id)]))).toEqual([
      { language: "ru", chosen: false },
      { language: "az", chosen: true },
    ]);

    desk.dropPage(POWER_LINE_PAGE);
    await emu.waitForMessages(russian.id, 2, 15_000);
    await emu.waitForMessages(azerbaijani.id, 3, 15_000);
    await outboxDrained(desk);
    const [push] = emu.messages(russian.id).slice(1);
    const lines = shown(emu, push).split("\n");
    expect(lines[0]).toBe(`${POWER_LINE_PUSHES.length} новых заголовка`);
    // The headlines keep the page's language; the date is written in the reader's.
    expect(pushedTitles(emu, [push!]).sort()).toEqual(POWER_LINE_PUSHES);
    const cable = lines.findIndex((line) => /^\d\. Black Sea power cable/.test(line));
    expect(lines[cable + 1]).toBe("28 мар. 2023 г., 10:20");
    expect(buttonsOf(push).every((caption) => /^Объяснить \d$/.test(caption))).toBe(true);
    const [azPush] = emu.messages(azerbaijani.id).slice(2);
    expect(shown(emu, azPush).split("\n")[0]).toBe(`${POWER_LINE_PUSHES.length} yeni başlıq`);
    expect(buttonsOf(azPush).every((caption) => /^İzah et \d$/.test(caption))).toBe(true);

    await desk.restart();
    const count = emu.messages(azerbaijani.id).length;
    azerbaijani.send("/help");
    const [help] = (await emu.waitForMessages(azerbaijani.id, count + 1)).slice(count);
    expect(shown(emu, help).split("\n")[0]).toBe("Nə edə bilirəm");
  });
});
