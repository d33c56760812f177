// The graph's tables: documents, facts (a column per scored field, for filters and indexes, plus
// the fact as written), evidence spans, names (the gazetteer), regions, warnings, and meta. The
// property graph of graph/build-graph.ts is not stored: Neo4j gets it derived, and its counts
// are computed from the facts (GRAPH_COUNTS). The same statements create a SQLite file and a D1 database.

export const SCHEMA_VERSION = 5;

/** Tables in the order a dump writes them (documents before the facts that point at them). */
export const TABLES = [
  "meta",
  "documents",
  "facts",
  "evidence",
  "names",
  "name_sources",
  "name_keys",
  "regions",
  "warnings",
  "standard_refs",
  "standard_drafting",
] as const;

export const SCHEMA: string[] = [
  `CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    title TEXT,
    date TEXT,
    region TEXT,
    hash TEXT NOT NULL,
    encoding TEXT NOT NULL,
    -- which extractor made this document's facts: a document whose hash and extractor are
    -- unchanged is not extracted again
    extractor TEXT,
    text TEXT NOT NULL
  )`,
  // n: a surrogate key (evidence points at it); id is the fact's stable hash. start is the first
  // evidence span's offset: facts are listed by (doc, start, id). metric_key is the fact's
  // metric key, or its metric phrase when the alias table has none (what filters compare).
  // record: the fact as the extractor wrote it (key order kept), with its evidence in `evidence`.
  `CREATE TABLE IF NOT EXISTS facts (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    doc TEXT NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    recipient TEXT,
    recipient_type TEXT,
    affiliation TEXT,
    role TEXT,
    award TEXT,
    level TEXT,
    region TEXT,
    year INTEGER,
    year_label TEXT,
    edition INTEGER,
    tier TEXT,
    category TEXT,
    status TEXT,
    recipient_region TEXT,
    title TEXT,
    policy TEXT,
    metric TEXT,
    metric_key TEXT,
    comparator TEXT,
    value REAL,
    unit TEXT,
    deadline_year INTEGER,
    record TEXT NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS facts_order ON facts (kind, doc, start, id)`,
  `CREATE INDEX IF NOT EXISTS facts_doc ON facts (doc)`,
  `CREATE INDEX IF NOT EXISTS facts_year ON facts (kind, year)`,
  `CREATE INDEX IF NOT EXISTS facts_award ON facts (kind, award, year)`,
  `CREATE INDEX IF NOT EXISTS facts_recipient ON facts (kind, recipient)`,
  `CREATE INDEX IF NOT EXISTS facts_region ON facts (kind, region)`,
  `CREATE INDEX IF NOT EXISTS facts_recipient_region ON facts (kind, recipient_region)`,
  `CREATE INDEX IF NOT EXISTS facts_level_tier ON facts (kind, level, tier)`,
  `CREATE INDEX IF NOT EXISTS facts_metric ON facts (kind, metric_key)`,
  `CREATE INDEX IF NOT EXISTS facts_policy ON facts (kind, policy)`,
  // Policies grouped by title, a page at a time, and one policy by a mention's fact id
  // (graph/sql/queries/policy-*.ts): partial, so only policy facts pay for them.
  `CREATE INDEX IF NOT EXISTS facts_policy_title ON facts (title, doc, start, id) WHERE kind = 'policy'`,
  `CREATE INDEX IF NOT EXISTS facts_policy_id ON facts (id) WHERE kind = 'policy'`,
  `CREATE TABLE IF NOT EXISTS evidence (
    fact INTEGER NOT NULL,
    ord INTEGER NOT NULL,
    doc TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    page INTEGER,
    PRIMARY KEY (fact, ord)
  )`,
  `CREATE INDEX IF NOT EXISTS evidence_doc ON evidence (doc)`,
  // The gazetteer: every surface form a question may use, with what it refers to. len is the
  // name's length in UTF-16 units (JavaScript's), for the longest-first order.
  // The gazetteer: every surface form a question may use, with what it refers to, once. len is
  // the name's length in UTF-16 units (JavaScript's), for the longest-first order.
  `CREATE TABLE IF NOT EXISTS names (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    canonical TEXT NOT NULL,
    len INTEGER NOT NULL,
    UNIQUE (name, kind, canonical)
  )`,
  `CREATE INDEX IF NOT EXISTS names_canonical ON names (canonical)`,
  // Every name of a kind (the programmes list) without reading the others.
  `CREATE INDEX IF NOT EXISTS names_kind ON names (kind, canonical)`,
  // Which documents give each name (their facts or aliases), so that replacing a document drops
  // only the names no other document gives; "" for names written with a whole graph.
  `CREATE TABLE IF NOT EXISTS name_sources (
    doc TEXT NOT NULL,
    name INTEGER NOT NULL,
    PRIMARY KEY (doc, name)
  ) WITHOUT ROWID`,
  `CREATE INDEX IF NOT EXISTS name_sources_name ON name_sources (name)`,
  // The keys a question's words are looked up by (graph/ask/name-keys.ts): derived from each name
  // (its row id in `name`) when the graph is written, dropped with it.
  `CREATE TABLE IF NOT EXISTS name_keys (
    how TEXT NOT NULL,
    key TEXT NOT NULL,
    kind TEXT NOT NULL,
    canonical TEXT NOT NULL,
    tier TEXT NOT NULL,
    name INTEGER NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS name_keys_key ON name_keys (how, key)`,
  `CREATE INDEX IF NOT EXISTS name_keys_name ON name_keys (name)`,
  `CREATE TRIGGER IF NOT EXISTS names_drop_keys AFTER DELETE ON names BEGIN DELETE FROM name_keys WHERE name = old.id; END`,
  `CREATE TABLE IF NOT EXISTS regions (
    name TEXT PRIMARY KEY,
    level TEXT NOT NULL,
    parent TEXT,
    short TEXT NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS regions_short ON regions (short)`,
  `CREATE INDEX IF NOT EXISTS regions_parent ON regions (parent)`,
  `CREATE TABLE IF NOT EXISTS warnings (
    doc TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    evidence TEXT
  )`,
  `CREATE INDEX IF NOT EXISTS warnings_doc ON warnings (doc, code, message)`,
  // Standards (issue 17): each reference and drafting statement as the extractor wrote it
  // (record: JSON with its evidence), with the standard's key (its code without year, else its
  // title; graph/standards.ts) and what the list filters on as columns.
  `CREATE TABLE IF NOT EXISTS standard_refs (
    doc TEXT NOT NULL,
    start INTEGER NOT NULL,
    key TEXT,
    level TEXT,
    record TEXT NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS standard_refs_key ON standard_refs (key, level)`,
  `CREATE INDEX IF NOT EXISTS standard_refs_doc ON standard_refs (doc)`,
  `CREATE TABLE IF NOT EXISTS standard_drafting (
    doc TEXT NOT NULL,
    start INTEGER NOT NULL,
    key TEXT,
    organization TEXT,
    record TEXT NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS standard_drafting_key ON standard_drafting (key, organization)`,
  `CREATE INDEX IF NOT EXISTS standard_drafting_organization ON standard_drafting (organization)`,
  `CREATE INDEX IF NOT EXISTS standard_drafting_doc ON standard_drafting (doc)`,
];

/**
 * The node and relationship counts of graph/build-graph.ts, computed in SQL from the facts, as one
 * JSON object {labels: {Award: n, …}, types: {ABOUT: n, …}} (zero counts included). Each id is
 * built as build-graph builds it (`organization:<name>`, a person with an affiliation
 * `person:<name>@<affiliation>`), so merged nodes are counted once. D1 allows only a few terms in
 * a compound SELECT, so each count is its own subquery.
 */
export const GRAPH_COUNTS = graphCounts();

function graphCounts(): string {
  const truthy = (c: string) => `${c} IS NOT NULL AND ${c} <> ''`;
  const awards = `FROM facts WHERE kind = 'award'`;
  const recipientId = `CASE WHEN recipient_type = 'person' AND ${truthy("affiliation")} THEN recipient || '@' || affiliation ELSE recipient END`;
  const count = (sql: string) => `(SELECT count(*) FROM (${sql}))`;
  const programmes = `FROM facts, json_each(facts.record, '$.programmes') AS p WHERE kind = 'policy'`;
  // Standards (graph/build-graph.ts addStandards): drafters of a named standard, awards reviewed
  // against one, policies citing one are nodes too.
  const drafters = `FROM standard_drafting WHERE key IS NOT NULL AND organization IS NOT NULL`;
  const evaluates = `FROM standard_refs AS r, json_each(r.record, '$.evaluates') AS e WHERE r.key IS NOT NULL`;
  const citedBy = `FROM standard_refs AS r, json_each(r.record, '$.cited_by') AS c WHERE r.key IS NOT NULL`;
  const labels: [string, string][] = [
    ["Award", count(`SELECT award AS name ${awards} UNION SELECT p.value ${programmes} UNION SELECT e.value ${evaluates}`)],
    ["AwardFact", `(SELECT count(*) ${awards})`],
    ["Brand", count(`SELECT DISTINCT recipient ${awards} AND recipient_type = 'brand'`)],
    ["Document", `(SELECT count(*) FROM documents)`],
    ["Fact", `(SELECT count(*) FROM facts)`],
    ["Metric", count(`SELECT DISTINCT metric_key FROM facts WHERE kind IN ('target', 'observation')`)],
    ["ObservationFact", `(SELECT count(*) FROM facts WHERE kind = 'observation')`],
    [
      "Organization",
      count(
        `SELECT recipient AS name ${awards} AND recipient_type = 'organization' UNION SELECT affiliation ${awards} AND ${truthy("affiliation")} UNION SELECT organization FROM standard_drafting WHERE organization IS NOT NULL`,
      ),
    ],
    ["Person", count(`SELECT DISTINCT ${recipientId} ${awards} AND recipient_type = 'person'`)],
    [
      "Policy",
      count(
        `SELECT title AS name FROM facts WHERE kind = 'policy' UNION SELECT policy FROM facts WHERE kind = 'target' AND ${truthy("policy")} UNION SELECT c.value ${citedBy}`,
      ),
    ],
    ["PolicyFact", `(SELECT count(*) FROM facts WHERE kind = 'policy')`],
    ["Project", count(`SELECT DISTINCT recipient ${awards} AND recipient_type = 'project'`)],
    [
      "Region",
      count(
        `SELECT recipient AS name ${awards} AND recipient_type = 'region' UNION SELECT region FROM facts WHERE kind <> 'policy' AND ${truthy("region")}`,
      ),
    ],
    [
      "Standard",
      count(`SELECT key FROM standard_refs WHERE key IS NOT NULL UNION SELECT key FROM standard_drafting WHERE key IS NOT NULL`),
    ],
    ["TargetFact", `(SELECT count(*) FROM facts WHERE kind = 'target')`],
  ];
  const measures = `FROM facts WHERE kind IN ('target', 'observation')`;
  const types: [string, string][] = [
    ["ABOUT", `(SELECT count(*) FROM facts WHERE kind = 'policy')`],
    [
      "AFFILIATED_WITH",
      count(
        `SELECT DISTINCT recipient_type, ${recipientId}, affiliation ${awards} AND recipient_type <> 'brand' AND ${truthy("affiliation")}`,
      ),
    ],
    ["AWARDED_IN", count(`SELECT DISTINCT award, region ${awards} AND ${truthy("region")}`)],
    ["CITES", count(`SELECT DISTINCT c.value, r.key ${citedBy}`)],
    ["DRAFTED", count(`SELECT DISTINCT organization, key ${drafters}`)],
    ["EVALUATED_BY", count(`SELECT DISTINCT e.value, r.key ${evaluates}`)],
    ["GOVERNS", count(`SELECT DISTINCT title, p.value ${programmes}`)],
    ["IN_REGION", `(SELECT count(*) ${measures} AND ${truthy("region")})`],
    ["MEASURES", `(SELECT count(*) ${measures})`],
    ["OF_AWARD", `(SELECT count(*) ${awards})`],
    ["OWNED_BY", count(`SELECT DISTINCT recipient, affiliation ${awards} AND recipient_type = 'brand' AND ${truthy("affiliation")}`)],
    ["RECEIVED", `(SELECT count(*) ${awards})`],
    ["SETS", `(SELECT count(*) FROM facts WHERE kind = 'target' AND ${truthy("policy")})`],
    ["STATED_IN", `(SELECT count(*) FROM evidence)`],
  ];
  const object = (pairs: [string, string][]) => `json_object(${pairs.map(([k, v]) => `'${k}', ${v}`).join(", ")})`;
  return `SELECT json_object('labels', ${object(labels)}, 'types', ${object(types)}) AS value`;
}

/** Statements that remove every table and view, for a dump that replaces a database's graph. */
export const DROP_ALL: string[] = [
  // views of an earlier layout
  `DROP VIEW IF EXISTS graph_labels`,
  `DROP VIEW IF EXISTS graph_types`,
  ...[...TABLES].reverse().map((t) => `DROP TABLE IF EXISTS ${t}`),
];
