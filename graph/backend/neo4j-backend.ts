import type { Backend } from "./backend.js";
import { awards } from "./neo4j-queries/awards.js";
import { documentText } from "./neo4j-queries/document-text.js";
import { documents } from "./neo4j-queries/documents.js";
import { labelCounts, toGraphStats, typeCounts } from "./neo4j-queries/graph-stats.js";
import { gazetteer, regions } from "./neo4j-queries/meta.js";
import { observations } from "./neo4j-queries/observations.js";
import { policies } from "./neo4j-queries/policies.js";
import type { RunQuery } from "./neo4j-queries/run-query.js";
import { standard, standardDrafting, standards } from "./neo4j-queries/standards.js";
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
    // Lists page in Cypher (neo4j-queries/fact-order.ts): a page reads only its own rows.
    awards: (q, page) => awards(run, q, page),
    policies: (page) => policies(run, page),
    targets: (q, page) => targets(run, q, page),
    observations: (q, page) => observations(run, q, page),
    documents: (ids) => documents(run, ids),
    document: (id) => documentText(run, id),
    // The sub-list reader (graph/ask/sub-list.ts) needs only the text.
    documentText: async (id) => (await documentText(run, id))?.text ?? null,
    gazetteer: () => gazetteer(run),
    regions: () => regions(run),
    stats: async () => {
      const [labels, types] = await Promise.all([labelCounts(run), typeCounts(run)]);
      return toGraphStats(labels, types);
    },
    standards: (q, page) => standards(run, q, page),
    standard: (code) => standard(run, code),
    standardDrafting: (q) => standardDrafting(run, q),
  };
}
