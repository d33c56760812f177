// The fact order of compareFacts (graph/queries.ts: document, first evidence offset, fact id) as one
// string that Neo4j orders the same way, so that ORDER BY, the cursor's WHERE and LIMIT run in
// Cypher on an index. Cypher compares strings by code point and JavaScript by UTF-16 code unit: a
// document named with an astral character (say a rare CJK extension ideograph, U+20000 and up) sorts
// differently in the two. Writing each code unit as four hex digits makes both orders one: hex
// digits compare the same everywhere, and a space (below every digit) ends the document name, so
// "a.txt" sorts before "a.txt2" as in JavaScript. The offset is zero-padded to a fixed width.
import type { FactCursor } from "../../filters.js";

const hexUnits = (s: string) => {
  let out = "";
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16).padStart(4, "0");
  return out;
};

/** Offsets up to 10^12 characters: far beyond any document qkg reads. */
const START_WIDTH = 12;

export function factSortKey(doc: string, start: number, id: string): string {
  return `${hexUnits(doc)} ${String(Math.max(0, Math.floor(start))).padStart(START_WIDTH, "0")}${hexUnits(id)}`;
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
