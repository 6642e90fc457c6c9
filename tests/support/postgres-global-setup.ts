/**
 * Vitest's global set-up: one real PostgreSQL server for the whole run (src/bench/local-postgres.ts), whose URL
 * the test files read with `inject("postgresUrl")`; each file makes its own databases on it (tests/support/postgres.ts).
 */
import type { TestProject } from "vitest/node";
import { startLocalPostgres } from "../../src/bench/local-postgres.js";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const server = await startLocalPostgres();
  project.provide("postgresUrl", server.url);
  return () => server.stop();
}
