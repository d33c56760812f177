import { compareFacts } from "../../queries.js";
import type { ObservationFact } from "../../types.js";
import type { ObservationFilter } from "../backend.js";
import { factFromProps } from "./fact-props.js";
import type { RunQuery } from "./run-query.js";

export const OBSERVATIONS = `
MATCH (f:ObservationFact)
WHERE ($metricKey IS NULL OR coalesce(f.metric_key, f.metric) = $metricKey)
  AND ($regions IS NULL OR f.region IN $regions)
RETURN properties(f) AS props`;

export interface ObservationsParams {
  metricKey: string | null;
  regions: string[] | null;
}

export interface ObservationsRow {
  props: Record<string, unknown>;
}

export async function observations(run: RunQuery, q: ObservationFilter): Promise<ObservationFact[]> {
  const params: ObservationsParams = { metricKey: q.metricKey ?? null, regions: q.regions ?? null };
  const rows = await run<ObservationsRow>(OBSERVATIONS, { ...params });
  return rows.map((r) => factFromProps(r.props) as ObservationFact).sort(compareFacts);
}
