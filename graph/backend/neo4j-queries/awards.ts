import { compareFacts } from "../../queries.js";
import type { DocumentSummaryCache } from "../../sql/queries/document-summaries.js";
import type { AwardFact } from "../../types.js";
import type { AwardFilter, AwardTime, Page } from "../backend.js";
import { type DocumentSummaryRow, summaryRow } from "./documents.js";
import { FACT_PROPS, type PageParams, pageParams } from "./fact-order.js";
import { factFromProps } from "./fact-props.js";
import { keyNodeId } from "./name-keys.js";
import type { RunQuery } from "./run-query.js";

// Only the filters given become conditions (as in SQL, graph/sql/queries/awards.ts): each statement
// is planned once by Neo4j, and a statement with every filter optional (`$x IS NULL OR …`) took two
// to three times as long to plan as one with only its own, which is most of a route's first answer.
// Same semantics as matchesAwardFilter (graph/queries.ts): a null year never satisfies a year bound,
// a null region is in no list, and an empty list matches nothing. The page is Cypher's too: facts
// after the cursor's sort key (fact-order.ts), in that key's order, at most $limit of them.
// With an award or a recipient named, the facts are found from its node instead of by a walk along
// every award fact in sort-key order: build-graph links every award fact to the node of its own
// award name (`award:<name>`, OF_AWARD) and from its recipient's node (RECEIVED; `organization:<name>`
// and the like, a person `person:<name>` or `person:<name>@<affiliation>`), each a seek on the
// nodeId constraint. The award and recipient conditions stay in the WHERE: every form selects the
// same facts.
type Anchor = "none" | "award" | "recipient";
const ANCHOR: Record<Anchor, string> = {
  none: "MATCH (f:AwardFact)",
  award: "MATCH (:Award {nodeId: 'award:' + $award})<-[:OF_AWARD]-(f:AwardFact)",
  recipient: `CALL {
  MATCH (r:Organization {nodeId: 'organization:' + $recipient}) RETURN r
  UNION MATCH (r:Project {nodeId: 'project:' + $recipient}) RETURN r
  UNION MATCH (r:Brand {nodeId: 'brand:' + $recipient}) RETURN r
  UNION MATCH (r:Region {nodeId: 'region:' + $recipient}) RETURN r
  UNION MATCH (r:Person {nodeId: 'person:' + $recipient}) RETURN r
  UNION MATCH (r:Person) WHERE r.nodeId STARTS WITH 'person:' + $recipient + '@' RETURN r
}
MATCH (r)-[:RECEIVED]->(f:AwardFact)`,
};

// Found from an award's or a recipient's node, a list is as long as that node's facts, and they are
// sorted: the sort key is compared as an expression (`f.sortKey + ''`), which no index serves. With
// the plain property the planner prefers the sort-key index to the sort and walks every award fact
// in key order, keeping the few of that award (17,525 rows read for 67 at 10,000 documents).
const sortKeyOf = (anchor: Anchor) => (anchor === "none" ? "f.sortKey" : "(f.sortKey + '')");

const CONDITIONS: { [K in keyof Required<AwardFilter>]: string } = {
  year: "f.year = $year",
  yearFrom: "f.year >= $yearFrom",
  yearTo: "f.year <= $yearTo",
  award: "f.award = $award",
  level: "f.level = $level",
  tier: "f.tier = $tier",
  recipient: "f.recipient = $recipient",
  recipientType: "f.recipient_type = $recipientType",
  edition: "f.edition = $edition",
  awardRegions: "f.region IN $awardRegions",
  recipientRegions: "f.recipient_region IN $recipientRegions",
};
const FILTERS = Object.keys(CONDITIONS) as (keyof AwardFilter)[];

/** The statement for the filters given (`filters`, in CONDITIONS order). */
export function awardsStatement(filters: (keyof AwardFilter)[], paged: boolean): string {
  const anchor: Anchor = filters.includes("award") ? "award" : filters.includes("recipient") ? "recipient" : "none";
  const sortKey = sortKeyOf(anchor);
  return `
${ANCHOR[anchor]}
WHERE ${[`${sortKey} > $after`, ...filters.map((k) => CONDITIONS[k])].join("\n  AND ")}
WITH f ORDER BY ${sortKey}${paged ? "\nLIMIT toInteger($limit)" : ""}
OPTIONAL MATCH (d:Document {name: f.doc})
RETURN ${FACT_PROPS} AS props, d {id: d.name, .title, .date, .region} AS doc`;
}

const statements = new Map<string, string>();

/** The statement for a filter and whether it pages, made once per combination. */
function statementFor(q: AwardFilter, paged: boolean): string {
  const filters = FILTERS.filter((k) => q[k] != null);
  const key = `${filters.join(",")}|${paged}`;
  let statement = statements.get(key);
  if (!statement) statements.set(key, (statement = awardsStatement(filters, paged)));
  return statement;
}

export type AwardsParams = PageParams & Partial<Record<keyof AwardFilter, unknown>>;

/** The parameters of a statement: the page's and those of the filters given. */
export function awardsParams(q: AwardFilter, page?: Page): AwardsParams {
  const params: AwardsParams = { ...pageParams(page) };
  for (const k of FILTERS) if (q[k] != null) params[k] = q[k];
  return params;
}

export interface AwardsRow {
  props: Record<string, unknown>;
  /** The fact's document's summary (null when there is no such node): the titles an answer shows. */
  doc: DocumentSummaryRow | null;
}

/** Award facts; with `docs`, their documents' summaries are left there for the titles an answer shows. */
export async function awards(run: RunQuery, q: AwardFilter, page?: Page, docs?: DocumentSummaryCache): Promise<AwardFact[]> {
  const statement = statementFor(q, page != null);
  const rows = await run<AwardsRow>(statement, { ...awardsParams(q, page) });
  docs?.remember(rows.flatMap(({ doc }) => (doc ? [summaryRow(doc)] : [])));
  // Already in order; sorting again with the snapshot's own comparator costs nothing and keeps the
  // order exact should a fact ever lack its key.
  return rows.map((r) => factFromProps(r.props) as AwardFact).sort(compareFacts);
}

// The award a question most likely names and its facts of one year or edition, read beside the
// lookup of the question's words (Backend.awardsOfLongestName; the SQL twin is in
// graph/sql/queries/awards.ts). An entry under a key is JSON of [how, kind, canonical, tier]
// (name-keys.ts); an award's `name` entry is read by its written form. Should a canonical name need
// JSON escapes, the name read here is not the award's and the guess holds nothing that is asked.
const AWARD_NAME_ENTRY = '["name","award","';

const awardsOfLongestNameStatement = (field: AwardTime["field"]) => `
UNWIND $ids AS id
MATCH (n:QkgNameKey {nodeId: id})
UNWIND n.entries AS e
WITH n.key AS key, e WHERE e STARTS WITH '${AWARD_NAME_ENTRY}'
WITH collect({len: size(key), award: split(substring(e, ${AWARD_NAME_ENTRY.length}), '","')[0]}) AS hits
WITH [h IN hits WHERE h.len = reduce(m = 0, x IN hits | CASE WHEN x.len > m THEN x.len ELSE m END) | h.award] AS best
UNWIND best AS award
WITH DISTINCT best, award
MATCH (:Award {nodeId: 'award:' + award})<-[:OF_AWARD]-(f:AwardFact)
WHERE f.award = award AND f.${field} = $value
WITH best, f ORDER BY (f.sortKey + '')
LIMIT toInteger($limit)
OPTIONAL MATCH (d:Document {name: f.doc})
RETURN best, ${FACT_PROPS} AS props, d {id: d.name, .title, .date, .region} AS doc`;

export const AWARDS_OF_LONGEST_NAME = { year: awardsOfLongestNameStatement("year"), edition: awardsOfLongestNameStatement("edition") };

/**
 * The awards the longest of `surfaces` names and their facts of one year or edition, in fact
 * order; null past the limit. With no fact, no award is reported either (nothing is held).
 */
export async function awardsOfLongestName(
  run: RunQuery,
  surfaces: string[],
  when: AwardTime,
  limit: number,
  docs?: DocumentSummaryCache,
): Promise<{ awards: string[]; facts: AwardFact[] } | null> {
  if (!surfaces.length) return { awards: [], facts: [] };
  const ids = [...new Set(surfaces.map((k) => keyNodeId("surface", k)))];
  const rows = await run<AwardsRow & { best: string[] }>(AWARDS_OF_LONGEST_NAME[when.field], { ids, value: when.value, limit: limit + 1 });
  if (rows.length > limit) return null;
  docs?.remember(rows.flatMap(({ doc }) => (doc ? [summaryRow(doc)] : [])));
  return { awards: rows[0]?.best ?? [], facts: rows.map((r) => factFromProps(r.props) as AwardFact).sort(compareFacts) };
}
