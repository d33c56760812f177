// `qkg dump` recreates a graph elsewhere (a D1 database via `wrangler d1 execute --file`): run into
// an empty SQLite database, the SQL gives back the same graph, long texts included (they are
// written in pieces, as D1 refuses statements over 100 KB).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createSnapshot } from "../../graph/snapshot.js";
import { dumpStatements, renderSqlFile } from "../../graph/sql/dump.js";
import { readGraphTables, snapshotFromTables } from "../../graph/sql/read.js";
import { openGraphFile, readGraphFile, sqliteDatabase, writeGraphFile } from "../../ingest/graph-file.js";
import { SEED_GRAPH } from "../seed-paths.js";

async function throughDump(path: string) {
  const graph = await openGraphFile(path);
  const sql = renderSqlFile(await dumpStatements(graph.db));
  graph.close();
  const copy = new Database(":memory:");
  copy.exec(sql);
  return { sql, snapshot: snapshotFromTables(await readGraphTables(sqliteDatabase(copy))) };
}

describe("qkg dump", () => {
  it("recreates the seed graph exactly", async () => {
    const { snapshot } = await throughDump(SEED_GRAPH);
    expect(snapshot).toStrictEqual(await readGraphFile(SEED_GRAPH));
  });

  it("writes a long document in statements D1 accepts, and it comes back whole", async () => {
    const text = "本段文字用于检验长文档的分段写入。".repeat(20_000);
    const path = join(mkdtempSync(join(tmpdir(), "qkg-dump-")), "long.sqlite");
    await writeGraphFile(
      path,
      createSnapshot({
        documents: [{ id: "long.txt", path: "long.txt", title: null, date: null, region: null, hash: "x", encoding: "utf-8", text }],
        facts: [],
      }),
    );
    const { sql, snapshot } = await throughDump(path);
    expect(snapshot.documents[0]!.text).toBe(text);
    const longest = Math.max(...sql.split(";\n").map((s) => new TextEncoder().encode(s).length));
    expect(longest).toBeLessThan(100_000);
  });
});
