import { compareFacts } from "../../queries.js";
import type { PolicyFact } from "../../types.js";
import { factFromProps } from "./fact-props.js";
import type { RunQuery } from "./run-query.js";

export const POLICIES = `
MATCH (f:PolicyFact)
RETURN properties(f) AS props`;

export type PoliciesParams = Record<string, never>;

export interface PoliciesRow {
  props: Record<string, unknown>;
}

export async function policies(run: RunQuery): Promise<PolicyFact[]> {
  const rows = await run<PoliciesRow>(POLICIES, {} satisfies PoliciesParams);
  return rows.map((r) => factFromProps(r.props) as PolicyFact).sort(compareFacts);
}
