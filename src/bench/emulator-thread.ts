/**
 * The delivery benchmark's Telegram: a Bot API emulator with Telegram's limits in a worker thread, so that a
 * pause of the sender's thread (a GC, a write) does not also hold the emulator and bunch the arrivals it counts
 * against the limits. Its readers' private chats are made there.
 */
import { parentPort, Worker, workerData } from "node:worker_threads";
import { createBotApiEmulator } from "../emulator/emulator.js";

export interface EmulatorThreadOptions {
  /** Readers' chat ids are firstChatId, firstChatId + 1, … */
  firstChatId: number;
  readers: number;
  /** Emulated Telegram time runs this many times faster than the wall clock, as the sender's clock does. */
  timeScale: number;
}

export interface EmulatorReport {
  sent: number;
  tooManyRequests: number;
  chats: number;
  /** Wall-clock ms of the first and last accepted sendMessage. */
  firstAt: number;
  lastAt: number;
}

export interface EmulatorThread {
  apiRoot: string;
  token: string;
  report(): Promise<EmulatorReport>;
  stop(): Promise<void>;
}

/** The worker's side, run by the thread startEmulatorThread starts. */
export async function serveEmulator(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error("serveEmulator runs in the emulator's worker thread");
  const options = workerData as EmulatorThreadOptions;
  const limits = { perSecondGlobal: 30, perChatIntervalMs: 1000, perGroupPerMinute: 20, timeScale: options.timeScale };
  const emu = createBotApiEmulator({ limits });
  for (let i = 0; i < options.readers; i++) emu.user({ id: options.firstChatId + i });
  await emu.start();
  port.on("message", (request: "report" | "stop") => {
    if (request === "stop") {
      void emu.stop().then(() => port.close());
      return;
    }
    const sends = emu.calls.filter((call) => call.method === "sendMessage" && call.response?.ok);
    const stats = emu.stats();
    const report: EmulatorReport = {
      sent: stats.sent,
      tooManyRequests: stats.tooManyRequests,
      chats: stats.perChat.size,
      firstAt: sends[0]?.at ?? 0,
      lastAt: sends.at(-1)?.at ?? 0,
    };
    port.postMessage(report);
  });
  port.postMessage({ apiRoot: emu.apiRoot, token: emu.token });
}

/** Starts the emulator's thread; tsx's loader is registered there first, as the worker does not inherit it. */
export async function startEmulatorThread(options: EmulatorThreadOptions): Promise<EmulatorThread> {
  const self = JSON.stringify(import.meta.url);
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${self}); }).then((thread) => thread.serveEmulator())`;
  const worker = new Worker(boot, { eval: true, workerData: options });
  let failure: Error | null = null;
  worker.on("error", (error) => {
    failure = error;
  });
  const next = <T>() =>
    new Promise<T>((resolve, reject) => {
      if (failure) reject(failure);
      worker.once("message", resolve);
    });
  const { apiRoot, token } = await next<{ apiRoot: string; token: string }>();
  return {
    apiRoot,
    token,
    report: () => {
      const answer = next<EmulatorReport>();
      worker.postMessage("report");
      return answer;
    },
    stop: async () => {
      worker.postMessage("stop");
      await new Promise((resolve) => worker.once("exit", resolve));
    },
  };
}
