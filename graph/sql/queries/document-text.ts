import type { DocumentText } from "../../filters.js";
import { compareFacts } from "../../queries.js";
import type { SqlDatabase } from "../database.js";
import { FACT_COLUMNS, FACT_ORDER, type FactRow, factFromRow } from "./fact-rows.js";

// One document's text, by its primary key: for reading what the facts do not record (the heading
// a recipient stands under).
export const DOCUMENT_TEXT = `SELECT text FROM documents WHERE id = ?1`;
// One document with its text and every fact it states: what "open the source" shows, with the
// evidence offsets pointing into that text.
export const DOCUMENT = `SELECT id, title, date, region, text FROM documents WHERE id = ?1`;
export const FACTS_IN_DOCUMENT = `SELECT ${FACT_COLUMNS} FROM facts AS f WHERE f.doc = ?1 ${FACT_ORDER}`;

export interface DocumentTextParams {
  id: string;
}

export async function documentText(db: SqlDatabase, q: DocumentTextParams): Promise<string | null> {
  return (await db.all<{ text: string }>(DOCUMENT_TEXT, [q.id]))[0]?.text ?? null;
}

export type DocumentRow = Omit<DocumentText, "facts">;

export async function documentWithFacts(db: SqlDatabase, q: DocumentTextParams): Promise<DocumentText | null> {
  const [rows, facts] = await Promise.all([db.all<DocumentRow>(DOCUMENT, [q.id]), db.all<FactRow>(FACTS_IN_DOCUMENT, [q.id])]);
  const doc = rows[0];
  if (!doc) return null;
  return {
    id: doc.id,
    title: doc.title,
    date: doc.date,
    region: doc.region,
    text: doc.text,
    facts: facts.map((r) => factFromRow(r)).sort(compareFacts),
  };
}
