import type { DocumentSummary } from "../../filters.js";
import { byString } from "../../snapshot.js";
import type { SqlDatabase } from "../database.js";

// An answer shows each fact's document title, which would cost a query of its own after the facts
// (one more round trip to D1). Fact queries that feed answers read their document's summary in the
// same row (DOC_SUMMARY_COLUMN) and leave it here, so the titles that follow are known already.

/**
 * Added to a fact query over `facts AS f`: its document's summary, a column each (no JSON to parse
 * per row), from one primary-key lookup per fact row (DOC_SUMMARY_JOIN after the FROM).
 */
export const DOC_SUMMARY_COLUMN = `f.doc AS doc_id, d.title AS doc_title, d.date AS doc_date, d.region AS doc_region`;
export const DOC_SUMMARY_JOIN = `LEFT JOIN documents AS d ON d.id = f.doc`;

export interface DocSummaryRow {
  doc_id?: string;
  doc_title?: string | null;
  doc_date?: string | null;
  doc_region?: string | null;
}

/**
 * Summaries seen with recent fact queries. An entry is used for `ttlMs` only (the time a graph's
 * version is trusted, src/backend/graph-version.ts), so a graph loaded anew is not shown with the
 * titles of the one before; each fact query refreshes the entries of its own documents.
 */
export class DocumentSummaryCache {
  private readonly entries = new Map<string, { at: number; summary: DocumentSummary }>();

  constructor(
    readonly maxEntries = 2048,
    readonly ttlMs = 5_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Keeps the summaries carried by fact rows (rows without one are skipped). */
  remember(rows: DocSummaryRow[]): void {
    const at = this.now();
    let last: string | undefined;
    for (const r of rows) {
      // Rows come in document order: one entry per run of a document's facts.
      if (r.doc_id === undefined || r.doc_id === last) continue;
      last = r.doc_id;
      this.entries.delete(r.doc_id);
      this.entries.set(r.doc_id, {
        at,
        summary: { id: r.doc_id, title: r.doc_title ?? null, date: r.doc_date ?? null, region: r.doc_region ?? null },
      });
    }
    for (const id of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(id);
    }
  }

  get(id: string): DocumentSummary | undefined {
    const hit = this.entries.get(id);
    if (!hit) return undefined;
    if (this.now() - hit.at < this.ttlMs) return hit.summary;
    this.entries.delete(id);
    return undefined;
  }
}

export const DOCUMENT_SUMMARIES = `SELECT id, title, date, region FROM documents
  WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY id`;

export interface DocumentSummariesParams {
  ids: string[];
}
export type DocumentSummaryRow = DocumentSummary;

/** Documents by id, in id order: those the cache holds without a query, the others with one. */
export async function documentSummaries(
  db: SqlDatabase,
  q: DocumentSummariesParams,
  cache?: DocumentSummaryCache,
): Promise<DocumentSummary[]> {
  const known = cache ? q.ids.map((id) => cache.get(id)).filter((d): d is DocumentSummary => d != null) : [];
  const have = new Set(known.map((d) => d.id));
  const missing = q.ids.filter((id) => !have.has(id));
  const read = missing.length ? await db.all<DocumentSummaryRow>(DOCUMENT_SUMMARIES, [JSON.stringify(missing)]) : [];
  return [...known, ...read].sort(byString((d) => d.id));
}
