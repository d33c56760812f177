// The fact order of compareFacts (graph/queries.ts: document, first evidence offset, fact id) as one
// string that Neo4j orders the same way, so that ORDER BY, the cursor's WHERE and LIMIT run in
// Cypher on an index. Cypher compares strings by code point and JavaScript by UTF-16 code unit: a
// document named with an astral character (say a rare CJK extension ideograph, U+20000 and up, a
// surrogate pair in JavaScript) sorts differently in the two. So every code unit is written as one
// character whose code point order is its code unit order: most as themselves; from U+D7FF up
// (surrogates, and the private-use and compatibility characters above them) as U+D7FF and four hex
// digits; U+0000 to U+0002 as U+0002 and a digit. U+0001, below everything written, ends the document
// name, so "a.txt" sorts before "a.txt2" as in JavaScript. The offset is zero-padded to a fixed width.
// A key is about as long as the document name and fact id themselves (the loader stores and indexes
// one per fact; hex for every code unit made it three to four times longer).

import type { FactCursor } from "../../filters.js";

const HIGH = 0xd7ff;
const END = "\u0001";

const orderedUnits = (s: string) => {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= HIGH) out += `\ud7ff${c.toString(16).padStart(4, "0")}`;
    else if (c <= 2) out += `\u0002${c}`;
    else out += s[i];
  }
  return out;
};

/** Offsets up to 10^12 characters: far beyond any document qkg reads. */
const START_WIDTH = 12;

export function factSortKey(doc: string, start: number, id: string): string {
  return `${orderedUnits(doc)}${END}${String(Math.max(0, Math.floor(start))).padStart(START_WIDTH, "0")}${orderedUnits(id)}`;
}

/** The key of the last fact of the previous page; "" (before every key) for the first page. */
export function cursorKey(after: FactCursor | undefined): string {
  return after ? factSortKey(after.doc, after.start, after.id) : "";
}

/** The sort key of a fact node's props as build-graph writes them (evidence as JSON). */
export function factNodeSortKey(props: { doc?: unknown; id?: unknown; evidence?: unknown }): string {
  const evidence = typeof props.evidence === "string" ? (JSON.parse(props.evidence) as { start?: number }[]) : [];
  return factSortKey(String(props.doc), evidence[0]?.start ?? 0, String(props.id));
}

/** The paging clauses every fact list ends with; without a page the whole list, still in order. */
export const orderAndLimit = (paged: boolean) => `ORDER BY f.sortKey${paged ? "\nLIMIT toInteger($limit)" : ""}`;

/**
 * A fact node's properties as a fact is rebuilt from them (fact-props.ts): all but the sort key
 * (140–250 bytes a fact, and more as typed JSON) and the node id, which no fact has.
 */
export const FACT_PROPS = "f {.*, sortKey: null, nodeId: null}";

export interface PageParams {
  after: string;
  limit: number | null;
}

export function pageParams(page: { limit: number; after?: FactCursor } | undefined): PageParams {
  return { after: cursorKey(page?.after), limit: page ? Math.max(0, Math.floor(page.limit)) : null };
}
