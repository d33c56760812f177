// Fact nodes hold every property of their fact plus `evidence` as JSON (graph/build-graph.ts).
// Neo4j keeps no null properties; the loader lists a fact's null fields in `nullProps`, and they
// are put back here, so that a fact comes back deep-equal to the snapshot's, null for null and
// absent for absent.
import type { Evidence, Fact, FactKind } from "../../types.js";

/** Not copied as they are: nodeId and sortKey (fact-order.ts) are the loader's own, nullProps and
 * jsonProps name the fields that were null or are JSON (ingest/neo4j/plan.ts), evidence is JSON,
 * programmes is below. */
const BOOKKEEPING = new Set(["nodeId", "sortKey", "nullProps", "jsonProps", "evidence", "programmes"]);

export function factFromProps(props: Record<string, unknown>): Fact {
  const kind = props.kind as FactKind;
  const fact: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (!BOOKKEEPING.has(k) && v != null) fact[k] = v;
  for (const k of (props.nullProps as string[] | null) ?? []) fact[k] = null;
  // Structured fields (an award's stated total) were stored as JSON by the loader (plan.ts withJsonProps).
  for (const k of (props.jsonProps as string[] | null) ?? []) if (typeof props[k] === "string") fact[k] = JSON.parse(props[k] as string);
  // build-graph writes `programmes` on every policy fact, an empty list when the fact had none, so
  // "none" and "[]" look alike in the graph; facts leave the field out when there are none
  // (the gold facts and the extractors do), so an empty list comes back as no field.
  const programmes = props.programmes as string[] | null | undefined;
  if (kind === "policy" && programmes?.length) fact.programmes = programmes;
  fact.evidence = JSON.parse(String(props.evidence)) as Evidence[];
  return fact as unknown as Fact;
}
