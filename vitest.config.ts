import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // One real PostgreSQL server for the run: the store's contract suite and the instances' tests use it.
    globalSetup: ["tests/support/postgres-global-setup.ts"],
  },
});
