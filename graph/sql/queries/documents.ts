import type { DocumentSummary } from "../../filters.js";
import { byString } from "../../snapshot.js";
import type { DocumentRecord } from "../../types.js";
import type { SqlDatabase } from "../database.js";

// Documents by id: summaries for evidence titles, whole records for reading a graph back.
export const DOCUMENT_SUMMARIES = `SELECT id, title, date, region FROM documents
  WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY id`;

export interface DocumentSummariesParams {
  ids: string[];
}
export type DocumentSummaryRow = DocumentSummary;

export async function documentSummaries(db: SqlDatabase, q: DocumentSummariesParams): Promise<DocumentSummary[]> {
  const rows = await db.all<DocumentSummaryRow>(DOCUMENT_SUMMARIES, [JSON.stringify(q.ids)]);
  return rows.sort(byString((d) => d.id));
}

export const ALL_DOCUMENTS = `SELECT id, path, title, date, region, hash, encoding, text FROM documents ORDER BY id`;
export type DocumentRow = DocumentRecord;

export async function allDocuments(db: SqlDatabase): Promise<DocumentRecord[]> {
  return (await db.all<DocumentRow>(ALL_DOCUMENTS)).sort(byString((d) => d.id));
}

/** What incremental ingest compares: each document's hash and the extractor that read it. */
export const DOCUMENT_DIGESTS = `SELECT id, path, hash, extractor FROM documents`;
export interface DocumentDigestRow {
  id: string;
  path: string;
  hash: string;
  extractor: string | null;
}

export const documentDigests = (db: SqlDatabase) => db.all<DocumentDigestRow>(DOCUMENT_DIGESTS);
