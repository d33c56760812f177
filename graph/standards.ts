// Standards as entities (issue 17): the references and drafting statements of every document,
// gathered per standard. Pure: the snapshot backend, the SQL backend (over the rows it read) and
// the graph builder all gather with these functions, so they give the same standards.
import type { DocumentStandards, StandardDrafting, StandardEntity, StandardLevel, StandardRef } from "./types.js";

export const STANDARD_LEVELS: StandardLevel[] = ["international", "national", "industry", "local", "group", "enterprise"];

/** What the standards list can be filtered on; all given filters must hold. */
export interface StandardFilter {
  /** Some reference or drafting statement gives the standard this level. */
  level?: StandardLevel;
  /** The texts name this organisation as drafting it. */
  organization?: string;
}

/** A page of standards: at most `limit` after the standard keyed `after` (standards are in key order). */
export interface StandardPage {
  limit: number;
  after?: string;
}

/** One standard, whatever edition is cited: its number ("GB/T 19580") when it has a code, else its title. */
export function standardKey(s: { number?: string | null; code?: string | null; title: string | null }): string | null {
  const number = s.number ?? (s.code ? s.code.replace(/[-:]\d{4}$/, "") : null);
  return number ?? s.title ?? null;
}

/** The standard key of a drafting statement that names one ("某公司主导起草的GB/T …"), else null. */
export const draftingKey = (d: StandardDrafting): string | null => (d.standard ? standardKey(d.standard) : null);

const byPlace = (a: { doc: string; evidence: { start: number } }, b: { doc: string; evidence: { start: number } }) =>
  a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.evidence.start - b.evidence.start;

const firstOf = <T>(list: T[], pick: (x: T) => string | null | undefined): string | null => {
  for (const x of list) {
    const v = pick(x);
    if (v != null) return v;
  }
  return null;
};

/** The standard entity from its references and the drafting statements that name it. */
function entity(key: string, refs: StandardRef[], drafting: StandardDrafting[]): StandardEntity {
  const mentions = [...refs].sort(byPlace);
  const drafts = [...drafting].sort(byPlace);
  // The latest edition's code names the standard (GB/T 19580-2012 over GB/T 19580-2004).
  const coded = [...mentions].filter((r) => r.code).sort((a, b) => (b.edition_year ?? 0) - (a.edition_year ?? 0));
  const editions = [...new Set(mentions.flatMap((r) => (r.edition_year != null ? [r.edition_year] : [])))].sort((a, b) => a - b);
  const level = firstOf(mentions, (r) => r.level) ?? firstOf(drafts, (d) => d.levels[0]);
  const drafters = new Map<string, StandardEntity["drafted_by"][number]>();
  for (const d of drafts)
    if (d.organization && !drafters.has(d.organization))
      drafters.set(d.organization, { organization: d.organization, role: d.role, year: d.year, doc: d.doc });
  const names = (pick: (r: StandardRef) => string[] | undefined) => [...new Set(mentions.flatMap((r) => pick(r) ?? []))].sort();
  return {
    key,
    code: coded[0]?.code ?? firstOf(mentions, (r) => r.number) ?? firstOf(drafts, (d) => d.standard?.code),
    number: firstOf(mentions, (r) => r.number) ?? firstOf(drafts, (d) => (d.standard?.code ? standardKey(d.standard) : null)),
    title: firstOf(mentions, (r) => r.title) ?? firstOf(drafts, (d) => d.standard?.title),
    level: level as StandardLevel | null,
    province: firstOf(mentions, (r) => r.province),
    editions,
    drafted_by: [...drafters.values()],
    evaluates: names((r) => r.evaluates),
    cited_by: names((r) => r.cited_by),
    mentions,
  };
}

/** Every standard the references and drafting statements name, in key order. */
export function gatherStandards(s: DocumentStandards): StandardEntity[] {
  const refs = new Map<string, StandardRef[]>();
  const drafts = new Map<string, StandardDrafting[]>();
  const push = <T>(m: Map<string, T[]>, k: string, v: T) => (m.get(k) ?? m.set(k, []).get(k)!).push(v);
  for (const r of s.refs) {
    const k = standardKey(r);
    if (k) push(refs, k, r);
  }
  for (const d of s.drafting) {
    const k = draftingKey(d);
    if (k) push(drafts, k, d);
  }
  const keys = [...new Set([...refs.keys(), ...drafts.keys()])].sort();
  return keys.map((k) => entity(k, refs.get(k) ?? [], drafts.get(k) ?? []));
}

/** Whether a standard passes the filter (see StandardFilter). */
export function matchesStandardFilter(e: StandardEntity, f: StandardFilter): boolean {
  if (f.level && !(e.level === f.level || e.mentions.some((r) => r.level === f.level))) return false;
  if (f.organization && !e.drafted_by.some((d) => d.organization === f.organization)) return false;
  return true;
}

/** The standards passing the filter, a page of them when asked. */
export function selectStandardEntities(all: StandardEntity[], f: StandardFilter, page?: StandardPage): StandardEntity[] {
  const after = page?.after;
  const matching = all.filter((e) => matchesStandardFilter(e, f) && (after == null || e.key > after));
  return page ? matching.slice(0, Math.max(0, Math.floor(page.limit))) : matching;
}

/**
 * Drafting statements that name an organisation ("某公司主导制定国家标准3项", "某公司参与起草的GB/T …"),
 * in document order: with a level, those covering it; with an organisation, its own.
 */
export function selectDrafting(drafting: StandardDrafting[], f: StandardFilter): StandardDrafting[] {
  return drafting
    .filter(
      (d) => d.organization != null && (!f.level || d.levels.includes(f.level)) && (!f.organization || d.organization === f.organization),
    )
    .sort(byPlace);
}

/** Normalises a code as people type it ("gb/t19580", "GB/T 19580-2012") to compare with a standard's number. */
export function codeLookupKey(code: string): string {
  return code
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s/／]+/g, "")
    .replace(/[—–]/g, "-")
    .replace(/[-:]\d{2,4}$/, "");
}

/** The standard a code (any written form, with or without its year) or a title names, else null. */
export function findStandard(all: StandardEntity[], codeOrTitle: string): StandardEntity | null {
  const want = codeLookupKey(codeOrTitle);
  const title = codeOrTitle.replace(/[《》]/g, "").trim();
  return (
    all.find(
      (e) => (e.number != null && codeLookupKey(e.number) === want) || e.title === title || e.mentions.some((r) => r.title === title),
    ) ?? null
  );
}
