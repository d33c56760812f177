import { byString } from "../../snapshot.js";
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

export async function documents(run: RunQuery, ids: string[]): Promise<DocumentSummary[]> {
  if (!ids.length) return [];
  const rows = await run<DocumentsRow>(DOCUMENTS, { ids } satisfies DocumentsParams);
  // The snapshot lists documents by id (createSnapshot's order); JavaScript's string order, not Cypher's.
  return rows
    .map((r) => ({ id: r.id, title: r.title ?? null, date: r.date ?? null, region: r.region ?? null }))
    .sort(byString((d) => d.id));
}
