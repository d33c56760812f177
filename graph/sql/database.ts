// The one small interface every SQL query and write goes through, so that the same SQL runs on
// Cloudflare D1 in the worker and on SQLite (better-sqlite3) in the CLI. Parameters are numbered
// (`?1`, `?2`…), the only placeholder style both engines accept.

export type SqlValue = string | number | null;

export interface SqlStatement {
  sql: string;
  params: SqlValue[];
}

export interface SqlDatabase {
  /** The rows of one query. */
  all<Row>(sql: string, params?: SqlValue[]): Promise<Row[]>;
  /** Runs the statements in order, all or none (one transaction). */
  batch(statements: SqlStatement[]): Promise<void>;
}

export const statement = (sql: string, params: SqlValue[] = []): SqlStatement => ({ sql, params });

/** One condition of a WHERE clause, written with `?` for each of its parameters, in order. */
export type Condition = [sql: string, ...params: SqlValue[]];

/**
 * Joins conditions into one WHERE clause with numbered parameters, so a query only filters on
 * what was asked and SQLite can pick the index for it
 * (`year = ?` and `award = ?` → `WHERE f.year = ?1 AND f.award = ?2`).
 */
export function whereClause(conditions: Condition[], first = 1): { sql: string; params: SqlValue[] } {
  let n = first;
  const parts = conditions.map(([sql]) => sql.replace(/\?/g, () => `?${n++}`));
  return { sql: parts.length ? `WHERE ${parts.join(" AND ")}` : "", params: conditions.flatMap(([, ...v]) => v) };
}
