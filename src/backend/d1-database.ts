import type { SqlDatabase, SqlValue } from "../../graph/sql/database.js";
import { metered } from "./d1-meter.js";

/** How many microtasks a read waits for others to join it before it is sent. */
const JOIN_MICROTASKS = 4;

interface Pending {
  sql: string;
  params: SqlValue[];
  resolve(rows: unknown[]): void;
  reject(e: unknown): void;
}

/**
 * The SqlDatabase interface over a Cloudflare D1 binding; a batch is one implicit transaction.
 * Every call to D1 is a round trip (counted for Server-Timing, src/backend/d1-meter.ts), so reads
 * issued together are sent together: the queries a request starts side by side (Promise.all of a
 * name lookup and an award list) go to D1 as one batch, one round trip instead of several.
 */
export function d1Database(d1: D1Database): SqlDatabase {
  const prepared = (sql: string, params: SqlValue[]) => d1.prepare(sql).bind(...params);
  let queue: Pending[] = [];

  async function flush(): Promise<void> {
    const sent = queue;
    queue = [];
    try {
      if (sent.length === 1) {
        const [one] = sent;
        one!.resolve((await metered(() => prepared(one!.sql, one!.params).all())).results);
        return;
      }
      const results = await metered(() => d1.batch(sent.map((p) => prepared(p.sql, p.params))));
      sent.forEach((p, i) => p.resolve(results[i]?.results ?? []));
    } catch (e) {
      for (const p of sent) p.reject(e);
    }
  }

  async function sendSoon(): Promise<void> {
    for (let i = 0; i < JOIN_MICROTASKS; i++) await null;
    await flush();
  }

  return {
    all<Row>(sql: string, params: SqlValue[] = []) {
      return new Promise<Row[]>((resolve, reject) => {
        // The first read schedules the send a few microtasks on: the reads issued meanwhile (a
        // Promise.all of lookups, each a few awaits deep) join it. Not a timer: under load a
        // timer's turn of the event loop cost more than the round trip it saved.
        if (!queue.length) void sendSoon();
        queue.push({ sql, params, resolve: resolve as (rows: unknown[]) => void, reject });
      });
    },
    async batch(statements) {
      if (statements.length) await metered(() => d1.batch(statements.map((s) => prepared(s.sql, s.params))));
    },
  };
}
