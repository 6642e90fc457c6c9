import { Worker } from "node:worker_threads";

/**
 * A worker thread running `module`. The project runs as TypeScript through tsx, whose hooks a worker does
 * not inherit from its parent: a TypeScript module is imported after tsx registers them in the worker.
 */
export function startWorker(module: URL, workerData: unknown): Worker {
  if (!module.pathname.endsWith(".ts")) return new Worker(module, { workerData });
  const tsx = import.meta.resolve("tsx/esm/api");
  const code = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); })`;
  return new Worker(code, { eval: true, workerData });
}
