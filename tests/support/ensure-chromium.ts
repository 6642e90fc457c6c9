/**
 * Run by `npm test` before the tests: the console's browser tests drive Debian's Chromium (playwright-core
 * downloads no browser of its own). On a fresh Debian machine, as root, it is installed from Debian's packages;
 * anywhere else a missing browser stops the run here, with the command that installs it, rather than as a
 * launch error deep in a test.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CHROMIUM } from "../console/support/browser.js";

const INSTALL = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium"];

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) {
    console.error(`The console's browser tests need Chromium at ${CHROMIUM}: install it with \`sudo ${INSTALL.join(" ")}\`.`);
    process.exit(1);
  }
  console.log(`Installing Debian's Chromium for the console's browser tests (${CHROMIUM} is missing)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: ["ignore", "ignore", "inherit"], env });
  execFileSync(INSTALL[0]!, INSTALL.slice(1), { stdio: ["ignore", "ignore", "inherit"], env });
}
