import { compareFacts } from "../../queries.js";
import type { ObservationFact } from "../../types.js";
import type { ObservationFilter, Page } from "../backend.js";
import { orderAndLimit, type PageParams, pageParams } from "./fact-order.js";
import { factFromProps } from "./fact-props.js";
import type { RunQuery } from "./run-query.js";

// Paged in Cypher like awards (fact-order.ts).
const observationsStatement = (paged: boolean) => `
MATCH (f:ObservationFact)
WHERE f.sortKey > $after
  AND ($metricKey IS NULL OR coalesce(f.metric_key, f.metric) = $metricKey)
  AND ($regions IS NULL OR f.region IN $regions)
RETURN properties(f) AS props
${orderAndLimit(paged)}`;

export const OBSERVATIONS = observationsStatement(false);
export const OBSERVATIONS_PAGE = observationsStatement(true);

export interface ObservationsParams extends PageParams {
  metricKey: string | null;
  regions: string[] | null;
}

export interface ObservationsRow {
  props: Record<string, unknown>;
}

export async function observations(run: RunQuery, q: ObservationFilter, page?: Page): Promise<ObservationFact[]> {
  const params: ObservationsParams = { metricKey: q.metricKey ?? null, regions: q.regions ?? null, ...pageParams(page) };
  const rows = await run<ObservationsRow>(page ? OBSERVATIONS_PAGE : OBSERVATIONS, { ...params });
  return rows.map((r) => factFromProps(r.props) as ObservationFact).sort(compareFacts);
}
