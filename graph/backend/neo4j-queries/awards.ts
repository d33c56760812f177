import { compareFacts } from "../../queries.js";
import type { DocumentSummaryCache } from "../../sql/queries/document-summaries.js";
import type { AwardFact } from "../../types.js";
import type { AwardFilter, Page } from "../backend.js";
import { type DocumentSummaryRow, summaryRow } from "./documents.js";
import { FACT_PROPS, type PageParams, pageParams } from "./fact-order.js";
import { factFromProps } from "./fact-props.js";
import type { RunQuery } from "./run-query.js";

// Every filter is a parameter; an absent one is null and its condition holds. Same semantics as
// matchesAwardFilter (graph/queries.ts): a null year never satisfies a year bound, a null region is
// in no list, and an empty list matches nothing. The page is Cypher's too: facts after the
// cursor's sort key (fact-order.ts), in that key's order, at most $limit of them.
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

const awardsStatement = (paged: boolean, anchor: Anchor = "none") => `
${ANCHOR[anchor]}
WHERE ${sortKeyOf(anchor)} > $after
  AND ($year IS NULL OR f.year = $year)
  AND ($yearFrom IS NULL OR f.year >= $yearFrom)
  AND ($yearTo IS NULL OR f.year <= $yearTo)
  AND ($award IS NULL OR f.award = $award)
  AND ($level IS NULL OR f.level = $level)
  AND ($tier IS NULL OR f.tier = $tier)
  AND ($recipient IS NULL OR f.recipient = $recipient)
  AND ($recipientType IS NULL OR f.recipient_type = $recipientType)
  AND ($edition IS NULL OR f.edition = $edition)
  AND ($awardRegions IS NULL OR f.region IN $awardRegions)
  AND ($recipientRegions IS NULL OR f.recipient_region IN $recipientRegions)
WITH f ORDER BY ${sortKeyOf(anchor)}${paged ? "\nLIMIT toInteger($limit)" : ""}
OPTIONAL MATCH (d:Document {name: f.doc})
RETURN ${FACT_PROPS} AS props, d {id: d.name, .title, .date, .region} AS doc`;

export const AWARDS = awardsStatement(false);
export const AWARDS_PAGE = awardsStatement(true);
export const AWARDS_OF = awardsStatement(false, "award");
export const AWARDS_OF_PAGE = awardsStatement(true, "award");
export const AWARDS_TO = awardsStatement(false, "recipient");
export const AWARDS_TO_PAGE = awardsStatement(true, "recipient");

export interface AwardsParams extends PageParams {
  year: number | null;
  yearFrom: number | null;
  yearTo: number | null;
  award: string | null;
  level: string | null;
  tier: string | null;
  recipient: string | null;
  recipientType: string | null;
  edition: number | null;
  awardRegions: string[] | null;
  recipientRegions: string[] | null;
}

export interface AwardsRow {
  props: Record<string, unknown>;
  /** The fact's document's summary (null when there is no such node): the titles an answer shows. */
  doc: DocumentSummaryRow | null;
}

export function awardsParams(q: AwardFilter, page?: Page): AwardsParams {
  return {
    year: q.year ?? null,
    yearFrom: q.yearFrom ?? null,
    yearTo: q.yearTo ?? null,
    award: q.award ?? null,
    level: q.level ?? null,
    tier: q.tier ?? null,
    recipient: q.recipient ?? null,
    recipientType: q.recipientType ?? null,
    edition: q.edition ?? null,
    awardRegions: q.awardRegions ?? null,
    recipientRegions: q.recipientRegions ?? null,
    ...pageParams(page),
  };
}

/** Award facts; with `docs`, their documents' summaries are left there for the titles an answer shows. */
export async function awards(run: RunQuery, q: AwardFilter, page?: Page, docs?: DocumentSummaryCache): Promise<AwardFact[]> {
  const statement =
    q.award != null
      ? page
        ? AWARDS_OF_PAGE
        : AWARDS_OF
      : q.recipient != null
        ? page
          ? AWARDS_TO_PAGE
          : AWARDS_TO
        : page
          ? AWARDS_PAGE
          : AWARDS;
  const rows = await run<AwardsRow>(statement, { ...awardsParams(q, page) });
  docs?.remember(rows.flatMap(({ doc }) => (doc ? [summaryRow(doc)] : [])));
  // Already in order; sorting again with the snapshot's own comparator costs nothing and keeps the
  // order exact should a fact ever lack its key.
  return rows.map((r) => factFromProps(r.props) as AwardFact).sort(compareFacts);
}
