// The isolate's answer cache (QKG_ANSWER_CACHE): a repeated question is answered from memory for the
// graph version it was answered on, bounded by entries and bytes; off unless configured.
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import app from "../../src/app.js";
import { AnswerCache } from "../../src/graph-cache.js";
import { graphEnv } from "../graph-env.js";
import { SEED_GRAPH } from "../seed-paths.js";

const ASK = `/api/v1/ask?q=${encodeURIComponent("2021年哪些企业获得了常州市市长质量奖?")}`;

function seedCopy(): string {
  const path = join(mkdtempSync(join(tmpdir(), "qkg-answer-cache-")), "graph.sqlite");
  copyFileSync(SEED_GRAPH, path);
  return path;
}

describe("AnswerCache", () => {
  it("drops the least recently used answer past its entry limit", () => {
    const cache = new AnswerCache(2);
    cache.set("a", "1", "application/json");
    cache.set("b", "2", "application/json");
    cache.get("a");
    cache.set("c", "3", "application/json");
    expect([cache.get("a")?.body, cache.get("b"), cache.get("c")?.body]).toEqual(["1", undefined, "3"]);
  });

  it("keeps its bytes under the limit and never holds an answer larger than its body limit", () => {
    const cache = new AnswerCache(100, 10, 6);
    cache.set("big", "x".repeat(7), "application/json");
    cache.set("a", "xxxxx", "application/json");
    cache.set("b", "xxxxx", "application/json");
    cache.set("c", "xxxxx", "application/json");
    expect([cache.get("big"), cache.get("a"), cache.size]).toEqual([undefined, undefined, 2]);
  });
});

describe("answers through the app", () => {
  it("are served again from the cache when configured, and read afresh when not", async () => {
    const path = seedCopy();
    const cached = graphEnv(path, { QKG_ANSWER_CACHE: "8" });
    const first = await app.request(ASK, {}, cached);
    expect(first.status).toBe(200);
    const body = await first.text();
    expect(JSON.parse(body).answer.length).toBeGreaterThan(0);
    // The graph loses its facts; within the version's re-read time the cached answer still stands,
    // while an isolate without the cache (another binding over the same file) reads the change.
    const db = new Database(path);
    db.exec("DELETE FROM evidence; DELETE FROM facts;");
    db.close();
    expect(await (await app.request(ASK, {}, cached)).text()).toBe(body);
    const uncached = await app.request(ASK, {}, graphEnv(path));
    expect(JSON.parse(await uncached.text()).answer).toEqual([]);
  });

  it("are not cached when they are errors", async () => {
    const env = graphEnv(seedCopy(), { QKG_ANSWER_CACHE: "8" });
    const bad = await app.request("/api/v1/awards?year=nope", {}, env);
    expect(bad.status).toBe(400);
    expect(bad.headers.get("cache-control")).toBe("no-store");
  });
});
