// The statements that write a graph into the tables of schema.ts: pure, so the CLI (SQLite), a
// dump for `wrangler d1 execute` and the workerd tests (D1) all write the same rows.
import { firstCharsOf, nameKeys, regionPrefixes } from "../ask/name-keys.js";
import { draftingKey, standardKey } from "../standards.js";
import type { DocumentRecord, DocumentStandards, Evidence, Fact, GazetteerEntry, RegionRecord, Warning } from "../types.js";
import { type SqlDatabase, type SqlStatement, type SqlValue, statement } from "./database.js";
import { GRAPH_COUNTS, SCHEMA, SCHEMA_VERSION } from "./schema.js";

export const GRAPH_FORMAT = "qkg-graph";

/** What a graph file holds; the property graph is derived from it (graph/build-graph.ts). */
export interface GraphTables {
  documents: DocumentRecord[];
  facts: Fact[];
  gazetteer: GazetteerEntry[];
  regions: RegionRecord[];
  warnings: Warning[];
  /** Standards named and drafting statements (issue 17). */
  standards?: DocumentStandards;
}

const FACT_COLUMNS = [
  "n",
  "id",
  "doc",
  "kind",
  "start",
  "recipient",
  "recipient_type",
  "affiliation",
  "role",
  "award",
  "level",
  "region",
  "year",
  "year_label",
  "edition",
  "tier",
  "category",
  "status",
  "recipient_region",
  "title",
  "policy",
  "metric",
  "metric_key",
  "comparator",
  "value",
  "unit",
  "deadline_year",
  "record",
] as const;

const insert = (table: string, columns: readonly string[]) =>
  `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((_, i) => `?${i + 1}`).join(", ")})`;

export const INSERT_DOCUMENT = insert("documents", ["id", "path", "title", "date", "region", "hash", "encoding", "extractor", "text"]);
export const INSERT_FACT = insert("facts", FACT_COLUMNS);
export const INSERT_EVIDENCE = insert("evidence", ["fact", "ord", "doc", "start", "end", "text", "page"]);
export const INSERT_NAME = `INSERT OR IGNORE INTO names (name, kind, canonical, len) VALUES (?1, ?2, ?3, ?4)`;
export const INSERT_NAME_SOURCE = `INSERT OR IGNORE INTO name_sources (doc, name)
  SELECT ?1, id FROM names WHERE name = ?2 AND kind = ?3 AND canonical = ?4`;
/** Names no document gives any more. */
export const DELETE_ORPHAN_NAMES = `DELETE FROM names WHERE NOT EXISTS (SELECT 1 FROM name_sources AS s WHERE s.name = names.id)`;
export const INSERT_REGION = `INSERT OR REPLACE INTO regions (name, level, parent, short) VALUES (?1, ?2, ?3, ?4)`;
export const INSERT_WARNING = insert("warnings", ["doc", "code", "message", "evidence"]);
export const INSERT_STANDARD_REF = insert("standard_refs", ["doc", "start", "key", "level", "record"]);
export const INSERT_STANDARD_DRAFTING = insert("standard_drafting", ["doc", "start", "key", "organization", "record"]);
export const PUT_META = `INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)`;

/** The graph's counts (GRAPH_COUNTS) kept in meta, so /health reads one row. */
export const STORE_STATS = `INSERT OR REPLACE INTO meta (key, value) SELECT 'stats', value FROM (${GRAPH_COUNTS})`;

const opt = <T>(v: T | null | undefined): T | null => v ?? null;

/** One fact's row: its scored fields as columns, the fact itself (evidence left to its table). */
export function factRow(f: Fact, n: number): SqlValue[] {
  const a = f.kind === "award" ? f : null;
  const p = f.kind === "policy" ? f : null;
  const t = f.kind === "target" ? f : null;
  const m = f.kind === "target" || f.kind === "observation" ? f : null;
  // The evidence key keeps its place in the record, so the fact reads back with its keys in order.
  const record = JSON.stringify({ ...f, evidence: 0 });
  return [
    n,
    f.id,
    f.doc,
    f.kind,
    f.evidence[0]?.start ?? 0,
    opt(a?.recipient),
    opt(a?.recipient_type),
    opt(a?.affiliation),
    opt(a?.role),
    opt(a?.award),
    opt(a?.level),
    opt(f.region),
    f.kind === "target" ? null : opt(f.year),
    opt(a?.year_label),
    opt(a?.edition),
    opt(a?.tier),
    opt(a?.category),
    opt(a?.status),
    opt(a?.recipient_region),
    opt(p?.title),
    opt(t?.policy),
    opt(m?.metric),
    m ? (m.metric_key ?? m.metric) : null,
    opt(t?.comparator),
    opt(m?.value),
    opt(m?.unit),
    opt(t?.deadline_year),
    record,
  ];
}

export const evidenceRow = (fact: number, ord: number, e: Evidence): SqlValue[] => [
  fact,
  ord,
  e.doc,
  e.start,
  e.end,
  e.text,
  e.page ?? null,
];

export function documentRow(d: DocumentRecord, extractor: string | null = null): SqlValue[] {
  return [d.id, d.path, d.title, d.date, d.region, d.hash, d.encoding, extractor, d.text];
}

/** The facts' statements: each fact and its evidence spans, numbered from `firstN`. */
export function factStatements(facts: Fact[], firstN: number): SqlStatement[] {
  const out: SqlStatement[] = [];
  facts.forEach((f, i) => {
    out.push(statement(INSERT_FACT, factRow(f, firstN + i)));
    f.evidence.forEach((e, ord) => out.push(statement(INSERT_EVIDENCE, evidenceRow(firstN + i, ord, e))));
  });
  return out;
}

/** Names given by one document (`doc`), or by the graph as a whole ("" for names read from a snapshot). */
export const nameStatements = (names: GazetteerEntry[], doc = ""): SqlStatement[] =>
  names.flatMap((g) => [
    statement(INSERT_NAME, [g.name, g.kind, g.canonical, g.name.length]),
    statement(INSERT_NAME_SOURCE, [doc, g.name, g.kind, g.canonical]),
  ]);

/** A name's lookup keys, attached to its row. */
export const INSERT_NAME_KEY = `INSERT INTO name_keys (how, key, kind, canonical, tier, name)
  SELECT ?1, ?2, ?3, ?4, ?5, id FROM names WHERE name = ?6 AND kind = ?7 AND canonical = ?8`;

/** A name's lookup keys, for a name whose row id is known. */
export const INSERT_NAME_KEY_OF = `INSERT INTO name_keys (how, key, kind, canonical, tier, name) VALUES (?1, ?2, ?3, ?4, ?5, ?6)`;

/** Names whose keys are not written yet (new since the last write). */
export const NAMES_WITHOUT_KEYS = `SELECT id, name, kind, canonical FROM names
  WHERE kind <> 'metric' AND NOT EXISTS (SELECT 1 FROM name_keys AS k WHERE k.name = names.id)`;

/** The keys of the given names (graph/ask/name-keys.ts), derived against the graph's regions. */
export function nameKeyStatements(
  names: Array<GazetteerEntry & { id?: number }>,
  regions: RegionRecord[],
): { statements: SqlStatement[]; maxLen: number; firstChars: string } {
  const prefixes = regionPrefixes(regions);
  const statements: SqlStatement[] = [];
  const starts: string[] = [];
  let maxLen = 0;
  for (const g of names) {
    for (const k of nameKeys(g, regions, prefixes)) {
      statements.push(
        g.id != null
          ? statement(INSERT_NAME_KEY_OF, [k.how, k.key, k.kind, k.canonical, k.tier, g.id])
          : statement(INSERT_NAME_KEY, [k.how, k.key, k.kind, k.canonical, k.tier, g.name, g.kind, g.canonical]),
      );
      if (k.how === "name" || k.how === "derived") maxLen = Math.max(maxLen, k.key.length);
      if (k.how === "name" || k.how === "derived" || k.how === "suffix") starts.push(k.key);
    }
  }
  return { statements, maxLen, firstChars: firstCharsOf(starts) };
}

/** Meta keys: the longest name key (how long a question's substrings are looked up), the regions the keys were made with. */
export const MAX_NAME_KEY = "max_name_key";
export const NAME_KEY_FIRST_CHARS = "name_key_first_chars";
export const NAME_KEY_REGIONS = "name_key_regions";

/** A short digest of the region table: keys derived against other regions are made again. */
export function regionsDigest(regions: RegionRecord[]): string {
  let h = 2166136261;
  for (const r of [...regions].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    for (const ch of `${r.name}|${r.short}|${r.level}|${r.parent ?? ""};`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  }
  return `${regions.length}:${h.toString(16)}`;
}

/**
 * Writes the keys of names that have none (all names, when the region table changed since the
 * keys were made), and the longest key. Run after the names and the regions are written.
 */
export async function refreshNameKeys(db: SqlDatabase, regions: RegionRecord[]): Promise<void> {
  const keys = [MAX_NAME_KEY, NAME_KEY_REGIONS, NAME_KEY_FIRST_CHARS];
  const meta = new Map(
    (await db.all<{ key: string; value: string }>(`SELECT key, value FROM meta WHERE key IN (?1, ?2, ?3)`, keys)).map((r) => [
      r.key,
      r.value,
    ]),
  );
  const digest = regionsDigest(regions);
  const again = meta.get(NAME_KEY_REGIONS) !== digest;
  if (again) await db.batch([statement(`DELETE FROM name_keys`)]);
  const names = await db.all<GazetteerEntry & { id: number }>(NAMES_WITHOUT_KEYS);
  const { statements, maxLen, firstChars } = nameKeyStatements(names, regions);
  const longest = Math.max(maxLen, again ? 0 : Number(meta.get(MAX_NAME_KEY) ?? 0));
  const starts = firstCharsOf(firstChars, again ? "" : (meta.get(NAME_KEY_FIRST_CHARS) ?? ""));
  statements.push(
    statement(PUT_META, [MAX_NAME_KEY, String(longest)]),
    statement(PUT_META, [NAME_KEY_REGIONS, digest]),
    statement(PUT_META, [NAME_KEY_FIRST_CHARS, starts]),
  );
  await db.batch(statements);
}

export const regionStatements = (regions: RegionRecord[]): SqlStatement[] =>
  regions.map((r) => statement(INSERT_REGION, [r.name, r.level, r.parent, r.short]));

export const warningStatements = (warnings: Warning[]): SqlStatement[] =>
  warnings.map((w) => statement(INSERT_WARNING, [w.doc, w.code, w.message, w.evidence ? JSON.stringify(w.evidence) : null]));

/** Each reference and drafting statement as its row: the record whole, the key and filter columns beside it. */
export const standardStatements = (s: DocumentStandards | undefined): SqlStatement[] => [
  ...(s?.refs ?? []).map((r) => statement(INSERT_STANDARD_REF, [r.doc, r.evidence.start, standardKey(r), r.level, JSON.stringify(r)])),
  ...(s?.drafting ?? []).map((d) =>
    statement(INSERT_STANDARD_DRAFTING, [d.doc, d.evidence.start, draftingKey(d), d.organization, JSON.stringify(d)]),
  ),
];

export const metaStatements = (): SqlStatement[] => [
  statement(PUT_META, ["format", GRAPH_FORMAT]),
  statement(PUT_META, ["version", String(SCHEMA_VERSION)]),
];

/** One document as extracted: its record, facts, warnings, and the names they give the gazetteer. */
export interface DocumentGraph {
  record: DocumentRecord;
  facts: Fact[];
  warnings: Warning[];
  names: GazetteerEntry[];
  standards?: DocumentStandards;
}

/** Removes a document and everything it gave the graph. */
export const deleteDocumentStatements = (id: string): SqlStatement[] => [
  statement(`DELETE FROM evidence WHERE fact IN (SELECT n FROM facts WHERE doc = ?1)`, [id]),
  statement(`DELETE FROM facts WHERE doc = ?1`, [id]),
  statement(`DELETE FROM name_sources WHERE doc = ?1`, [id]),
  statement(`DELETE FROM warnings WHERE doc = ?1`, [id]),
  statement(`DELETE FROM standard_refs WHERE doc = ?1`, [id]),
  statement(`DELETE FROM standard_drafting WHERE doc = ?1`, [id]),
  statement(`DELETE FROM documents WHERE id = ?1`, [id]),
];

/** Replaces a document's rows (facts numbered from `firstN`), tagged with the extractor that made them. */
export function documentStatements(d: DocumentGraph, firstN: number, extractor: string | null): SqlStatement[] {
  return [...deleteDocumentStatements(d.record.id), ...insertDocumentStatements(d, firstN, extractor)];
}

/** A document's rows for a graph known not to hold it yet (nothing to delete first). */
export function insertDocumentStatements(d: DocumentGraph, firstN: number, extractor: string | null): SqlStatement[] {
  return [
    statement(INSERT_DOCUMENT, documentRow(d.record, extractor)),
    ...factStatements(d.facts, firstN),
    ...nameStatements(d.names, d.record.id),
    ...warningStatements(d.warnings),
    ...standardStatements(d.standards),
  ];
}

export const MAX_FACT_N = `SELECT coalesce(max(n), 0) AS n FROM facts`;

/** The region names the graph mentions (documents' and facts' regions, recipients' regions). */
export const MENTIONED_REGIONS = `SELECT region AS name FROM documents WHERE region IS NOT NULL
  UNION SELECT region FROM facts WHERE region IS NOT NULL
  UNION SELECT recipient_region FROM facts WHERE recipient_region IS NOT NULL`;

/** Replaces the region table. */
export const replaceRegionStatements = (regions: RegionRecord[]): SqlStatement[] => [
  statement(`DELETE FROM regions`),
  ...regionStatements(regions),
];

/** Everything needed to write a whole graph into an empty database, schema first, counts last. */
export function graphStatements(g: GraphTables, extractor: string | null = null): SqlStatement[] {
  return [
    ...SCHEMA.map((sql) => statement(sql)),
    ...metaStatements(),
    ...g.documents.map((d) => statement(INSERT_DOCUMENT, documentRow(d, extractor))),
    ...factStatements(g.facts, 1),
    ...nameStatements(g.gazetteer),
    ...regionStatements(g.regions),
    ...wholeGraphNameKeys(g),
    ...warningStatements(g.warnings),
    ...standardStatements(g.standards),
    statement(STORE_STATS),
  ];
}

function wholeGraphNameKeys(g: GraphTables): SqlStatement[] {
  const seen = new Set<string>();
  const names = g.gazetteer.filter((e) => {
    const id = `${e.name}\u0000${e.kind}\u0000${e.canonical}`;
    return !seen.has(id) && (seen.add(id), true);
  });
  const { statements, maxLen, firstChars } = nameKeyStatements(names, g.regions);
  return [
    ...statements,
    statement(PUT_META, [MAX_NAME_KEY, String(maxLen)]),
    statement(PUT_META, [NAME_KEY_REGIONS, regionsDigest(g.regions)]),
    statement(PUT_META, [NAME_KEY_FIRST_CHARS, firstChars]),
  ];
}
