import { compareFacts } from "../../queries.js";
import type { TargetFact } from "../../types.js";
import type { TargetFilter } from "../backend.js";
import { factFromProps } from "./fact-props.js";
import type { RunQuery } from "./run-query.js";

// A target without a canonical metric key is found by its metric text, as in selectTargets.
export const TARGETS = `
MATCH (f:TargetFact)
WHERE ($policy IS NULL OR f.policy = $policy)
  AND ($metricKey IS NULL OR coalesce(f.metric_key, f.metric) = $metricKey)
  AND ($regions IS NULL OR f.region IN $regions)
RETURN properties(f) AS props`;

export interface TargetsParams {
  policy: string | null;
  metricKey: string | null;
  regions: string[] | null;
}

export interface TargetsRow {
  props: Record<string, unknown>;
}

export async function targets(run: RunQuery, q: TargetFilter): Promise<TargetFact[]> {
  const params: TargetsParams = { policy: q.policy ?? null, metricKey: q.metricKey ?? null, regions: q.regions ?? null };
  const rows = await run<TargetsRow>(TARGETS, { ...params });
  return rows.map((r) => factFromProps(r.props) as TargetFact).sort(compareFacts);
}
