// Reading a whole graph back out of the tables: for loading Neo4j, exporting, and tests. The
// property graph is derived again here (graph/build-graph.ts), never read from storage.
import { buildGraph } from "../build-graph.js";
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from "../snapshot.js";
import type { Snapshot } from "../types.js";
import type { SqlDatabase } from "./database.js";
import { allFacts, allWarnings } from "./queries/all-facts.js";
import { allDocuments } from "./queries/documents.js";
import { gazetteer } from "./queries/names.js";
import { regions } from "./queries/regions.js";
import { allStandards } from "./queries/standards.js";
import type { GraphTables } from "./write.js";

export async function readGraphTables(db: SqlDatabase): Promise<GraphTables> {
  const [documents, facts, names, regionList, warnings, standards] = await Promise.all([
    allDocuments(db),
    allFacts(db),
    gazetteer(db),
    regions(db),
    allWarnings(db),
    allStandards(db),
  ]);
  return { documents, facts, gazetteer: names, regions: regionList, warnings, standards };
}

/** The tables as a snapshot in memory, with the graph derived from its documents and facts. */
export function snapshotFromTables(t: GraphTables): Snapshot {
  const { nodes, relationships } = buildGraph(t.documents, t.facts, t.standards);
  const { documents, facts, gazetteer: names, regions: regionList, warnings, standards } = t;
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    documents,
    facts,
    nodes,
    relationships,
    gazetteer: names,
    regions: regionList,
    warnings,
    ...(standards ? { standards } : {}),
  };
}
