// Values at the Bolt boundary. JavaScript numbers go over Bolt as floats unless wrapped: a year
// stored as 2023.0 would read back fine in JS but look wrong to anyone querying Neo4j, so whole
// numbers are sent as Neo4j integers. Integers coming back are turned into plain numbers.
import neo4j from "neo4j-driver";
import type { GraphNode } from "../../graph/types.js";

type Prop = GraphNode["props"][string];

export function toNeo4jValue(v: Prop): unknown {
  return typeof v === "number" && Number.isSafeInteger(v) ? neo4j.int(v) : v;
}

/** Props as Neo4j stores them: nulls left out (Neo4j has no null properties), whole numbers as integers. */
export function toNeo4jProps(props: Record<string, Prop>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (v != null) out[k] = toNeo4jValue(v);
  return out;
}

export function toNumber(v: unknown): number {
  if (v == null) return 0;
  if (neo4j.isInt(v)) {
    const n = v as { toNumber(): number; inSafeRange(): boolean };
    if (!n.inSafeRange()) throw new RangeError(`integer ${String(v)} is outside JavaScript's safe range`);
    return n.toNumber();
  }
  return Number(v);
}
