// A graph file is a SQLite database (whatever its name ends in) with the tables of
// graph/sql/schema.ts, read and written through better-sqlite3 behind the SqlDatabase interface,
// so that the CLI runs exactly the SQL the worker runs on D1.
import { existsSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { SqlDatabase, SqlStatement, SqlValue } from "../graph/sql/database.js";
import { graphMeta } from "../graph/sql/queries/stats.js";
import { readGraphTables, snapshotFromTables } from "../graph/sql/read.js";
import { SCHEMA_VERSION } from "../graph/sql/schema.js";
import { GRAPH_FORMAT, type GraphTables, graphStatements } from "../graph/sql/write.js";
import type { Snapshot } from "../graph/types.js";
import { CliError } from "./cli-error.js";
import { tempPathFor } from "./write-atomic.js";

export const DEFAULT_GRAPH = ".qkg/graph.sqlite";

/** Numbered parameters (`?1`) are bound by name in better-sqlite3: { 1: v1, 2: v2 }. */
const named = (params: SqlValue[]) => Object.fromEntries(params.map((v, i) => [i + 1, v]));

/**
 * SQL whose numbered parameters are ?1, ?2, … ?n, each once and in that order (every INSERT the
 * writer runs), as the same SQL with plain `?`: bound from the array as it is, no object per row.
 * Null for any other SQL (`?1` used twice, out of order, or inside a string literal).
 */
export function positionalSql(sql: string): string | null {
  if (/'/.test(sql)) return null;
  let next = 1;
  for (const m of sql.matchAll(/\?(\d*)/g)) if (m[1] !== String(next++)) return null;
  return sql.replace(/\?\d+/g, "?");
}

/** The SqlDatabase interface over a better-sqlite3 connection, with prepared statements reused. */
export function sqliteDatabase(db: Database.Database): SqlDatabase & { runAll(statements: SqlStatement[]): void } {
  const prepared = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let s = prepared.get(sql);
    if (!s) prepared.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const positional = new Map<string, Database.Statement | null>();
  const exec = (s: SqlStatement) => {
    let plain = positional.get(s.sql);
    if (plain === undefined) {
      const sql = positionalSql(s.sql);
      positional.set(s.sql, (plain = sql == null ? null : db.prepare(sql)));
    }
    if (plain) plain.run(s.params);
    else if (s.params.length) prepare(s.sql).run(named(s.params));
    else prepare(s.sql).run();
  };
  const runAll = db.transaction((statements: SqlStatement[]) => statements.forEach(exec));
  return {
    async all<Row>(sql: string, params: SqlValue[] = []) {
      const st = prepare(sql);
      return (params.length ? st.all(named(params)) : st.all()) as Row[];
    },
    async batch(statements) {
      runAll(statements);
    },
    runAll,
  };
}

export interface GraphFile {
  db: SqlDatabase;
  close(): void;
}

/** Opens an existing graph file read-only, saying what to do when there is none or it is not one. */
export async function openGraphFile(path = DEFAULT_GRAPH): Promise<GraphFile> {
  if (!existsSync(path)) throw new CliError("no_graph", `no graph at ${path}: run \`qkg ingest <files…> --graph ${path}\` first`);
  let conn: Database.Database;
  try {
    conn = new Database(path, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new CliError("graph_unreadable", `cannot open ${path}: ${(e as Error).message}`);
  }
  const db = sqliteDatabase(conn);
  let meta: Map<string, string>;
  try {
    meta = new Map((await graphMeta(db)).map((r) => [r.key, r.value]));
  } catch {
    conn.close();
    throw new CliError(
      "graph_invalid",
      `${path} is not a qkg graph (a SQLite database written by \`qkg ingest\`); ingest again to make one`,
    );
  }
  if (meta.get("format") !== GRAPH_FORMAT) {
    conn.close();
    throw new CliError("graph_invalid", `${path} is not a qkg graph; ingest again to make one`);
  }
  if (meta.get("version") !== String(SCHEMA_VERSION)) {
    conn.close();
    throw new CliError(
      "graph_version",
      `${path} has graph schema version ${meta.get("version")}, this qkg reads ${SCHEMA_VERSION}; ingest again`,
    );
  }
  return { db, close: () => conn.close() };
}

/** Writes a whole graph to `path`, all or nothing: a new database beside it, then a rename. */
export async function writeGraphFile(path: string, tables: GraphTables, extractor: string | null = null): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = tempPathFor(path);
  try {
    const conn = new Database(tmp);
    try {
      // A fresh file renamed into place only when complete: no journal needed for safety.
      conn.pragma("journal_mode = OFF");
      conn.pragma("synchronous = OFF");
      sqliteDatabase(conn).runAll(graphStatements(tables, extractor));
      conn.pragma("optimize");
    } finally {
      conn.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** The whole graph of a file as a snapshot in memory (Neo4j loading, tests). */
export async function readGraphFile(path = DEFAULT_GRAPH): Promise<Snapshot> {
  const file = await openGraphFile(path);
  try {
    return snapshotFromTables(await readGraphTables(file.db));
  } finally {
    file.close();
  }
}
