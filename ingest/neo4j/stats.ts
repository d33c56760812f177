// `qkg stats --neo4j` and the loader's report: the same counts as countGraph gives for a snapshot,
// taken from Neo4j's count store (one count per label and per relationship type qkg loads), so
// that they cost the same at 10 documents and at 10,000: no node or relationship is read.
import type { Driver } from "neo4j-driver";
import type { GraphStats } from "../../graph/backend/backend.js";
import { graphStats } from "../../graph/backend/neo4j-queries/graph-stats.js";
import type { RunQuery } from "../../graph/backend/neo4j-queries/run-query.js";
import type { Neo4jConnection } from "./connection.js";
import { openDriver } from "./driver.js";
import { toNumber } from "./values.js";

export async function readStats(driver: Driver): Promise<GraphStats> {
  const session = driver.session({ defaultAccessMode: "READ" });
  try {
    // The backend's own counts query, over Bolt: counts come back as Neo4j integers.
    const run: RunQuery = async <Row>(statement: string, parameters?: Record<string, unknown>) =>
      (await session.executeRead((tx) => tx.run(statement, parameters))).records.map(
        (r) => Object.fromEntries(r.keys.map((k) => [k, k === "count" ? toNumber(r.get(k)) : r.get(k)])) as Row,
      );
    return await graphStats(run);
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
