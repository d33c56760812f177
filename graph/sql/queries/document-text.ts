import type { SqlDatabase } from "../database.js";

// One document's text, by its primary key: for reading what the facts do not record (the heading
// a recipient stands under).
export const DOCUMENT_TEXT = `SELECT text FROM documents WHERE id = ?1`;

export interface DocumentTextParams {
  id: string;
}

export async function documentText(db: SqlDatabase, q: DocumentTextParams): Promise<string | null> {
  return (await db.all<{ text: string }>(DOCUMENT_TEXT, [q.id]))[0]?.text ?? null;
}
