import { spawnSync } from "node:child_process";
import { inject } from "vitest";

let made = 0;

/** A URL to a new, empty database on the run's PostgreSQL server (tests/support/postgres-global-setup.ts). */
export function newPostgresDatabase(): string {
  const url = inject("postgresUrl");
  const name = `t_${process.pid}_${++made}_${Math.random().toString(36).slice(2, 8)}`;
  const result = spawnSync("psql", [url, "-v", "ON_ERROR_STOP=1", "-qc", `CREATE DATABASE "${name}"`], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`CREATE DATABASE failed: ${result.stderr}`);
  return url.replace(/\/postgres$/, `/${name}`);
}
