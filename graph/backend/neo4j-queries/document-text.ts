import type { DocumentText } from "../../filters.js";
import { compareFacts } from "../../queries.js";
import { factFromProps } from "./fact-props.js";
import type { RunQuery } from "./run-query.js";

// One document with its text (the Document node's `text`, graph/build-graph.ts) and the facts it states.
export const DOCUMENT_TEXT = `
MATCH (d:Document {name: $id})
RETURN d.name AS id, d.title AS title, d.date AS date, d.region AS region, d.text AS text`;

export const FACTS_IN_DOCUMENT = `
MATCH (f:Fact {doc: $id})
RETURN properties(f) AS props`;

export interface DocumentTextParams {
  id: string;
}

export interface DocumentTextRow {
  id: string;
  title: string | null;
  date: string | null;
  region: string | null;
  text: string | null;
}

export async function documentText(run: RunQuery, id: string): Promise<DocumentText | null> {
  const params = { id } satisfies DocumentTextParams;
  const [rows, facts] = await Promise.all([
    run<DocumentTextRow>(DOCUMENT_TEXT, params),
    run<{ props: Record<string, unknown> }>(FACTS_IN_DOCUMENT, params),
  ]);
  const d = rows[0];
  if (!d) return null;
  return {
    id: d.id,
    title: d.title ?? null,
    date: d.date ?? null,
    region: d.region ?? null,
    // A graph loaded before Document nodes carried their text has none: offsets then point nowhere.
    text: d.text ?? "",
    // Sorted with the snapshot's comparator: Cypher's string order is not JavaScript's.
    facts: facts.map((r) => factFromProps(r.props)).sort(compareFacts),
  };
}

export const TEXT_ONLY = `
MATCH (d:Document {name: $id})
RETURN d.text AS text`;

/** One document's text alone (null when there is no such document): the sub-list reader needs no facts. */
export async function textOnly(run: RunQuery, id: string): Promise<string | null> {
  const [row] = await run<{ text: string | null }>(TEXT_ONLY, { id } satisfies DocumentTextParams);
  return row ? (row.text ?? "") : null;
}
