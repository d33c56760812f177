// The worker's D1 binding in Node tests: a D1Database double over a graph file (better-sqlite3),
// implementing the calls d1Database (src/backend/d1-database.ts) makes, so the app runs in Node
// with exactly the SQL it runs on D1.
import Database from "better-sqlite3";
import type { Env } from "../src/env.js";

const named = (params: unknown[]) => Object.fromEntries(params.map((v, i) => [i + 1, v]));

export function d1FromGraphFile(path: string): D1Database {
  const db = new Database(path, { readonly: true });
  const bound = (sql: string, params: unknown[]) => ({
    all: async () => {
      const st = db.prepare(sql);
      return { results: params.length ? st.all(named(params)) : st.all(), success: true, meta: {} };
    },
  });
  return {
    prepare: (sql: string) => ({
      sql,
      params: [],
      ...bound(sql, []),
      bind: (...params: unknown[]) => ({ sql, params, ...bound(sql, params) }),
    }),
    // The app sends reads issued together as one batch (src/backend/d1-database.ts); writes are refused.
    batch: async (statements: { sql: string; params: unknown[] }[]) => {
      if (statements.some((s) => !db.prepare(s.sql).reader)) throw new Error("the graph file is read-only in tests");
      return Promise.all(statements.map((s) => bound(s.sql, s.params).all()));
    },
  } as unknown as D1Database;
}

/** Worker bindings serving a graph file through the SQL backend. */
export function graphEnv(path: string, more: Partial<Env> = {}): Env {
  const assets = { fetch: async () => new Response("not found", { status: 404 }) } as unknown as Fetcher;
  return { ASSETS: assets, DB: d1FromGraphFile(path), QKG_BACKEND: "d1", CORS_ORIGINS: "*", ...more };
}
