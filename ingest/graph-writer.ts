// Writing a graph file document by document: the existing file is copied beside itself when there
// is something to change, changed in bounded batches (one transaction each), and renamed into
// place only when complete, so a failed ingest leaves the previous graph as it was. When nothing
// changed, nothing is copied or written.

import { existsSync } from "node:fs";
import { copyFile, mkdir, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { type SqlStatement, statement } from "../graph/sql/database.js";
import { type DocumentDigestRow, documentDigests } from "../graph/sql/queries/documents.js";
import { graphMeta } from "../graph/sql/queries/stats.js";
import { SCHEMA, SCHEMA_VERSION } from "../graph/sql/schema.js";
import {
  DELETE_ORPHAN_NAMES,
  type DocumentGraph,
  deleteDocumentStatements,
  documentStatements,
  GRAPH_FORMAT,
  insertDocumentStatements,
  MAX_FACT_N,
  MENTIONED_REGIONS,
  metaStatements,
  refreshNameKeys,
  replaceRegionStatements,
  STORE_STATS,
} from "../graph/sql/write.js";
import type { DocumentRecord, RegionRecord } from "../graph/types.js";
import { regionTable } from "./build-corpus.js";
import type { NewFact } from "./extract/extractor.js";
import { sqliteDatabase } from "./graph-file.js";
import type { RegionIndex } from "./regions.js";
import { tempPathFor } from "./write-atomic.js";

interface Copy {
  conn: Database.Database;
  db: ReturnType<typeof sqliteDatabase>;
  nextN: number;
  /** Indexes left out while a fresh file is filled, made in one pass each at commit. */
  deferred: string[];
}

/**
 * Indexes that serve only readers (facts by kind and year, award, region…; standards by key):
 * on a fresh file they are built once from the finished tables instead of updated row by row.
 * The indexes on `doc` stay, as do the names' (writing a document looks names up and deletes by document).
 */
export const readerIndex = (sql: string): boolean =>
  /^CREATE INDEX IF NOT EXISTS \w+ ON (facts|standard_refs|standard_drafting) \((?!doc\))/.test(sql);

export class GraphWriter {
  private copy: Copy | undefined;
  /** Path updates of kept documents, written with the next batch (one transaction, not one each). */
  private kept: SqlStatement[] = [];

  private constructor(
    private readonly path: string,
    private readonly tmp: string,
    /** Whether `path` holds a qkg graph of this schema to start from. */
    private readonly existing: boolean,
    /** What the graph held before: id → path, hash and extractor. */
    readonly previous: Map<string, DocumentDigestRow>,
  ) {}

  /** Starts from the graph at `path` when it is a qkg graph of this schema, else from nothing. */
  static async open(path: string): Promise<GraphWriter> {
    await mkdir(dirname(path), { recursive: true });
    const tmp = tempPathFor(path);
    const existing = existsSync(path) && (await isCurrentGraph(path));
    let previous: DocumentDigestRow[] = [];
    if (existing) {
      const conn = new Database(path, { readonly: true, fileMustExist: true });
      try {
        previous = await documentDigests(sqliteDatabase(conn));
      } finally {
        conn.close();
      }
    }
    return new GraphWriter(path, tmp, existing, new Map(previous.map((d) => [d.id, d])));
  }

  /** The private copy every change goes to, made on the first change. */
  private async target(): Promise<Copy> {
    if (this.copy) return this.copy;
    if (this.existing) await copyFile(this.path, this.tmp);
    const conn = new Database(this.tmp);
    // The copy is private until renamed: no journal is needed for safety, only for rollback.
    conn.pragma("journal_mode = MEMORY");
    conn.pragma("synchronous = OFF");
    const db = sqliteDatabase(conn);
    const deferred = this.existing ? [] : SCHEMA.filter(readerIndex);
    db.runAll([...SCHEMA.filter((sql) => !deferred.includes(sql)).map((sql) => statement(sql)), ...metaStatements()]);
    const [{ n }] = await db.all<{ n: number }>(MAX_FACT_N);
    return (this.copy = { conn, db, nextN: n + 1, deferred });
  }

  /** True when the graph already holds this document as read by this extractor. */
  unchanged(id: string, hash: string, extractor: string): boolean {
    const d = this.previous.get(id);
    return d != null && d.hash === hash && d.extractor === extractor;
  }

  /** Keeps an unchanged document, noting where it was read from this time. */
  async keep(id: string, path: string): Promise<void> {
    if (this.previous.get(id)?.path === path) return;
    this.kept.push(statement(`UPDATE documents SET path = ?2 WHERE id = ?1`, [id, path]));
    if (this.kept.length >= 1000) await this.flushKept();
  }

  private async flushKept(): Promise<void> {
    if (!this.kept.length) return;
    (await this.target()).db.runAll(this.kept);
    this.kept = [];
  }

  /** Writes a batch of documents, replacing their previous rows, in one transaction. */
  async write(docs: DocumentGraph[], extractor: string): Promise<void> {
    const copy = await this.target();
    const statements: SqlStatement[] = [];
    for (const d of docs) {
      // A document the graph cannot hold yet (a fresh file, written once per ingest) has nothing to delete.
      const rows = this.existing ? documentStatements(d, copy.nextN, extractor) : insertDocumentStatements(d, copy.nextN, extractor);
      // A loop, not push(...rows): a 50 MB document gives more rows than a call's arguments can hold.
      for (const st of rows) statements.push(st);
      copy.nextN += d.facts.length;
    }
    copy.db.runAll(statements);
  }

  /** Removes documents the graph held but this ingest did not list. */
  async remove(ids: string[]): Promise<void> {
    await this.flushKept();
    if (ids.length) (await this.target()).db.runAll(ids.flatMap(deleteDocumentStatements));
  }

  /** Facts per kind in the graph as it now stands. */
  async factCounts(): Promise<Record<string, number>> {
    const sql = `SELECT kind, count(*) AS n FROM facts GROUP BY kind`;
    let rows: { kind: string; n: number }[];
    if (this.copy) rows = await this.copy.db.all(sql);
    else {
      const conn = new Database(this.path, { readonly: true, fileMustExist: true });
      try {
        rows = await sqliteDatabase(conn).all(sql);
      } finally {
        conn.close();
      }
    }
    return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
  }

  /** Rebuilds the region table and the counts, then puts the file in place of the old graph. */
  async commit(regions: RegionIndex): Promise<void> {
    await this.flushKept();
    // Nothing changed: the graph at `path` is already the result.
    if (!this.copy) return;
    const { conn, db, deferred } = this.copy;
    db.runAll(deferred.map((sql) => statement(sql)));
    const mentioned = await db.all<{ name: string }>(MENTIONED_REGIONS);
    const table: RegionRecord[] = regionTable(
      mentioned.map((m) => ({ kind: "policy", region: m.name }) as unknown as NewFact),
      [] as DocumentRecord[],
      regions,
    );
    db.runAll([statement(DELETE_ORPHAN_NAMES), ...replaceRegionStatements(table), statement(STORE_STATS)]);
    // The lookup keys of new names, made against the final region table (graph/ask/name-keys.ts).
    await refreshNameKeys(db, table);
    // Replaced documents leave free pages behind; compact when they are a quarter of the file.
    const free = Number(conn.pragma("freelist_count", { simple: true }));
    const pages = Number(conn.pragma("page_count", { simple: true }));
    if (free * 4 > pages) conn.exec("VACUUM");
    conn.pragma("optimize");
    conn.close();
    await rename(this.tmp, this.path);
  }

  /** Drops the copy: the graph at `path` stays as it was. */
  async abort(): Promise<void> {
    if (this.copy?.conn.open) this.copy.conn.close();
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
