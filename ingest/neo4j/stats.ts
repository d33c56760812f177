// `qkg stats --neo4j` and the loader's report: the same counts as countGraph gives for a snapshot,
// taken from Neo4j's count store (one count per label and per relationship type qkg loads), so
// that they cost the same at 10 documents and at 10,000: no node or relationship is read.
import type { Driver } from "neo4j-driver";
import type { GraphStats } from "../../graph/backend/backend.js";
import { toGraphStats } from "../../graph/backend/neo4j-queries/graph-stats.js";
import type { Neo4jConnection } from "./connection.js";
import { openDriver } from "./driver.js";
import { FACT_LABELS, PRIMARY_LABELS, REL_TYPES } from "./plan.js";
import { toNumber } from "./values.js";

// Built from the allowlists (constants): labels and types cannot be parameters.
const COUNTS = [
  ...[...PRIMARY_LABELS, ...FACT_LABELS].map((l) => `MATCH (n:${l}) RETURN 'label' AS kind, '${l}' AS name, count(n) AS count`),
  ...REL_TYPES.map((t) => `MATCH ()-[r:${t}]->() RETURN 'type' AS kind, '${t}' AS name, count(r) AS count`),
].join("\nUNION ALL\n");

export async function readStats(driver: Driver): Promise<GraphStats> {
  const session = driver.session({ defaultAccessMode: "READ" });
  try {
    const rows = await session.executeRead(async (tx) => (await tx.run(COUNTS)).records);
    // Labels and types with nothing in them are not listed, as countGraph does not list them.
    const counts = rows
      .map((r) => ({ kind: r.get("kind") as string, name: r.get("name") as string, count: toNumber(r.get("count")) }))
      .filter((r) => r.count > 0);
    return toGraphStats(
      counts.filter((r) => r.kind === "label").map((r) => ({ label: r.name, count: r.count })),
      counts.filter((r) => r.kind === "type").map((r) => ({ type: r.name, count: r.count })),
    );
  } finally {
    await session.close();
  }
}

export async function neo4jStats(conn: Neo4jConnection): Promise<GraphStats> {
  // A CLI question: do not keep retrying an unreachable server for the loader's 15 s.
  const driver = openDriver(conn, 3_000);
  try {
    return await readStats(driver);
  } finally {
    await driver.close();
  }
}
