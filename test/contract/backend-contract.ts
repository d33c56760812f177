// The backend contract: for one snapshot, every Backend method returns the same thing, in the same
// order, from the snapshot held in memory (the reference) and from a backend under test: SQL
// (SQLite, the engine D1 runs) or Neo4j. The filters are derived from the snapshot's own facts
// (every year, award, level, tier, region… alone and combined, plus ones that match nothing), so
// a richer corpus gives a stronger test. Extend it by adding cases to CONTRACT_CASES.
import { beforeAll, expect, it } from "vitest";
import { type KeyLookup, organisationKeys, quotedBigrams } from "../../graph/ask/name-keys.js";
import { matchKey } from "../../graph/ask/normalize.js";
import {
  type AwardFilter,
  type Backend,
  type FactCursor,
  namesIn,
  type ObservationFilter,
  type Page,
  type PolicyListFilter,
  type PolicyListItem,
  policyIn,
  policySummariesIn,
  policyTitlesIn,
  type TargetFilter,
} from "../../graph/backend/backend.js";
import { policyCursor } from "../../graph/policy-groups.js";
import type { AwardFact, ObservationFact, Snapshot, TargetFact } from "../../graph/types.js";

export interface BackendPair {
  /** The snapshot in memory, answering with the pure queries of graph/queries.ts. */
  reference: Backend;
  /** The backend under test, holding the same graph. */
  tested: Backend;
  /** The snapshot both were made from: the filters come from it. */
  data: Snapshot;
}

const uniq = <T>(xs: (T | null | undefined)[]): T[] => [...new Set(xs.filter((x): x is T => x != null))];

export function awardFilters(s: Snapshot): AwardFilter[] {
  const awards = s.facts.filter((f): f is AwardFact => f.kind === "award");
  const years = uniq(awards.map((f) => f.year)).sort();
  const regions = uniq(awards.map((f) => f.region));
  const recipientRegions = uniq(awards.map((f) => f.recipient_region));
  const filters: AwardFilter[] = [{}];
  for (const year of years) filters.push({ year }, { yearFrom: year }, { yearTo: year });
  if (years.length > 1) filters.push({ yearFrom: years[0]!, yearTo: years[years.length - 1]! - 1 });
  for (const award of uniq(awards.map((f) => f.award))) filters.push({ award });
  for (const level of uniq(awards.map((f) => f.level))) filters.push({ level });
  for (const tier of uniq(awards.map((f) => f.tier))) filters.push({ tier });
  for (const recipientType of uniq(awards.map((f) => f.recipient_type))) filters.push({ recipientType });
  for (const edition of uniq(awards.map((f) => f.edition))) filters.push({ edition });
  for (const recipient of uniq(awards.map((f) => f.recipient)).slice(0, 8)) filters.push({ recipient });
  for (const r of regions) filters.push({ awardRegions: [r] });
  for (const r of recipientRegions) filters.push({ recipientRegions: [r] });
  filters.push({ awardRegions: regions.slice(0, 2) }, { recipientRegions: recipientRegions.slice(0, 2) });
  // Combinations, as questions make them.
  const first = awards[0];
  if (first) {
    filters.push({ award: first.award, ...(first.year != null ? { year: first.year } : {}) });
    filters.push({ level: first.level, tier: first.tier, awardRegions: [first.region] });
    if (first.recipient_region) filters.push({ recipientRegions: [first.recipient_region], yearFrom: 2000 });
  }
  // Filters that match nothing: an empty list is "none of these", not "any".
  filters.push({ awardRegions: [] }, { recipientRegions: [] }, { award: "不存在的奖项" }, { year: 1900 }, { edition: 999 });
  return filters;
}

export function targetFilters(s: Snapshot): TargetFilter[] {
  const targets = s.facts.filter((f): f is TargetFact => f.kind === "target");
  const filters: TargetFilter[] = [{}];
  for (const policy of uniq(targets.map((f) => f.policy))) filters.push({ policy });
  for (const metricKey of uniq(targets.map((f) => f.metric_key ?? f.metric))) filters.push({ metricKey });
  for (const r of uniq(targets.map((f) => f.region))) filters.push({ regions: [r] });
  const first = targets[0];
  if (first) filters.push({ metricKey: first.metric_key ?? first.metric, regions: uniq([first.region, "中国"]) });
  filters.push({ regions: [] }, { policy: "不存在的政策" }, { metricKey: "no_such_metric" });
  return filters;
}

export function observationFilters(s: Snapshot): ObservationFilter[] {
  const obs = s.facts.filter((f): f is ObservationFact => f.kind === "observation");
  const filters: ObservationFilter[] = [{}];
  for (const metricKey of uniq(obs.map((f) => f.metric_key ?? f.metric))) filters.push({ metricKey });
  for (const r of uniq(obs.map((f) => f.region))) filters.push({ regions: [r] });
  filters.push({ regions: [] }, { metricKey: "no_such_metric" });
  return filters;
}

/** Policy list filters: none, with targets, each region of a policy alone and with targets, two, none. */
export function policyFilters(s: Snapshot): PolicyListFilter[] {
  const regions = uniq(s.facts.map((f) => (f.kind === "policy" ? f.region : null)));
  const filters: PolicyListFilter[] = [{}, { withTargets: true }];
  for (const r of regions) filters.push({ regions: [r] }, { regions: [r], withTargets: true });
  filters.push({ regions: regions.slice(0, 2) }, { regions: [] }, { regions: ["不存在的地方"] });
  return filters;
}

/**
 * Keys a policy is asked by: every mention's fact id (a group's id is its first), every title as it
 * is and in NFKC, and keys that name nothing.
 */
export function policyKeys(s: Snapshot): string[] {
  const policies = s.facts.filter((f) => f.kind === "policy");
  const titles = uniq(policies.map((f) => f.title));
  return uniq([...policies.map((f) => f.id), ...titles, ...titles.map((t) => t.normalize("NFKC")), "不存在的政策", "0000000000000000", ""]);
}

export function documentIdLists(s: Snapshot): string[][] {
  const ids = s.documents.map((d) => d.id);
  return [ids, [...ids].reverse().slice(0, 2), [ids[0] ?? "x", "no-such-document.txt"], []];
}

/**
 * Name-key lookups as questions make them, from the snapshot's own names: each name whole and its
 * two- to four-character pieces (surfaces), policy titles quoted (bigrams), and organisation
 * fragments and abbreviation pairs; plus keys that find nothing.
 */
export function keyLookups(s: Snapshot): KeyLookup[] {
  const names = uniq(s.gazetteer.map((g) => g.name));
  const pieces = (k: string) => [k, k.slice(0, 2), k.slice(0, 3), k.slice(-3), k.slice(1, 5)].filter((x) => x.length >= 2);
  const orgs = uniq(s.gazetteer.filter((g) => g.kind === "organization").map((g) => g.name));
  const policies = uniq(s.gazetteer.filter((g) => g.kind === "policy").map((g) => g.canonical));
  const none = { surfaces: [], bigrams: [], fragments: [], pairs: [] };
  return [
    { ...none, surfaces: uniq(names.flatMap((n) => pieces(matchKey(n)))) },
    { ...none, bigrams: quotedBigrams(policies.map((p) => `《${p}》`).join("")) },
    { ...none, ...organisationKeys(orgs.map((o) => o.slice(2, 6))) },
    { ...none, ...organisationKeys(orgs) },
    { surfaces: ["不存在的名字"], bigrams: ["乙丙"], fragments: ["丁戊"], pairs: ["己庚"] },
    none,
  ];
}

/** Name keys in one order: a backend may list the entries of a key in any order. */
const sortedKeys = (keys: { how: string; key: string; kind: string; canonical: string; tier: string }[]) =>
  keys.map((k) => JSON.stringify([k.how, k.key, k.kind, k.canonical, k.tier])).sort();

/** Surface forms and canonical names to look up: every one the gazetteer has, and one it has not. */
const nameLists = (s: Snapshot): string[][] => [
  uniq(s.gazetteer.map((g) => g.name)),
  uniq(s.gazetteer.map((g) => g.canonical)),
  ["不存在的名字"],
  [],
];

/** One case: a name and a way to ask a backend; results from both backends must be equal. */
export interface ContractCase {
  name: string;
  ask: (b: Backend, data: Snapshot) => Promise<unknown>;
}

const each =
  <F>(filters: (s: Snapshot) => F[], call: (b: Backend, f: F) => Promise<unknown>) =>
  async (b: Backend, s: Snapshot) =>
    Promise.all(filters(s).map(async (f) => ({ filter: f, result: await call(b, f) })));

/** Every page of a list, `limit` at a time, each page asked from the cursor of the one before. */
async function allPages<F extends { doc: string; id: string; evidence: { start: number }[] }>(
  list: (page: Page) => Promise<F[]>,
  limit: number,
): Promise<F[][]> {
  const pages: F[][] = [];
  let after: FactCursor | undefined;
  for (let i = 0; i < 10_000; i++) {
    const page = await list({ limit, ...(after ? { after } : {}) });
    if (page.length) pages.push(page);
    if (page.length < limit) break;
    const last = page[page.length - 1]!;
    after = { doc: last.doc, start: last.evidence[0]?.start ?? 0, id: last.id };
  }
  return pages;
}

/** Every page of policy groups, `limit` at a time, each asked from the first mention of the page's last group. */
async function allPolicyPages(b: Backend, filter: PolicyListFilter, limit: number): Promise<PolicyListItem[][]> {
  const pages: PolicyListItem[][] = [];
  let after: FactCursor | undefined;
  for (let i = 0; i < 10_000; i++) {
    const page = await policySummariesIn(b, filter, { limit, ...(after ? { after } : {}) });
    if (page.length) pages.push(page);
    if (page.length < limit) break;
    after = policyCursor(page[page.length - 1]!);
  }
  return pages;
}

export const CONTRACT_CASES: ContractCase[] = [
  { name: "awards(filter) for every filter", ask: each(awardFilters, (b, f) => b.awards(f)) },
  { name: "policies()", ask: (b) => b.policies() },
  { name: "targets(filter) for every filter", ask: each(targetFilters, (b, f) => b.targets(f)) },
  { name: "observations(filter) for every filter", ask: each(observationFilters, (b, f) => b.observations(f)) },
  { name: "documents(ids) for every id list", ask: each(documentIdLists, (b, ids) => b.documents(ids)) },
  {
    name: "document(id) for every document and one that is not there",
    ask: (b, s) => Promise.all([...s.documents.map((d) => d.id), "no-such-document.txt"].map((id) => b.document!(id))),
  },
  { name: "gazetteer()", ask: (b) => b.gazetteer() },
  { name: "regions()", ask: (b) => b.regions() },
  { name: "names(names) for every name list", ask: each(nameLists, (b, names) => namesIn(b, names)) },
  { name: "names(canonical names) for every name list", ask: each(nameLists, (b, names) => namesIn(b, names, "canonical")) },
  {
    name: "canonicalNames(kind) for every kind",
    ask: each(
      () => ["award", "organization", "policy", "metric", "region", "person"] as const,
      (b, kind) => b.canonicalNames!(kind),
    ),
  },
  { name: "nameKeys(lookup) for every lookup", ask: each(keyLookups, async (b, lookup) => sortedKeys(await b.nameKeys!(lookup))) },
  { name: "askMeta()", ask: (b) => b.askMeta!() },
  {
    name: "documentText(id) for every document and one that is not there",
    ask: (b, s) => Promise.all([...s.documents.map((d) => d.id), "no-such-document.txt"].map((id) => b.documentText!(id))),
  },
  { name: "stats()", ask: (b) => b.stats() },
  { name: "awards pages of 1, 2 and 7", ask: (b) => Promise.all([1, 2, 7].map((n) => allPages((p) => b.awards({}, p), n))) },
  {
    name: "award pages under a filter",
    ask: (b, s) =>
      Promise.all(
        awardFilters(s)
          .slice(0, 12)
          .map((f) => allPages((p) => b.awards(f, p), 3)),
      ),
  },
  {
    name: "policies, targets and observations pages",
    ask: (b) =>
      Promise.all([allPages((p) => b.policies(p), 2), allPages((p) => b.targets({}, p), 3), allPages((p) => b.observations({}, p), 2)]),
  },
  { name: "policySummaries(filter) for every filter", ask: each(policyFilters, (b, f) => policySummariesIn(b, f)) },
  {
    name: "policySummaries pages of 1, 2 and 7 under every filter",
    ask: each(policyFilters, (b, f) => Promise.all([1, 2, 7].map((n) => allPolicyPages(b, f, n)))),
  },
  {
    name: "policyTitles(filter) for every filter, whole and a page of 2",
    ask: each(policyFilters, (b, f) => Promise.all([policyTitlesIn(b, f), policyTitlesIn(b, f, { limit: 2 })])),
  },
  { name: "policy(key) for every key", ask: each(policyKeys, (b, key) => policyIn(b, key)) },
  { name: "a page after a cursor past the end", ask: (b) => b.awards({}, { limit: 5, after: { doc: "\uffff", start: 0, id: "" } }) },
];

/**
 * Registers the contract's tests in the current describe block. `makeBackends` runs once, in
 * beforeAll (load Neo4j there). More cases (API routes, questions) can be passed in.
 */
export function runBackendContract(makeBackends: () => Promise<BackendPair>, cases: ContractCase[] = CONTRACT_CASES): void {
  let pair: BackendPair;
  beforeAll(async () => {
    pair = await makeBackends();
  });

  it("compares a backend with the in-memory reference", () => {
    expect(pair.reference.kind).toBe("snapshot");
    expect(pair.tested.kind).not.toBe("snapshot");
  });

  for (const c of cases) {
    it(`returns the same ${c.name} as the reference`, async () => {
      const expected = await c.ask(pair.reference, pair.data);
      const actual = await c.ask(pair.tested, pair.data);
      if (Array.isArray(expected) && expected.every((x) => x && typeof x === "object" && "filter" in x)) {
        // One assertion per filter, so a failure names the filter.
        const got = actual as { filter: unknown; result: unknown }[];
        expected.forEach((e: { filter: unknown; result: unknown }, i) => {
          expect(got[i]!.result, `${c.name}: ${JSON.stringify(e.filter)}`).toStrictEqual(e.result);
        });
      } else {
        expect(actual).toStrictEqual(expected);
      }
    });
  }

  it("asks filters that select something, so equal answers are not just equally empty", async () => {
    const data = pair.data;
    const awards = await Promise.all(awardFilters(data).map((f) => pair.tested.awards(f)));
    const total = data.facts.filter((f) => f.kind === "award").length;
    if (total > 0) {
      expect(awards.some((r) => r.length > 0 && r.length < total)).toBe(true);
      expect(awards[0]).toHaveLength(total);
      const pages = await allPages((p) => pair.tested.awards({}, p), 2);
      expect(pages.length).toBe(Math.ceil(total / 2));
      expect(pages.flat()).toStrictEqual(awards[0]);
    }
    const policies = new Set(data.facts.flatMap((f) => (f.kind === "policy" ? [f.title] : []))).size;
    if (policies > 0) {
      const groups = await policySummariesIn(pair.tested, {});
      expect(groups).toHaveLength(policies);
      const pages = await allPolicyPages(pair.tested, {}, 2);
      expect(pages.length).toBe(Math.ceil(policies / 2));
      expect(pages.flat()).toStrictEqual(groups);
      expect(await policyIn(pair.tested, groups[0]!.title)).not.toBeNull();
    }
    expect(Object.values((await pair.tested.stats()).labels).reduce((a, b) => a + b, 0)).toBe(data.nodes.length + data.facts.length);
  });
}
