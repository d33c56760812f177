import { compareFacts } from "../../queries.js";
import type { PolicyFact } from "../../types.js";
import type { Page } from "../backend.js";
import { orderAndLimit, type PageParams, pageParams } from "./fact-order.js";
import { factFromProps } from "./fact-props.js";
import type { RunQuery } from "./run-query.js";

// Paged in Cypher like awards (fact-order.ts).
const policiesStatement = (paged: boolean) => `
MATCH (f:PolicyFact)
WHERE f.sortKey > $after
RETURN properties(f) AS props
${orderAndLimit(paged)}`;

export const POLICIES = policiesStatement(false);
export const POLICIES_PAGE = policiesStatement(true);

export type PoliciesParams = PageParams;

export interface PoliciesRow {
  props: Record<string, unknown>;
}

export async function policies(run: RunQuery, page?: Page): Promise<PolicyFact[]> {
  const rows = await run<PoliciesRow>(page ? POLICIES_PAGE : POLICIES, { ...pageParams(page) } satisfies PoliciesParams);
  return rows.map((r) => factFromProps(r.props) as PolicyFact).sort(compareFacts);
}
