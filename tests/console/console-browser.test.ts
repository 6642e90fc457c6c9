import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEXTS } from "../support/texts.js";
import { CONSOLE_TEXTS } from "../../src/console/texts.js";
import type { EmuUser } from "../../src/emulator/users.js";
import { shown, startNewsdesk, type Newsdesk } from "../app/support/newsdesk.js";
import { waitUntil } from "../app/support/wait-until.js";
import { openBrowser, type TestBrowser } from "./support/browser.js";

const ADMIN_ID = 5001;

describe("the editors' console in a browser", () => {
  let desk: Newsdesk;
  let browser: TestBrowser;
  let page: Page;
  let admin: EmuUser;

  beforeAll(async () => {
    [desk, browser] = await Promise.all([
      startNewsdesk({ env: { ADMIN_IDS: String(ADMIN_ID) }, config: { console: { host: "127.0.0.1", port: 0 } } }),
      openBrowser(),
    ]);
    page = await browser.context.newPage();
    admin = desk.emu.user({ id: ADMIN_ID, firstName: "Editor" });
  });
  afterAll(async () => {
    await browser?.close();
    await desk?.stop();
  });

  /** The link an admin's /console gets. */
  async function consoleLink(): Promise<string> {
    const before = desk.emu.messages(admin.id).length;
    admin.send("/console");
    const messages = await desk.emu.waitForMessages(admin.id, before + 1);
    const link = /http:\/\/\S+/.exec(shown(desk.emu, messages.at(-1)))?.[0];
    if (!link) throw new Error("no link in the reply to /console");
    return link;
  }

  async function ask(reader: EmuUser, questions: readonly string[]): Promise<void> {
    const before = desk.emu.messages(reader.id).length;
    for (const question of questions) reader.send(question);
    await desk.emu.waitForMessages(reader.id, before + questions.length);
  }

  it("opens from an admin's one-time link, which works once; a stranger and a request without a session are refused", async () => {
    const stranger = desk.emu.user();
    stranger.send("/console");
    const [refusal] = await desk.emu.waitForMessages(stranger.id, 1);
    expect(shown(desk.emu, refusal)).toBe(TEXTS.console.adminsOnly);

    const link = await consoleLink();
    const opened = await page.goto(link);
    expect(opened?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe("/questions");
    expect(await page.locator("h1").textContent()).toBe(CONSOLE_TEXTS.questions.title);
    const cookie = (await browser.context.cookies()).find((c) => c.name === "newsdesk_console");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });

    // The corpus page names the pages loaded and each file skipped with its reason.
    desk.dropPage("notes.txt", "");
    const corpusPage = `${new URL(link).origin}/corpus`;
    let corpus = "";
    // The watcher reloads the folder a moment after the file lands: the page is read again until it shows it.
    for (let tries = 0; !corpus.includes("notes.txt") && tries < 100; tries++) {
      await page.goto(corpusPage);
      corpus = await page.locator("main").innerText();
      if (!corpus.includes("notes.txt")) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(corpus).toContain("irans-growing-paranoia-toward-azerbaijan.txt");
    expect(corpus).toMatch(/notes\.txt\s+\S/);

    await browser.context.clearCookies();
    const again = await page.goto(link);
    expect(again?.status()).toBe(401);
    expect(await page.locator("body").textContent()).toBe(CONSOLE_TEXTS.unauthorized);

    const origin = new URL(link).origin;
    for (const path of ["/questions", "/feedback", "/readers", "/delivery", "/corpus", "/digest", "/assets/uplot.js"]) {
      const response = await page.goto(origin + path);
      expect(response?.status(), path).toBe(401);
    }
  });

  it("lists the questions readers asked, groups the unanswered by wording, and shows a <script> question as text", async () => {
    const reader = desk.emu.user({ languageCode: "az" });
    await ask(reader, [
      "Zangezur corridor",
      "What is the population of Baku?",
      "Baku population",
      "population of baku",
      "<script>window.pwned = 1</script> quantum penguins?",
    ]);
    await page.goto(await consoleLink());

    const latest = await page.locator("table").last().innerText();
    expect(latest).toContain("Zangezur corridor");
    expect(latest).toContain("What is the population of Baku?");
    expect(latest).toContain("az");

    const groups = await page.locator("[data-group]").allInnerTexts();
    const baku = groups.find((group) => group.includes("Baku population"));
    expect(baku).toMatch(/^3 questions/);
    expect(baku).toContain("What is the population of Baku?");
    expect(baku).toContain("population of baku");
    expect(groups.some((group) => group.includes("Zangezur corridor"))).toBe(false);

    // Shown as text in the list and in its group, never made an element (nor run: the console's CSP forbids inline scripts).
    expect(latest).toContain("<script>window.pwned = 1</script> quantum penguins?");
    expect(groups.some((group) => group.includes("<script>window.pwned = 1</script> quantum penguins?"))).toBe(true);
    expect(await page.locator("main script:not([data-chart])").count()).toBe(0);
    expect(await page.evaluate("typeof pwned")).toBe("undefined");
    // The questions per day are drawn by uPlot, served from the project's node_modules.
    await page.locator(".chart canvas").first().waitFor();

    await page.goto(`${new URL(page.url()).origin}/questions?q=penguins`);
    const found = await page.locator("table").last().innerText();
    expect(found).toContain("quantum penguins");
    expect(found).not.toContain("Zangezur corridor");
  });

  it("counts a reader's 👎 and its reason on the Feedback page", async () => {
    const reader = desk.emu.user();
    await ask(reader, ["Why did Azerbaijan detain 19 people?"]);
    const answer = desk.emu.lastMessage(reader.id)!;
    await page.goto(await consoleLink());
    await page.goto(`${new URL(page.url()).origin}/feedback`);
    expect(await page.locator("main").innerText()).not.toContain("Why did Azerbaijan detain 19 people?");

    reader.press(answer, TEXTS.feedback.down);
    await desk.emu.waitForCall("editMessageReplyMarkup", (call) => call.params.message_id === answer.message_id);
    reader.press(desk.emu.lastMessage(reader.id)!, TEXTS.feedback.reasons.outdated);
    await waitUntil(async () => (await desk.readStore((store) => store.questions.worstRated(10))).some((q) => q.reasons.includes("outdated")), "the reason");

    await page.reload();
    const passages = await page.locator("table").first().innerText();
    expect(passages).toMatch(/Azerbaijan’s response to Iranian assertiveness\t0\t1\t0%/);
    const worst = await page.locator("table").last().innerText();
    expect(worst).toContain("Why did Azerbaijan detain 19 people?");
    expect(worst).toContain(CONSOLE_TEXTS.reasons.outdated);
  });
});
