// Round trips to D1: reads issued together go as one batch (src/backend/d1-database.ts), the titles
// beside facts come with the facts (graph/sql/queries/document-summaries.ts), and the routes ask for
// what they can guess beside the name lookups, so each costs one round trip. Counted by the app's
// own Server-Timing over the seed graph (a D1 double on the graph file, test/graph-env.ts).
import { describe, expect, it } from "vitest";
import { sqlBackend } from "../../graph/backend/sql-backend.js";
import { DocumentSummaryCache } from "../../graph/sql/queries/document-summaries.js";
import { openGraphFile } from "../../ingest/graph-file.js";
import app from "../../src/app.js";
import { d1Database } from "../../src/backend/d1-database.js";
import { d1FromGraphFile, graphEnv } from "../graph-env.js";
import { SEED_GRAPH } from "../seed-paths.js";

const env = graphEnv(SEED_GRAPH);
const q = encodeURIComponent;

async function roundTrips(path: string): Promise<number> {
  const r = await app.request(path, {}, env);
  expect(r.status, path).toBe(200);
  return Number(/d1;dur=[\d.]+;desc="(\d+) round trips"/.exec(r.headers.get("server-timing") ?? "")?.[1]);
}

/** A D1 double that counts what reaches it: single queries and batches. */
function countingD1() {
  const inner = d1FromGraphFile(SEED_GRAPH);
  const calls = { single: 0, batches: [] as number[] };
  const d1 = {
    prepare: (sql: string) => {
      const p = inner.prepare(sql);
      const wrap = (s: D1PreparedStatement) => ({
        ...s,
        all: () => {
          calls.single++;
          return s.all();
        },
      });
      return { ...wrap(p), bind: (...v: unknown[]) => wrap(p.bind(...v)) };
    },
    batch: (statements: D1PreparedStatement[]) => {
      calls.batches.push(statements.length);
      return inner.batch(statements);
    },
  } as unknown as D1Database;
  return { d1, calls };
}

describe("round trips to D1 per request", () => {
  it("answers an entity, an award list filtered by name, and a page of awards in one round trip each", async () => {
    const graph = await openGraphFile(SEED_GRAPH);
    const [first] = await sqlBackend(graph.db).awards({}, { limit: 1 });
    graph.close();
    expect(first).toBeDefined();
    await roundTrips("/api/v1/awards?limit=1"); // the isolate's first request also reads the graph's version
    expect(await roundTrips(`/api/v1/entities/${q(first!.recipient)}`)).toBe(1);
    expect(await roundTrips(`/api/v1/awards?year=${first!.year}&award=${q(first!.award)}`)).toBe(1);
    expect(await roundTrips("/api/v1/awards?limit=5")).toBe(1);
  });

  it("answers a question naming an award and a year in one: its facts are read beside the lookup of its words", async () => {
    const graph = await openGraphFile(SEED_GRAPH);
    const [first] = await sqlBackend(graph.db).awards({}, { limit: 1 });
    graph.close();
    const ask = `/api/v1/ask?q=${q(`${first!.year}年哪些单位获得了${first!.award}?`)}`;
    await roundTrips(ask);
    expect(await roundTrips(ask)).toBe(1);
  });
});

describe("d1Database", () => {
  it("sends reads issued together as one batch, each caller getting its own rows", async () => {
    const { d1, calls } = countingD1();
    const db = d1Database(d1);
    const [docs, meta] = await Promise.all([
      db.all<{ id: string }>("SELECT id FROM documents ORDER BY id LIMIT 2"),
      db.all<{ key: string }>("SELECT key FROM meta WHERE key = ?1", ["format"]),
    ]);
    expect(calls).toEqual({ single: 0, batches: [2] });
    expect(docs).toHaveLength(2);
    expect(meta).toEqual([{ key: "format" }]);
    await db.all("SELECT count(*) AS n FROM facts");
    expect(calls).toEqual({ single: 1, batches: [2] });
  });

  it("fails every read of a batch that fails", async () => {
    const db = d1Database(countingD1().d1);
    const both = [db.all("SELECT id FROM documents LIMIT 1"), db.all("SELECT nothing FROM no_such_table")];
    const settled = await Promise.allSettled(both);
    expect(settled.map((s) => s.status)).toEqual(["rejected", "rejected"]);
  });
});

describe("DocumentSummaryCache", () => {
  const row = (id: string, title: string) => ({ doc_id: id, doc_title: title, doc_date: null, doc_region: null });

  it("keeps the summaries fact rows carry, for its time to live only", () => {
    let now = 0;
    const cache = new DocumentSummaryCache(10, 5_000, () => now);
    cache.remember([row("甲.txt", "甲文"), row("甲.txt", "甲文"), row("乙.txt", "乙文")]);
    expect(cache.get("乙.txt")).toEqual({ id: "乙.txt", title: "乙文", date: null, region: null });
    now = 5_000;
    expect(cache.get("甲.txt")).toBeUndefined();
  });

  it("drops the oldest entries beyond its size", () => {
    const cache = new DocumentSummaryCache(2);
    cache.remember([row("a", "A"), row("b", "B"), row("c", "C")]);
    expect(["a", "b", "c"].map((id) => cache.get(id)?.title)).toEqual([undefined, "B", "C"]);
  });
});
