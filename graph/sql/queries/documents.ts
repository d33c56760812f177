import { byString } from "../../snapshot.js";
import type { DocumentRecord } from "../../types.js";
import type { SqlDatabase } from "../database.js";

// Whole document records, for reading a graph back; summaries by id are in document-summaries.ts.
export { DOCUMENT_SUMMARIES, type DocumentSummariesParams, type DocumentSummaryRow, documentSummaries } from "./document-summaries.js";

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
