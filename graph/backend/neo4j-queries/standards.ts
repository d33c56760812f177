// Standard nodes with what links to them (graph/build-graph.ts addStandards), rebuilt into the
// StandardEntity the snapshot gathers: the node keeps its references as JSON (`mentions`);
// drafters, reviewed awards and citing policies come from the relationships.
import { findStandard, type StandardFilter, type StandardPage, selectDrafting, selectStandardEntities } from "../../standards.js";
import type { DraftingRole, StandardDrafting, StandardEntity, StandardLevel } from "../../types.js";
import type { RunQuery } from "./run-query.js";

export const STANDARDS = `
MATCH (s:Standard)
RETURN properties(s) AS props,
  [(o:Organization)-[d:DRAFTED]->(s) | {organization: o.name, role: d.role, year: d.year, doc: d.doc, start: d.start}] AS drafted,
  [(a:Award)-[:EVALUATED_BY]->(s) | a.name] AS evaluates,
  [(p:Policy)-[:CITES]->(s) | p.name] AS citedBy`;

export type StandardsParams = Record<string, never>;

export interface StandardsRow {
  props: Record<string, unknown>;
  drafted: Array<{ organization: string; role: DraftingRole | null; year: number | null; doc: string; start: number }>;
  evaluates: string[];
  citedBy: string[];
}

const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const num = (v: unknown): number | null => (v == null ? null : Number(v));

export function standardFromRow(r: StandardsRow): StandardEntity {
  const p = r.props;
  const drafted = [...r.drafted].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : Number(a.start) - Number(b.start)));
  return {
    key: String(p.name),
    code: str(p.code),
    number: str(p.number),
    title: str(p.title),
    level: str(p.level) as StandardLevel | null,
    province: str(p.province),
    editions: JSON.parse(String(p.editions ?? "[]")) as number[],
    drafted_by: drafted.map((d) => ({ organization: d.organization, role: d.role ?? null, year: num(d.year), doc: d.doc })),
    evaluates: [...r.evaluates].sort(),
    cited_by: [...r.citedBy].sort(),
    mentions: JSON.parse(String(p.mentions ?? "[]")),
  };
}

/** Every standard in key order (few: standards are filtered and paged in memory). */
export async function allStandardEntities(run: RunQuery): Promise<StandardEntity[]> {
  const rows = await run<StandardsRow>(STANDARDS, {} satisfies StandardsParams);
  return rows.map(standardFromRow).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export async function standards(run: RunQuery, f: StandardFilter, page?: StandardPage): Promise<StandardEntity[]> {
  return selectStandardEntities(await allStandardEntities(run), f, page);
}

// An organisation's drafting statements are kept on its node as JSON (`drafting`), in document order.
export const DRAFTING = `
MATCH (o:Organization)
WHERE o.drafting IS NOT NULL
RETURN o.drafting AS drafting`;

export async function standardDrafting(run: RunQuery, f: StandardFilter): Promise<StandardDrafting[]> {
  const rows = await run<{ drafting: string }>(DRAFTING, {} satisfies StandardsParams);
  return selectDrafting(
    rows.flatMap((r) => JSON.parse(r.drafting) as StandardDrafting[]),
    f,
  );
}

export async function standard(run: RunQuery, codeOrTitle: string): Promise<StandardEntity | null> {
  return findStandard(await allStandardEntities(run), codeOrTitle);
}
