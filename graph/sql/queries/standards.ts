// Standards from the standard_refs and standard_drafting tables: the keys passing a filter (a
// page of them in key order), then their rows, gathered by graph/standards.ts as the snapshot
// backend gathers them.
import { codeLookupKey, findStandard, gatherStandards, type StandardFilter, type StandardPage } from "../../standards.js";
import type { DocumentStandards, StandardDrafting, StandardEntity, StandardRef } from "../../types.js";
import { type Condition, type SqlDatabase, whereClause } from "../database.js";

const ALL_KEYS = `SELECT key FROM standard_refs WHERE key IS NOT NULL UNION SELECT key FROM standard_drafting WHERE key IS NOT NULL`;

function keysQuery(f: StandardFilter, page?: StandardPage): { sql: string; params: (string | number)[] } {
  const conditions: Condition[] = [];
  if (f.level) {
    conditions.push([
      "(k.key IN (SELECT key FROM standard_refs WHERE level = ?) OR k.key IN (SELECT key FROM standard_drafting WHERE json_extract(record, '$.levels[0]') = ? AND key NOT IN (SELECT key FROM standard_refs WHERE level IS NOT NULL)))",
      f.level,
      f.level,
    ]);
  }
  if (f.organization) conditions.push(["k.key IN (SELECT key FROM standard_drafting WHERE organization = ?)", f.organization]);
  if (page?.after != null) conditions.push(["k.key > ?", page.after]);
  const where = whereClause(conditions);
  const limit = page ? ` LIMIT ${Math.max(0, Math.floor(page.limit))}` : "";
  return {
    sql: `SELECT k.key AS key FROM (${ALL_KEYS}) AS k ${where.sql} ORDER BY k.key${limit}`,
    params: where.params as (string | number)[],
  };
}

/** The rows of the standards keyed `keys`, in document order. */
async function rowsOf(db: SqlDatabase, keys: string[]): Promise<DocumentStandards> {
  const json = JSON.stringify(keys);
  const [refs, drafting] = await Promise.all([
    db.all<{ record: string }>(
      `SELECT record FROM standard_refs WHERE key IN (SELECT value FROM json_each(?1)) ORDER BY doc, start, rowid`,
      [json],
    ),
    db.all<{ record: string }>(
      `SELECT record FROM standard_drafting WHERE key IN (SELECT value FROM json_each(?1)) ORDER BY doc, start, rowid`,
      [json],
    ),
  ]);
  return {
    refs: refs.map((r) => JSON.parse(r.record) as StandardRef),
    drafting: drafting.map((r) => JSON.parse(r.record) as StandardDrafting),
  };
}

export async function standards(db: SqlDatabase, f: StandardFilter, page?: StandardPage): Promise<StandardEntity[]> {
  const { sql, params } = keysQuery(f, page);
  const keys = (await db.all<{ key: string }>(sql, params)).map((r) => r.key);
  return keys.length ? gatherStandards(await rowsOf(db, keys)) : [];
}

/** The standard a code (any written form, with or without year) or a title names, else null (as findStandard). */
export async function standard(db: SqlDatabase, codeOrTitle: string): Promise<StandardEntity | null> {
  const title = codeOrTitle.replace(/[《》]/g, "").trim();
  // Keys are numbers ("GB/T 19580") or titles; a coded standard is found by its title through its references.
  const keys = await db.all<{ key: string; number: string | null; title: string | null }>(
    `SELECT DISTINCT key, json_extract(record, '$.number') AS number, json_extract(record, '$.title') AS title FROM standard_refs WHERE key IS NOT NULL
     UNION SELECT DISTINCT key, json_extract(record, '$.standard.code'), json_extract(record, '$.standard.title') FROM standard_drafting WHERE key IS NOT NULL ORDER BY key`,
  );
  const want = codeLookupKey(codeOrTitle);
  const all = gatherStandards(
    await rowsOf(db, [
      ...new Set(keys.filter((k) => (k.number != null && codeLookupKey(k.number) === want) || k.title === title).map((k) => k.key)),
    ]),
  );
  return findStandard(all, codeOrTitle);
}

/** Drafting statements naming an organisation, in document order (as selectDrafting). */
export async function standardDrafting(db: SqlDatabase, f: StandardFilter): Promise<StandardDrafting[]> {
  const conditions: Condition[] = [["organization IS NOT NULL"]];
  if (f.organization) conditions.push(["organization = ?", f.organization]);
  if (f.level) conditions.push(["EXISTS (SELECT 1 FROM json_each(standard_drafting.record, '$.levels') AS l WHERE l.value = ?)", f.level]);
  const where = whereClause(conditions);
  const rows = await db.all<{ record: string }>(
    `SELECT record FROM standard_drafting ${where.sql} ORDER BY doc, start, rowid`,
    where.params,
  );
  return rows.map((r) => JSON.parse(r.record) as StandardDrafting);
}

/** Every reference and drafting statement, in document order (reading a whole graph back). */
export async function allStandards(db: SqlDatabase): Promise<DocumentStandards> {
  const [refs, drafting] = await Promise.all([
    db.all<{ record: string }>(`SELECT record FROM standard_refs ORDER BY doc, start, rowid`),
    db.all<{ record: string }>(`SELECT record FROM standard_drafting ORDER BY doc, start, rowid`),
  ]);
  return {
    refs: refs.map((r) => JSON.parse(r.record) as StandardRef),
    drafting: drafting.map((r) => JSON.parse(r.record) as StandardDrafting),
  };
}
