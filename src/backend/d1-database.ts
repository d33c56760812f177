import type { SqlDatabase } from "../../graph/sql/database.js";

/** The SqlDatabase interface over a Cloudflare D1 binding; a batch is one implicit transaction. */
export function d1Database(d1: D1Database): SqlDatabase {
  return {
    async all<Row>(sql: string, params: (string | number | null)[] = []) {
      const r = await d1
        .prepare(sql)
        .bind(...params)
        .all<Row>();
      return r.results;
    },
    async batch(statements) {
      if (statements.length) await d1.batch(statements.map((s) => d1.prepare(s.sql).bind(...s.params)));
    },
  };
}
