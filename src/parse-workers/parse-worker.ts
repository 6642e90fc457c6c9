import { parentPort, workerData } from "node:worker_threads";
import type { WorkerSetup } from "./messages.js";
import { serveParses } from "./serve-parses.js";

/** A parse pool's worker thread (see parse-pool.ts). */
serveParses(parentPort!, workerData as WorkerSetup);
