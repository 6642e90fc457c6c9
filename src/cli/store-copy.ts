/**
 * `npm run store:copy -- --from DATA_DIR --to postgres://…`: moves a stopped bot's SQLite store into an empty
 * PostgreSQL database, ids kept, in one transaction. Exits 1 with one line naming what is wrong.
 */
import { parseArgs } from "node:util";
import { createLogger } from "../log/logger.js";
import { copySqliteToPostgres } from "../store/postgres/copy-from-sqlite.js";
import { maskUrl } from "../log/mask-urls.js";

const USAGE = "usage: npm run store:copy -- --from DATA_DIR --to postgres://user:password@host:5432/database";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } }, strict: true });
  if (!values.from || !values.to) throw new Error(USAGE);
  const logger = createLogger({ level: "warn", secrets: [] });
  const copied = await copySqliteToPostgres({ dataDir: values.from, url: values.to, logger, now: Date.now });
  const total = [...copied.values()].reduce((sum, rows) => sum + rows, 0);
  process.stdout.write(`Copied ${total} ${total === 1 ? "row" : "rows"} from ${values.from} to ${maskUrl(values.to)}:\n`);
  for (const [table, rows] of copied) process.stdout.write(`  ${table}: ${rows}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`store:copy: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
