import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

// Three projects: Node (ingest, graph, CLI, Neo4j), browser (Chromium against wrangler dev) and
// workerd (the worker's routes, through the Workers Vitest integration). All start from the seed
// graph built once by test/global-setup.ts.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "node",
          include: ["test/**/*.test.ts"],
          exclude: ["test/worker/**", "test/browser/**", "node_modules/**"],
          environment: "node",
          globalSetup: ["test/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        // Real headless Chromium (Debian's) against `wrangler dev` serving the seed graph.
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.toml", environment: "test" } })],
        test: {
          name: "worker",
          include: ["test/worker/**/*.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          setupFiles: ["test/worker/seed-d1.ts"],
        },
      },
    ],
  },
});
