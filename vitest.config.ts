import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts"),
};

/**
 * Three projects: `unit` (pure logic, *.test.ts beside the code), `integration`
 * (*.int.test.ts, real database: PGlite, or PostgreSQL when TEST_DATABASE_URL is set) and `crash`
 * (*.crash.test.ts: the production build, `next build` first, on a PostgreSQL cluster of its own).
 */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          // Pure logic, but some tests render whole PDFs or spawn the CLI: seconds on a loaded 2-core machine.
          testTimeout: 20_000,
          include: ["lib/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/*.crash.test.ts", "node_modules/**"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          environment: "node",
          include: ["lib/**/*.int.test.ts", "db/**/*.int.test.ts", "app/**/*.int.test.ts", "scripts/**/*.int.test.ts"],
          globalSetup: ["lib/testing/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // next-auth imports "next/server" without an extension: let Vite resolve it.
          server: { deps: { inline: ["next-auth", "@auth/core"] } },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "crash",
          environment: "node",
          include: ["lib/**/*.crash.test.ts"],
          testTimeout: 240_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          server: { deps: { inline: ["next-auth", "@auth/core"] } },
        },
      },
    ],
  },
});
