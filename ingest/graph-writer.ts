// Writing a graph file document by document: the existing file is copied beside itself, changed
// in bounded batches (one transaction each), and renamed into place only when complete, so a
// failed ingest leaves the previous graph as it was.
import { copyFile, mkdir, rename, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { statement, type SqlStatement } from "../graph/sql/database.js";
import { SCHEMA, SCHEMA_VERSION } from "../graph/sql/schema.js";
import { graphMeta } from "../graph/sql/queries/stats.js";
import { documentDigests, type DocumentDigestRow } from "../graph/sql/queries/documents.js";
import {
  DELETE_ORPHAN_NAMES,
  deleteDocumentStatements,
  documentStatements,
  GRAPH_FORMAT,
  MAX_FACT_N,
  MENTIONED_REGIONS,
  metaStatements,
  replaceRegionStatements,
  STORE_STATS,
  type DocumentGraph,
} from "../graph/sql/write.js";
import type { DocumentRecord, RegionRecord } from "../graph/types.js";
import type { NewFact } from "./extract/extractor.js";
import { sqliteDatabase } from "./graph-file.js";
import { regionTable } from "./build-corpus.js";
import type { RegionIndex } from "./regions.js";

export class GraphWriter {
  private constructor(
    private readonly path: string,
    private readonly tmp: string,
    private readonly conn: Database.Database,
    private readonly db: ReturnType<typeof sqliteDatabase>,
    /** What the graph held before: id → hash and extractor. */
    readonly previous: Map<string, DocumentDigestRow>,
    private nextN: number,
  ) {}

  /** Starts from the graph at `path` when it is a qkg graph of this schema, else from nothing. */
  static async open(path: string): Promise<GraphWriter> {
    await mkdir(dirname(path), { recursive: true });
    const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
    if (existsSync(path) && (await isCurrentGraph(path))) await copyFile(path, tmp);
    const conn = new Database(tmp);
    try {
      // The copy is private until renamed: no journal is needed for safety, only for rollback.
      conn.pragma("journal_mode = MEMORY");
      conn.pragma("synchronous = OFF");
      const db = sqliteDatabase(conn);
      db.runAll([...SCHEMA.map((sql) => statement(sql)), ...metaStatements()]);
      const previous = new Map((await documentDigests(db)).map((d) => [d.id, d]));
      const [{ n }] = await db.all<{ n: number }>(MAX_FACT_N);
      return new GraphWriter(path, tmp, conn, db, previous, n + 1);
    } catch (e) {
      conn.close();
      await rm(tmp, { force: true });
      throw e;
    }
  }

  /** True when the graph already holds this document as read by this extractor. */
  unchanged(id: string, hash: string, extractor: string): boolean {
    const d = this.previous.get(id);
    return d != null && d.hash === hash && d.extractor === extractor;
  }

  /** Keeps an unchanged document, noting where it was read from this time. */
  keep(id: string, path: string): void {
    this.db.runAll([statement(`UPDATE documents SET path = ?2 WHERE id = ?1`, [id, path])]);
  }

  /** Writes a batch of documents, replacing their previous rows, in one transaction. */
  write(docs: DocumentGraph[], extractor: string): void {
    const statements: SqlStatement[] = [];
    for (const d of docs) {
      statements.push(...documentStatements(d, this.nextN, extractor));
      this.nextN += d.facts.length;
    }
    this.db.runAll(statements);
  }

  /** Removes documents the graph held but this ingest did not list. */
  remove(ids: string[]): void {
    this.db.runAll(ids.flatMap(deleteDocumentStatements));
  }

  /** Facts per kind in the graph as it now stands. */
  async factCounts(): Promise<Record<string, number>> {
    const rows = await this.db.all<{ kind: string; n: number }>(`SELECT kind, count(*) AS n FROM facts GROUP BY kind`);
    return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
  }

  /** Rebuilds the region table and the counts, then puts the file in place of the old graph. */
  async commit(regions: RegionIndex): Promise<void> {
    const mentioned = await this.db.all<{ name: string }>(MENTIONED_REGIONS);
    const table: RegionRecord[] = regionTable(
      mentioned.map((m) => ({ kind: "policy", region: m.name }) as unknown as NewFact),
      [] as DocumentRecord[],
      regions,
    );
    this.db.runAll([statement(DELETE_ORPHAN_NAMES), ...replaceRegionStatements(table), statement(STORE_STATS)]);
    // Replaced documents leave free pages behind; compact when they are a quarter of the file.
    const free = Number(this.conn.pragma("freelist_count", { simple: true }));
    const pages = Number(this.conn.pragma("page_count", { simple: true }));
    if (free * 4 > pages) this.conn.exec("VACUUM");
    this.conn.pragma("optimize");
    this.conn.close();
    await rename(this.tmp, this.path);
  }

  /** Drops the copy: the graph at `path` stays as it was. */
  async abort(): Promise<void> {
    if (this.conn.open) this.conn.close();
    await rm(this.tmp, { force: true });
  }
}

async function isCurrentGraph(path: string): Promise<boolean> {
  let conn: Database.Database | undefined;
  try {
    conn = new Database(path, { readonly: true, fileMustExist: true });
    const meta = new Map((await graphMeta(sqliteDatabase(conn))).map((r) => [r.key, r.value]));
    return meta.get("format") === GRAPH_FORMAT && meta.get("version") === String(SCHEMA_VERSION);
  } catch {
    return false;
  } finally {
    conn?.close();
  }
}
