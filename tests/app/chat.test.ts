import { spawn } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHAT_TEXTS } from "../../src/chat/chat-texts.js";
import { tempDir } from "../support/temp-dirs.js";
import { CORPUS_DIR, REPO } from "./helpers.js";

describe("npm run chat", () => {
  it("runs the bot against the emulator with no token: a person chats, presses buttons, and leaves", async () => {
    const cwd = tempDir("chat-test");
    const dataDir = join(cwd, "data");
    const child = spawn(join(REPO, "node_modules", ".bin", "tsx"), [join(REPO, "src", "chat", "main.ts")], {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: cwd, CORPUS_DIR, DATA_DIR: dataDir },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    child.stdin.end(["/start", "Why did Azerbaijan detain 19 people?", "#1", "/quit", ""].join("\n"));

    expect(await exited).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain(CHAT_TEXTS.banner("newsdesk_bot", "You").split("\n")[0]);
    expect(stdout).toContain("I answer questions from our news articles");
    expect(stdout).toContain("Azerbaijan’s response to Iranian assertiveness");
    // #1 pressed Whole section: the section's first paragraph came.
    expect(stdout).toContain("Baku has taken strong measures to push back");
    expect(stdout).toContain(CHAT_TEXTS.bye);
    const log = await readFile(join(dataDir, "bot.log"), "utf8");
    expect(log).toContain('"msg":"update handled"');
  });

  it("with no DATA_DIR of one's own, keeps its data in a temporary folder that goes when the chat ends", async () => {
    const cwd = tempDir("chat-temp");
    const tmp = join(cwd, "tmp");
    mkdirSync(tmp);
    const child = spawn(join(REPO, "node_modules", ".bin", "tsx"), [join(REPO, "src", "chat", "main.ts")], {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: cwd, TMPDIR: tmp, CORPUS_DIR },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    child.stdin.end(["/start", "/quit", ""].join("\n"));

    expect(await exited).toBe(0);
    expect(stdout).toMatch(/removed when the chat ends: .*newsdesk-chat-/);
    expect(readdirSync(tmp).filter((name) => name.startsWith("newsdesk-chat-"))).toEqual([]);
    expect(readdirSync(cwd)).toEqual(["tmp"]);
  });

  it("starts the editors' console on 127.0.0.1 and prints a login link; the one chatting is its admin", async () => {
    const cwd = tempDir("chat-console");
    const child = spawn(join(REPO, "node_modules", ".bin", "tsx"), [join(REPO, "src", "chat", "main.ts")], {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: cwd, CORPUS_DIR, DATA_DIR: join(cwd, "data") },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    const waiters: Array<() => void> = [];
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
      for (const wake of waiters.splice(0)) wake();
    });
    const printed = async (pattern: RegExp): Promise<RegExpExecArray> => {
      for (;;) {
        const match = pattern.exec(stdout);
        if (match) return match;
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    };
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    try {
      const [link] = await printed(/http:\/\/127\.0\.0\.1:\d+\/login\/[A-Za-z0-9_-]+/);
      const opened = await fetch(link, { redirect: "manual" });
      expect(opened.status).toBe(303);
      expect(opened.headers.get("set-cookie")).toMatch(/HttpOnly; SameSite=Strict/);
      child.stdin.write("/console\n");
      await printed(/Your link to the editors' console/);
      child.stdin.end("/quit\n");
      expect(await exited).toBe(0);
    } finally {
      child.kill();
    }
  });

  it("plays a reader of another language: --lang ru, then /as az switches the Telegram app's language", async () => {
    const cwd = tempDir("chat-lang");
    const child = spawn(join(REPO, "node_modules", ".bin", "tsx"), [join(REPO, "src", "chat", "main.ts"), "--lang", "ru"], {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: cwd, CORPUS_DIR, DATA_DIR: join(cwd, "data") },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    child.stdin.end(["/start", "/as az", "/help", "/as", "/quit", ""].join("\n"));

    expect(await exited).toBe(0);
    expect(stdout).toContain("Я отвечаю на вопросы по статьям нашего сайта");
    expect(stdout).toContain(CHAT_TEXTS.speakingAs("az"));
    expect(stdout).toContain("Nə edə bilirəm");
    expect(stdout).toContain(CHAT_TEXTS.asUsage);
  });

  it("refuses a --lang that is no language code, naming it", async () => {
    const cwd = tempDir("chat-bad-lang");
    const child = spawn(join(REPO, "node_modules", ".bin", "tsx"), [join(REPO, "src", "chat", "main.ts"), "--lang=Russian"], {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: cwd, CORPUS_DIR },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    child.stdin.end("");
    expect(await exited).toBe(1);
    expect(stderr.trim()).toBe(CHAT_TEXTS.badLanguageOption("Russian"));
  });
});
