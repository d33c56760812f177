// Fact nodes hold every property of their fact plus `evidence` as JSON (graph/build-graph.ts).
// Neo4j keeps no null properties, so the fields a fact always has (null or not) are put back here,
// and optional fields that were null or absent stay absent, as in the snapshot.
import type { Evidence, Fact, FactKind } from "../../../graph/types.js";

/** Fields of each kind that the Fact types declare as always present (possibly null). */
const ALWAYS_PRESENT: Record<FactKind, readonly string[]> = {
  award: ["affiliation", "year", "edition", "category"],
  policy: ["region", "year"],
  target: ["policy", "region", "unit", "deadline_year"],
  observation: ["region", "unit", "year"],
};

/** Not copied as they are: nodeId is the loader's own key, evidence is JSON, programmes is below. */
const BOOKKEEPING = new Set(["nodeId", "evidence", "programmes"]);

export function factFromProps(props: Record<string, unknown>): Fact {
  const kind = props.kind as FactKind;
  const fact: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (!BOOKKEEPING.has(k) && v != null) fact[k] = v;
  for (const k of ALWAYS_PRESENT[kind]) if (!(k in fact)) fact[k] = null;
  // build-graph writes `programmes` on every policy fact, an empty list when the fact had none, so
  // "none" and "[]" look alike in the graph; facts leave the field out when there are none
  // (the gold facts and the extractors do), so an empty list comes back as no field.
  const programmes = props.programmes as string[] | null | undefined;
  if (kind === "policy" && programmes?.length) fact.programmes = programmes;
  fact.evidence = JSON.parse(String(props.evidence)) as Evidence[];
  return fact as unknown as Fact;
}
