import { compareFacts } from "../../queries.js";
import type { TargetFact } from "../../types.js";
import type { Page, TargetFilter } from "../backend.js";
import { orderAndLimit, type PageParams, pageParams } from "./fact-order.js";
import { factFromProps } from "./fact-props.js";
import type { RunQuery } from "./run-query.js";

// A target without a canonical metric key is found by its metric text, as in selectTargets. Paged
// in Cypher like awards (fact-order.ts).
const targetsStatement = (paged: boolean) => `
MATCH (f:TargetFact)
WHERE f.sortKey > $after
  AND ($policy IS NULL OR f.policy = $policy)
  AND ($metricKey IS NULL OR coalesce(f.metric_key, f.metric) = $metricKey)
  AND ($regions IS NULL OR f.region IN $regions)
RETURN properties(f) AS props
${orderAndLimit(paged)}`;

export const TARGETS = targetsStatement(false);
export const TARGETS_PAGE = targetsStatement(true);

export interface TargetsParams extends PageParams {
  policy: string | null;
  metricKey: string | null;
  regions: string[] | null;
}

export interface TargetsRow {
  props: Record<string, unknown>;
}

export async function targets(run: RunQuery, q: TargetFilter, page?: Page): Promise<TargetFact[]> {
  const params: TargetsParams = {
    policy: q.policy ?? null,
    metricKey: q.metricKey ?? null,
    regions: q.regions ?? null,
    ...pageParams(page),
  };
  const rows = await run<TargetsRow>(page ? TARGETS_PAGE : TARGETS, { ...params });
  return rows.map((r) => factFromProps(r.props) as TargetFact).sort(compareFacts);
}
