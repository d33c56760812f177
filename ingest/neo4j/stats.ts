// `qkg stats --neo4j`: the same counts as countGraph gives for a snapshot, read over Bolt with the
// statements the Worker's neo4j backend uses (graph/backend/neo4j-queries/graph-stats.ts).
import type { Driver } from "neo4j-driver";
import type { GraphStats } from "../../graph/backend/backend.js";
import { LABEL_COUNTS, TYPE_COUNTS, toGraphStats } from "../../graph/backend/neo4j-queries/graph-stats.js";
import type { Neo4jConnection } from "./connection.js";
import { openDriver } from "./driver.js";
import { toNumber } from "./values.js";

export async function readStats(driver: Driver): Promise<GraphStats> {
  const session = driver.session({ defaultAccessMode: "READ" });
  try {
    return await session.executeRead(async (tx) => {
      const labels = await tx.run(LABEL_COUNTS);
      const types = await tx.run(TYPE_COUNTS);
      return toGraphStats(
        labels.records.map((r) => ({ label: r.get("label") as string, count: toNumber(r.get("count")) })),
        types.records.map((r) => ({ type: r.get("type") as string, count: toNumber(r.get("count")) })),
      );
    });
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
