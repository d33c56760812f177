import { entityId } from "../../build-graph.js";
import { compareFacts } from "../../queries.js";
import type { AwardFact } from "../../types.js";
import type { AwardFilter, Page } from "../backend.js";
import { orderAndLimit, type PageParams, pageParams } from "./fact-order.js";
import { factFromProps } from "./fact-props.js";
import type { RunQuery } from "./run-query.js";

// Every filter is a parameter; an absent one is null and its condition holds. Same semantics as
// matchesAwardFilter (graph/queries.ts): a null year never satisfies a year bound, a null region is
// in no list, and an empty list matches nothing. The page is Cypher's too: facts after the
// cursor's sort key (fact-order.ts), in that key's order, at most $limit of them.
// With an award named, the facts are found from its Award node (build-graph links every award
// fact to the node of its own award name, `award:<name>`, by OF_AWARD): a seek and the facts of
// one programme instead of a walk along every award fact in sort-key order. The award condition
// stays in the WHERE, so both forms select the same facts.
const awardsStatement = (paged: boolean, byAward = false) => `
${byAward ? "MATCH (:Award {nodeId: $awardNode})<-[:OF_AWARD]-(f:AwardFact)" : "MATCH (f:AwardFact)"}
WHERE f.sortKey > $after
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
RETURN properties(f) AS props
${orderAndLimit(paged)}`;

export const AWARDS = awardsStatement(false);
export const AWARDS_PAGE = awardsStatement(true);
export const AWARDS_OF = awardsStatement(false, true);
export const AWARDS_OF_PAGE = awardsStatement(true, true);

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
  /** The Award node's id when an award is named (build-graph's entityId). */
  awardNode: string | null;
}

export interface AwardsRow {
  props: Record<string, unknown>;
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
    awardNode: q.award != null ? entityId("Award", q.award) : null,
    ...pageParams(page),
  };
}

export async function awards(run: RunQuery, q: AwardFilter, page?: Page): Promise<AwardFact[]> {
  const statement = q.award != null ? (page ? AWARDS_OF_PAGE : AWARDS_OF) : page ? AWARDS_PAGE : AWARDS;
  const rows = await run<AwardsRow>(statement, { ...awardsParams(q, page) });
  // Already in order; sorting again with the snapshot's own comparator costs nothing and keeps the
  // order exact should a fact ever lack its key.
  return rows.map((r) => factFromProps(r.props) as AwardFact).sort(compareFacts);
}
