// Before each workerd test file: its D1 (storage is isolated per file) gets the seed graph, the
// statements `qkg dump --json` wrote in test/global-setup.ts, run as one batch.
import { env } from "cloudflare:test";
import { beforeAll, inject } from "vitest";
import type { SqlStatement } from "../../graph/sql/database.js";
import { d1Database } from "../../src/backend/d1-database.js";

declare global {
  namespace Cloudflare {
    interface Env {
      DB: D1Database;
    }
  }
}

beforeAll(async () => {
  const statements = JSON.parse(inject("seedD1")) as SqlStatement[];
  await d1Database(env.DB).batch(statements);
});
