import { env, SELF } from "cloudflare:test";
import { beforeAll, expect, it } from "vitest";
import { statement } from "../../graph/sql/database.js";
import { DROP_ALL } from "../../graph/sql/schema.js";
import { d1Database } from "../../src/backend/d1-database.js";

// A worker whose D1 holds no graph (storage is this file's own): it says so with a 503 and how to
// load one, instead of an internal error.
beforeAll(async () => {
  await d1Database(env.DB).batch(DROP_ALL.map((sql) => statement(sql)));
});

it.each(["/health", "/api/v1/awards", `/api/v1/ask?q=${encodeURIComponent("哪些企业获得了质量奖?")}`])(
  "answers %s with 503 graph_unavailable",
  async (path) => {
    const res = await SELF.fetch(`https://qkg.test${path}`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("graph_unavailable");
    expect(body.error.message).toContain("wrangler d1 execute");
  },
);
