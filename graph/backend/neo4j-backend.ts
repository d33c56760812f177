import { pageOf } from "../queries.js";
import type { Backend } from "./backend.js";
import { awards } from "./neo4j-queries/awards.js";
import { documentText } from "./neo4j-queries/document-text.js";
import { documents } from "./neo4j-queries/documents.js";
import { labelCounts, toGraphStats, typeCounts } from "./neo4j-queries/graph-stats.js";
import { gazetteer, regions } from "./neo4j-queries/meta.js";
import { observations } from "./neo4j-queries/observations.js";
import { policies } from "./neo4j-queries/policies.js";
import type { RunQuery } from "./neo4j-queries/run-query.js";
import { targets } from "./neo4j-queries/targets.js";

/**
 * Answers from Neo4j through `run`: in the Worker, its HTTP Query API over `fetch`
 * (src/backend/neo4j-query-api.ts). Read-only, parameterised queries (graph/backend/neo4j-queries/); results are rebuilt into the
 * snapshot's shapes and order, so that it returns exactly what snapshotBackend returns for a
 * snapshot loaded with `qkg ingest … --neo4j` (test/contract/backend-contract.test.ts).
 */
export function neo4jBackend(run: RunQuery): Backend {
  return {
    kind: "neo4j",
    awards: async (q, page) => pageOf(await awards(run, q), page),
    policies: async (page) => pageOf(await policies(run), page),
    targets: async (q, page) => pageOf(await targets(run, q), page),
    observations: async (q, page) => pageOf(await observations(run, q), page),
    documents: (ids) => documents(run, ids),
    document: (id) => documentText(run, id),
    gazetteer: () => gazetteer(run),
    regions: () => regions(run),
    stats: async () => {
      const [labels, types] = await Promise.all([labelCounts(run), typeCounts(run)]);
      return toGraphStats(labels, types);
    },
  };
}
