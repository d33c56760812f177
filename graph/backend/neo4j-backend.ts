import { DocumentSummaryCache } from "../sql/queries/document-summaries.js";
import type { Backend } from "./backend.js";
import { awards, awardsOfLongestName } from "./neo4j-queries/awards.js";
import { documentText, textOnly } from "./neo4j-queries/document-text.js";
import { documents } from "./neo4j-queries/documents.js";
import { graphStats } from "./neo4j-queries/graph-stats.js";
import { gazetteer, regions } from "./neo4j-queries/meta.js";
import { askMeta, nameKeys } from "./neo4j-queries/name-keys.js";
import { canonicalNames, names } from "./neo4j-queries/names.js";
import { observations } from "./neo4j-queries/observations.js";
import { policies } from "./neo4j-queries/policies.js";
import { policy, policySummaries } from "./neo4j-queries/policy-summaries.js";
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
  // Award queries return their documents' summaries too: the titles beside facts cost no request.
  const docs = new DocumentSummaryCache();
  return {
    kind: "neo4j",
    // Lists page in Cypher (neo4j-queries/fact-order.ts): a page reads only its own rows.
    awards: (q, page) => awards(run, q, page, docs),
    policies: (page) => policies(run, page),
    policySummaries: (q, page) => policySummaries(run, q, page),
    policy: (key) => policy(run, key),
    targets: (q, page) => targets(run, q, page),
    observations: (q, page) => observations(run, q, page),
    documents: (ids) => documents(run, ids, docs),
    document: (id) => documentText(run, id),
    // The sub-list reader (graph/ask/sub-list.ts) needs only the text.
    documentText: (id) => textOnly(run, id),
    // Questions and routes look names up on indexes (ingest/neo4j/name-keys.ts writes them);
    // gazetteer() reads the whole list and is left to tests and tools.
    nameKeys: (lookup) => nameKeys(run, lookup),
    askMeta: () => askMeta(run),
    // A question's likely award list, read beside its lookup (graph/ask/context.ts).
    awardsOfLongestName: (surfaces, when, limit) => awardsOfLongestName(run, surfaces, when, limit, docs),
    names: (values, of = "name") => names(run, values, of),
    canonicalNames: (kind) => canonicalNames(run, kind),
    gazetteer: () => gazetteer(run),
    regions: () => regions(run),
    // Count-store lookups: O(1) per label and type.
    stats: () => graphStats(run),
    standards: (q, page) => standards(run, q, page),
    standard: (code) => standard(run, code),
    standardDrafting: (q) => standardDrafting(run, q),
  };
}
