/**
 * A throwaway PostgreSQL server on 127.0.0.1, for the tests and the delivery benchmark: Debian's own server
 * binaries, a cluster made with initdb in a temp folder, started with pg_ctl on a free port, and removed on stop.
 * PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user Debian's package made.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";

export interface LocalPostgres {
  /** A URL to the server's `postgres` database, as the cluster's owner (no password: trust on loopback). */
  url: string;
  /** A URL to a new, empty database on the server. */
  createDatabase(name?: string): Promise<string>;
  stop(): void;
}

const INSTALL = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "postgresql"];

/** The newest installed server's bin folder, or null. */
export function findPostgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], "bin") : null;
}

/**
 * The server's binaries, installed from Debian's packages when missing and this process is root (a fresh CI
 * machine); anywhere else a missing server stops here with the command that installs it.
 */
export function ensurePostgresInstalled(log: (line: string) => void = console.log): string {
  const found = findPostgresBin();
  if (found) return found;
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) {
    throw new Error(`The PostgreSQL tests need Debian's server: install it with \`sudo ${INSTALL.join(" ")}\`.`);
  }
  log("Installing Debian's PostgreSQL for the store's tests (no server found under /usr/lib/postgresql)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: ["ignore", "ignore", "inherit"], env });
  execFileSync(INSTALL[0]!, INSTALL.slice(1), { stdio: ["ignore", "ignore", "inherit"], env });
  const bin = findPostgresBin();
  if (!bin) throw new Error("apt-get installed postgresql, but no initdb appeared under /usr/lib/postgresql");
  return bin;
}

/** A port free on 127.0.0.1 right now, for a server started next. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startLocalPostgres(options: { log?: (line: string) => void } = {}): Promise<LocalPostgres> {
  const bin = ensurePostgresInstalled(options.log);
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? "postgres" : userInfo().username;
  const dir = mkdtempSync(join(tmpdir(), "newsdesk-pg-"));
  const dataDir = join(dir, "data");
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", owner]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", owner]).toString().trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const run = (tool: string, args: string[]) => {
    const command = asRoot ? "runuser" : join(bin, tool);
    const fullArgs = asRoot ? ["-u", owner, "--", join(bin, tool), ...args] : args;
    const result = spawnSync(command, fullArgs, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr || result.stdout}`);
  };
  run("initdb", ["-D", dataDir, "-U", owner, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "-N"]);
  // Durability is not what the tests measure: fsync off keeps a test run's many small commits cheap.
  writeFileSync(join(dataDir, "postgresql.auto.conf"), "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 200\n", { flag: "a" });
  const port = await freePort();
  run("pg_ctl", ["-D", dataDir, "-l", join(dir, "server.log"), "-w", "-o", `-h 127.0.0.1 -p ${port} -k ${dir}`, "start"]);
  const url = `postgres://${owner}@127.0.0.1:${port}/postgres`;
  let made = 0;
  let stopped = false;
  return {
    url,
    async createDatabase(name) {
      const database = name ?? `newsdesk_${process.pid}_${++made}_${Date.now().toString(36)}`;
      const result = spawnSync("psql", [url, "-v", "ON_ERROR_STOP=1", "-qc", `CREATE DATABASE "${database}"`], { encoding: "utf8" });
      if (result.status !== 0) throw new Error(`CREATE DATABASE failed: ${result.stderr}`);
      return url.replace(/\/postgres$/, `/${database}`);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
