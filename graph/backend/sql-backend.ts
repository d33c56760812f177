import type { SqlDatabase } from "../sql/database.js";
import { awards, awardsOfLongestName } from "../sql/queries/awards.js";
import { DocumentSummaryCache, documentSummaries } from "../sql/queries/document-summaries.js";
import { documentText, documentWithFacts } from "../sql/queries/document-text.js";
import { observations, targets } from "../sql/queries/measures.js";
import { askMeta, nameKeysFor } from "../sql/queries/name-keys.js";
import { canonicalNames, gazetteer, namesCalled, namesOf } from "../sql/queries/names.js";
import { policies } from "../sql/queries/policies.js";
import { policy } from "../sql/queries/policy-by-key.js";
import { policyListTitles, policySummaries } from "../sql/queries/policy-summaries.js";
import { regions } from "../sql/queries/regions.js";
import { standard, standardDrafting, standards } from "../sql/queries/standards.js";
import { stats } from "../sql/queries/stats.js";
import type { Backend } from "./backend.js";

/**
 * Answers from the graph's tables (graph/sql/schema.ts) with the queries of graph/sql/queries/,
 * over any SqlDatabase: D1 in the worker, SQLite (better-sqlite3) in the CLI. Nothing is loaded
 * into memory beyond what a query returns, except the summaries of the documents recent facts came
 * from (bounded, short-lived), so that the titles shown beside facts cost no query of their own.
 */
export function sqlBackend(db: SqlDatabase): Backend {
  const docs = new DocumentSummaryCache();
  return {
    kind: "sql",
    awards: (q, page) => awards(db, q, page, docs),
    policies: (page) => policies(db, page, docs),
    policySummaries: (q, page) => policySummaries(db, q, page),
    policyTitles: (q, page) => policyListTitles(db, q, page),
    policy: (key) => policy(db, key),
    targets: (q, page) => targets(db, q, page, docs),
    observations: (q, page) => observations(db, q, page, docs),
    documents: (ids) => documentSummaries(db, { ids }, docs),
    nameKeys: (lookup) => nameKeysFor(db, lookup),
    askMeta: () => askMeta(db),
    awardsOfLongestName: (surfaces, when, limit) => awardsOfLongestName(db, { surfaces, when, limit }, docs),
    documentText: (id) => documentText(db, { id }),
    document: (id) => documentWithFacts(db, { id }),
    gazetteer: () => gazetteer(db),
    names: (names, of = "name") => (of === "name" ? namesCalled(db, { names }) : namesOf(db, { canonical: names })),
    canonicalNames: (kind) => canonicalNames(db, { kind }),
    regions: () => regions(db),
    stats: () => stats(db),
    standards: (q, page) => standards(db, q, page),
    standard: (code) => standard(db, code),
    standardDrafting: (q) => standardDrafting(db, q),
  };
}
