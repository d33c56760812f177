// A fresh graph file is filled without the readers' indexes and without deleting rows that cannot
// be there, and the writer binds plain INSERTs positionally: the file that comes out must still
// have every index of the schema, and the same rows a graph written the general way has.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { SCHEMA } from "../../graph/sql/schema.js";
import { positionalSql } from "../../ingest/graph-file.js";
import { readerIndex } from "../../ingest/graph-writer.js";
import { runCli } from "../run-cli.js";
import { ROOT } from "../seed-paths.js";

const indexName = (sql: string) => /^CREATE INDEX IF NOT EXISTS (\w+)/.exec(sql)?.[1];

describe("positionalSql", () => {
  it("turns ?1 … ?n, each once and in order, into plain ?", () => {
    expect(positionalSql("INSERT INTO t (a, b, c) VALUES (?1, ?2, ?3)")).toBe("INSERT INTO t (a, b, c) VALUES (?, ?, ?)");
    expect(positionalSql("INSERT INTO s (doc, name) SELECT ?1, id FROM n WHERE a = ?2 AND b = ?3")).toBe(
      "INSERT INTO s (doc, name) SELECT ?, id FROM n WHERE a = ? AND b = ?",
    );
    expect(positionalSql("UPDATE t SET a = ?1 WHERE b = ?2 OR c = ?10")).toBeNull();
  });

  it("leaves SQL that reuses, reorders or quotes parameters to named binding", () => {
    expect(positionalSql("UPDATE documents SET path = ?2 WHERE id = ?1")).toBeNull();
    expect(positionalSql("SELECT * FROM t WHERE a = ?1 OR b = ?1")).toBeNull();
    expect(positionalSql("SELECT * FROM t WHERE a = '?1' AND b = ?1")).toBeNull();
    expect(positionalSql("SELECT * FROM t WHERE a = ?")).toBeNull();
  });
});

describe("a fresh graph file", { timeout: 300_000 }, () => {
  it("defers only indexes on facts and standards that are not by document", () => {
    const deferred = SCHEMA.filter(readerIndex).map(indexName);
    expect(deferred).toContain("facts_year");
    expect(deferred).toContain("standard_refs_key");
    expect(deferred).not.toContain("facts_doc");
    expect(deferred).not.toContain("standard_refs_doc");
    expect(deferred.some((n) => n?.startsWith("names"))).toBe(false);
  });

  it("ends with every index of the schema, and the query planner uses them", () => {
    const graph = join(mkdtempSync(join(tmpdir(), "qkg-fresh-")), "graph.sqlite");
    const r = runCli(["ingest", join(ROOT, "test/fixtures/award-docs"), "--graph", graph, "--quiet"]);
    expect(r.status, r.stderr).toBe(0);
    const db = new Database(graph, { readonly: true });
    try {
      const have = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL`).pluck().all() as string[];
      const want = SCHEMA.map(indexName).filter((n): n is string => !!n);
      expect(have.sort()).toEqual(want.sort());
      const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT n FROM facts WHERE kind = 'award' AND year = 2021`).all() as { detail: string }[];
      expect(plan.map((p) => p.detail).join(" ")).toContain("facts_year");
    } finally {
      db.close();
    }
  });
});
