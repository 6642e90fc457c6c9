import { describe, expect, it } from "vitest";
import type { BotMessage } from "../../src/emulator/telegram-types.js";
import type { EmuUser } from "../../src/emulator/users.js";
import { TEXTS } from "../support/texts.js";
import { buttonsOf, useHarness, type Harness } from "./helpers/harness.js";

/** Sends a line and resolves with the bot's reply to it. */
async function reply(h: Harness, reader: EmuUser, text: string): Promise<BotMessage> {
  const count = h.emu.messages(reader.id).length;
  reader.send(text);
  const messages = await h.emu.waitForMessages(reader.id, count + 1);
  return messages[count]!;
}

describe("a reader's language", () => {
  const h = useHarness();
  const shown = (message: BotMessage | undefined) => h.emu.renderedText(message!);

  it("is Russian for a Telegram app in Russian: /start, /help and answers in Russian", async () => {
    const reader = h.emu.user({ languageCode: "ru" });
    const start = await reply(h, reader, "/start");
    expect(shown(start).split("\n")[0]).toBe(
      "📰 Я отвечаю на вопросы по статьям нашего сайта: пришлите вопрос, и я отвечу отрывком, в котором есть ответ.",
    );
    expect(buttonsOf(start)).toEqual(["📰 Свежее", "📚 Разделы"]);
    const help = shown(await reply(h, reader, "/help"));
    expect(help.split("\n")[0]).toBe("Что я умею");
    expect(help).toContain("/language — язык, на котором я с вами говорю");
    expect(help).toContain("/ask — задать вопрос (так спрашивают в группе)");

    const answer = await reply(h, reader, "Why did Azerbaijan detain 19 people?");
    // The article keeps its own words; the bot's and the date are Russian.
    expect(shown(answer).split("\n")[1]).toBe("Iran’s growing paranoia toward Azerbaijan · 27 янв. 2023 г., 14:27");
    expect(buttonsOf(answer)).toContain("Весь раздел");
    expect(shown(await reply(h, reader, "Привет!"))).toMatch(/^Здравствуйте! 👋 Спрашивайте о новостях своими словами/);
    expect(shown(await reply(h, reader, "quantum chromodynamics lattice"))).toMatch(/^В наших статьях я ничего не нашёл о «quantum chromodynamics lattice»/);
  });

  it("is Azerbaijani for an app in Azerbaijani, with or without its script, and English for any other", async () => {
    const az = h.emu.user({ languageCode: "az" });
    expect(shown(await reply(h, az, "/start")).split("\n")[0]).toMatch(/^📰 Saytımızın məqalələri əsasında suallara cavab verirəm/);
    expect(shown(await reply(h, az, "/help")).split("\n")[0]).toBe("Nə edə bilirəm");
    expect(shown(await reply(h, az, "hello"))).toMatch(/^Salam! 👋/);
    expect(shown(await reply(h, az, "Çox sağ ol"))).toMatch(/^Buyurun! 🙂/);
    const azLatn = h.emu.user({ languageCode: "az-Latn" });
    expect(shown(await reply(h, azLatn, "/latest"))).toMatch(/^Ən son başlıqlar · səhifə 1 \/ \d+/);
    const german = h.emu.user({ languageCode: "de" });
    expect(await reply(h, german, "/start")).toMatchObject({ text: expect.stringMatching(/^📰 I answer questions from our news articles/) });
    expect(buttonsOf(await reply(h, german, "/start"))).toEqual([TEXTS.buttons.latest, TEXTS.buttons.sections]);
  });

  it("changes with /language and its buttons, and stays so when the app's language changes and after a restart", async () => {
    const reader = h.emu.user({ languageCode: "ru" });
    const prompt = await reply(h, reader, "/language");
    expect(shown(prompt)).toBe("Я говорю с вами по-русски. Выберите другой язык:");
    expect(buttonsOf(prompt)).toEqual(["English", "✓ Русский", "Azərbaycanca"]);
    reader.press(prompt, "Azərbaycanca");
    await h.emu.waitForCall("editMessageText", (call) => call.params.chat_id === reader.id);
    const edited = h.emu.messages(reader.id).find((m) => m.message_id === prompt.message_id);
    expect(shown(edited)).toBe("✅ Bundan sonra sizinlə Azərbaycan dilində danışacağam.");
    expect(buttonsOf(edited)).toEqual(["English", "Русский", "✓ Azərbaycanca"]);
    expect(shown(await reply(h, reader, "/help")).split("\n")[0]).toBe("Nə edə bilirəm");

    // The chosen language holds, not the app's: the reader chose it.
    reader.setLanguageCode("en");
    expect(shown(await reply(h, reader, "/start")).split("\n")[0]).toMatch(/^📰 Saytımızın/);
    await h.restartBot();
    expect(shown(await reply(h, reader, "/help")).split("\n")[0]).toBe("Nə edə bilirəm");

    const back = await reply(h, reader, "/language");
    reader.press(back, "English");
    await h.emu.waitForCall("editMessageText", (call) => call.params.message_id === back.message_id);
    expect(shown(h.emu.messages(reader.id).find((m) => m.message_id === back.message_id))).toBe("✅ I'll speak English to you from now on.");
    expect(shown(await reply(h, reader, "/help")).split("\n")[0]).toBe("What I can do");
  });

  it("follows the reader's Telegram app until they choose; a group keeps the language of its first contact", async () => {
    const reader = h.emu.user({ languageCode: "en" });
    expect(shown(await reply(h, reader, "/help")).split("\n")[0]).toBe("What I can do");
    reader.setLanguageCode("ru");
    expect(shown(await reply(h, reader, "/help")).split("\n")[0]).toBe("Что я умею");

    const founder = h.emu.user({ languageCode: "az" });
    const guest = h.emu.user({ languageCode: "ru" });
    const group = h.emu.group({ admins: [founder] });
    const before = h.emu.messages(group.id).length;
    founder.sendIn(group, "/help");
    guest.sendIn(group, "/help");
    const [first, second] = (await h.emu.waitForMessages(group.id, before + 2)).slice(before);
    expect([shown(first).split("\n")[0], shown(second).split("\n")[0]]).toEqual(["Nə edə bilirəm", "Nə edə bilirəm"]);
  });

  it("has its own command menu: English for everyone, Russian and Azerbaijani for apps in those", async () => {
    const menu = (code?: string) => (h.emu.commandMenu(code) as Array<{ command: string; description: string }> | undefined) ?? [];
    const commands = menu().map((c) => c.command);
    expect(commands).toContain("language");
    expect(menu("ru").map((c) => c.command)).toEqual(commands);
    expect(menu("az").map((c) => c.command)).toEqual(commands);
    const described = (code: string | undefined, command: string) => menu(code).find((c) => c.command === command)?.description;
    expect(described(undefined, "latest")).toBe("the newest headlines, 10 a page");
    expect(described("ru", "latest")).toBe("свежие заголовки, по 10 на странице");
    expect(described("az", "latest")).toBe("ən son başlıqlar, səhifədə 10");
  });
});
