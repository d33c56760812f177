// A graph's tables as statements that recreate them elsewhere: for `wrangler d1 execute --file`
// (SQL text) and for the workerd tests' D1 (statements with parameters, run as one batch).
import { stableHash } from "../ids.js";
import { type SqlDatabase, type SqlStatement, type SqlValue, statement } from "./database.js";
import { DROP_ALL, SCHEMA, TABLES } from "./schema.js";
import { STORE_STATS } from "./write.js";

/** Characters of one value written inline; longer texts are appended in pieces of this size. */
const MAX_INLINE = 20_000;

/**
 * The meta key of the loaded graph's version: a hash of every document's id, content hash and
 * extractor, written by the dump so that the worker reads its graph's version (for ETags,
 * src/backend/graph-version.ts) as one row instead of listing every document.
 */
export const DUMPED_VERSION = "dumped_version";

/** Drops whatever graph the target holds, creates the schema, and inserts every row. */
export async function dumpStatements(db: SqlDatabase): Promise<SqlStatement[]> {
  const out: SqlStatement[] = [...DROP_ALL, ...SCHEMA].map((sql) => statement(sql));
  let version = "";
  for (const table of TABLES) {
    // name_sources has no rowid (WITHOUT ROWID): its key orders it.
    const order = table === "name_sources" ? "doc, name" : "rowid";
    const rows = await db.all<Record<string, SqlValue>>(`SELECT * FROM ${table} ORDER BY ${order}`);
    if (table === "documents") version = stableHash(rows.map((d) => `${d.id}:${d.hash}:${d.extractor ?? ""}`).join(","));
    for (const row of rows) {
      const columns = Object.keys(row);
      const values = columns.map((c) => row[c] ?? null);
      // D1 refuses a statement over 100 KB: a long text goes in first empty, then in pieces.
      const long = columns.filter((c) => typeof row[c] === "string" && (row[c] as string).length > MAX_INLINE);
      out.push(
        statement(
          `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((_, i) => `?${i + 1}`).join(", ")})`,
          values.map((v, i) => (long.includes(columns[i]!) ? "" : v)),
        ),
      );
      for (const c of long) {
        const text = row[c] as string;
        for (let at = 0; at < text.length; at += MAX_INLINE) {
          // The row just inserted: UPDATE leaves last_insert_rowid() as it was.
          out.push(
            statement(`UPDATE ${table} SET "${c}" = "${c}" || ?1 WHERE rowid = last_insert_rowid()`, [text.slice(at, at + MAX_INLINE)]),
          );
        }
      }
    }
  }
  out.push(statement(STORE_STATS));
  out.push(statement(`INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)`, [DUMPED_VERSION, version]));
  return out;
}

/** A value as an SQL literal ('it''s', 12.5, NULL). */
export function sqlLiteral(v: SqlValue): string {
  if (v == null) return "NULL";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "NULL";
  return `'${v.replace(/'/g, "''")}'`;
}

/** One statement as SQL text with its parameters written in. */
export function renderStatement(s: SqlStatement): string {
  return `${s.sql.replace(/\?(\d+)/g, (_, n: string) => sqlLiteral(s.params[Number(n) - 1] ?? null)).replace(/\s+$/, "")};`;
}

/**
 * The statements as an SQL file for `wrangler d1 execute --file`: consecutive inserts into one
 * table are joined into multi-row inserts of up to `maxBytes` (D1 refuses statements over 100 KB),
 * so a large graph loads in far fewer statements.
 */
export function renderSqlFile(statements: SqlStatement[], maxBytes = 60_000): string {
  const out: string[] = [];
  let head = "";
  let rows: string[] = [];
  let size = 0;
  const flush = () => {
    if (rows.length) out.push(`${head} VALUES ${rows.join(",\n")};`);
    rows = [];
    size = 0;
  };
  for (const s of statements) {
    const m = /^(INSERT INTO \w+ \([^)]*\)) VALUES \((\?\d+(?:, \?\d+)*)\)$/.exec(s.sql);
    if (!m) {
      flush();
      out.push(renderStatement(s));
      continue;
    }
    const tuple = `(${s.params.map(sqlLiteral).join(", ")})`;
    const bytes = new TextEncoder().encode(tuple).length;
    if (m[1] !== head || size + bytes > maxBytes) flush();
    head = m[1]!;
    rows.push(tuple);
    size += bytes;
  }
  flush();
  return `${out.join("\n")}\n`;
}
