import { byString } from "../../snapshot.js";
import type { DocSummaryRow, DocumentSummaryCache } from "../../sql/queries/document-summaries.js";
import type { DocumentSummary } from "../backend.js";
import type { RunQuery } from "./run-query.js";

export const DOCUMENTS = `
MATCH (d:Document)
WHERE d.name IN $ids
RETURN d.name AS id, d.title AS title, d.date AS date, d.region AS region`;

export interface DocumentsParams {
  ids: string[];
}

export type DocumentsRow = DocumentSummary;
/** A document's summary as fact queries return it beside a fact (awards.ts): absent fields for none. */
export type DocumentSummaryRow = { id: string } & Partial<Omit<DocumentSummary, "id">>;

const summaryOf = (r: DocumentSummaryRow): DocumentSummary => ({
  id: r.id,
  title: r.title ?? null,
  date: r.date ?? null,
  region: r.region ?? null,
});

/** A summary in the shape the summary cache keeps (graph/sql/queries/document-summaries.ts). */
export const summaryRow = (r: DocumentSummaryRow): DocSummaryRow => {
  const d = summaryOf(r);
  return { doc_id: d.id, doc_title: d.title, doc_date: d.date, doc_region: d.region };
};

/** Documents by id, in id order: those the cache holds (left there by fact queries) without a query. */
export async function documents(run: RunQuery, ids: string[], cache?: DocumentSummaryCache): Promise<DocumentSummary[]> {
  const known = cache ? ids.map((id) => cache.get(id)).filter((d): d is DocumentSummary => d != null) : [];
  const have = new Set(known.map((d) => d.id));
  const missing = ids.filter((id) => !have.has(id));
  const rows = missing.length ? await run<DocumentsRow>(DOCUMENTS, { ids: missing } satisfies DocumentsParams) : [];
  // The snapshot lists documents by id (createSnapshot's order); JavaScript's string order, not Cypher's.
  return [...known, ...rows.map(summaryOf)].sort(byString((d) => d.id));
}
