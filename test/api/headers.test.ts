// Headers an outside client and a CDN rely on: nosniff everywhere, ETag + Cache-Control on read
// answers keyed on the graph's version (304 on If-None-Match), no caching of errors, and CORS as
// docs/api.md describes it. The app runs in Node over the seed graph and over altered copies of it.
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import app from "../../src/app.js";
import type { Env } from "../../src/env.js";
import { matchesEtag } from "../../src/graph-cache.js";
import { graphEnv } from "../graph-env.js";
import { SEED_GRAPH } from "../seed-paths.js";

const env = graphEnv(SEED_GRAPH);
const req = (path: string, e: Env = env, headers: Record<string, string> = {}) => app.request(path, { headers }, e);
const q = encodeURIComponent;

/** A copy of the seed graph with one change made by `change`. */
function alteredGraph(change: (db: Database.Database) => void): string {
  const path = join(mkdtempSync(join(tmpdir(), "qkg-etag-")), "graph.sqlite");
  copyFileSync(SEED_GRAPH, path);
  const db = new Database(path);
  change(db);
  db.close();
  return path;
}

describe("X-Content-Type-Options", () => {
  it.each([
    "/api/v1/awards?limit=1",
    "/api/v1/awards?year=nope",
    "/api/v1/entities/%E4%B8",
    "/api/v1/nothing",
    "/health",
    "/openapi.json",
    "/reference",
  ])("is nosniff on %s", async (path) => {
    expect((await req(path)).headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("ETag and Cache-Control on read routes", () => {
  const reads = [
    "/api/v1/awards?year=2021&limit=3",
    `/api/v1/ask?q=${q("哪些企业获得了质量奖?")}`,
    "/api/v1/policies",
    `/api/v1/metrics/${q("工业产品抽检合格率")}?as_of=2023`,
  ];

  it.each(reads)("answers %s with an ETag, and 304 with no body when it is sent back", async (path) => {
    const first = await req(path);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"[0-9a-f]{24}"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=60");
    const again = await req(path, env, { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect((await req(path, env, { "If-None-Match": 'W/"0000", "1111"' })).status).toBe(200);
  });

  it("does not cache errors or /health", async () => {
    for (const path of ["/api/v1/awards?year=nope", `/api/v1/entities/${q("不存在的单位")}`, "/health"]) {
      const r = await req(path);
      expect(r.headers.get("cache-control"), path).toBe("no-store");
      expect(r.headers.get("etag"), path).toBeNull();
    }
  });

  it("changes the ETag when the graph changes, and with the release", async () => {
    const etagOf = async (e: Env) => (await req("/api/v1/awards?limit=1", e)).headers.get("etag");
    const seed = await etagOf(env);
    expect(await etagOf(graphEnv(SEED_GRAPH))).toBe(seed);
    const rehashed = alteredGraph((db) =>
      db.prepare("UPDATE documents SET hash = 'x' || hash WHERE id = (SELECT min(id) FROM documents)").run(),
    );
    const renumbered = alteredGraph((db) => db.prepare("UPDATE facts SET n = n + 100000 WHERE n = (SELECT max(n) FROM facts)").run());
    const tags = [
      seed,
      await etagOf(graphEnv(rehashed)),
      await etagOf(graphEnv(renumbered)),
      await etagOf({ ...env, QKG_RELEASE: "next" }),
    ];
    expect(new Set(tags).size).toBe(4);
  });

  it("compares If-None-Match weakly and in lists; * is left to the route", () => {
    expect(matchesEtag('"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('W/"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag("*", 'W/"abc"')).toBe(false);
    expect(matchesEtag('W/"abcd"', 'W/"abc"')).toBe(false);
    expect(matchesEtag(undefined, 'W/"abc"')).toBe(false);
  });
});

describe("CORS", () => {
  it("allows any origin with CORS_ORIGINS=* (wrangler.toml's default), listed origins only otherwise, none when unset", async () => {
    const origin = { Origin: "https://somewhere.example" };
    expect((await req("/api/v1/awards?limit=1", env, origin)).headers.get("access-control-allow-origin")).toBe("*");
    const listed = { ...env, CORS_ORIGINS: "https://a.example, https://b.example" };
    expect((await req("/api/v1/awards?limit=1", listed, { Origin: "https://b.example" })).headers.get("access-control-allow-origin")).toBe(
      "https://b.example",
    );
    expect((await req("/api/v1/awards?limit=1", listed, origin)).headers.get("access-control-allow-origin")).toBeNull();
    expect(
      (await req("/api/v1/awards?limit=1", { ...env, CORS_ORIGINS: undefined }, origin)).headers.get("access-control-allow-origin"),
    ).toBeNull();
  });
});
