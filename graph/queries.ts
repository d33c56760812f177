// Queries over a snapshot held in memory: the snapshot backend's implementation of each
// backend method, one pure function each.
import type { AwardFilter, DocumentSummary, GraphStats, ObservationFilter, Page, TargetFilter } from "./filters.js";
import type { AwardFact, Fact, ObservationFact, PolicyFact, Snapshot, TargetFact } from "./types.js";

/** The one order of facts every backend returns: document, position of first evidence, id. */
export function compareFacts(a: Fact, b: Fact): number {
  if (a.doc !== b.doc) return a.doc < b.doc ? -1 : 1;
  const sa = a.evidence[0]?.start ?? 0;
  const sb = b.evidence[0]?.start ?? 0;
  if (sa !== sb) return sa - sb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const inList = (v: string | null | undefined, list: string[] | undefined) => !list || (v != null && list.includes(v));

export function matchesAwardFilter(f: AwardFact, q: AwardFilter): boolean {
  if (q.year != null && f.year !== q.year) return false;
  if (q.yearFrom != null && (f.year == null || f.year < q.yearFrom)) return false;
  if (q.yearTo != null && (f.year == null || f.year > q.yearTo)) return false;
  if (q.award != null && f.award !== q.award) return false;
  if (q.level != null && f.level !== q.level) return false;
  if (q.tier != null && f.tier !== q.tier) return false;
  if (q.recipient != null && f.recipient !== q.recipient) return false;
  if (q.recipientType != null && f.recipient_type !== q.recipientType) return false;
  if (q.edition != null && f.edition !== q.edition) return false;
  if (!inList(f.region, q.awardRegions)) return false;
  if (!inList(f.recipient_region, q.recipientRegions)) return false;
  return true;
}

export function selectAwards(s: Snapshot, q: AwardFilter): AwardFact[] {
  return s.facts.filter((f): f is AwardFact => f.kind === "award" && matchesAwardFilter(f, q)).sort(compareFacts);
}

export function selectPolicies(s: Snapshot): PolicyFact[] {
  return s.facts.filter((f): f is PolicyFact => f.kind === "policy").sort(compareFacts);
}

export function selectTargets(s: Snapshot, q: TargetFilter): TargetFact[] {
  return s.facts
    .filter(
      (f): f is TargetFact =>
        f.kind === "target" &&
        (q.policy == null || f.policy === q.policy) &&
        (q.metricKey == null || (f.metric_key ?? f.metric) === q.metricKey) &&
        inList(f.region, q.regions),
    )
    .sort(compareFacts);
}

export function selectObservations(s: Snapshot, q: ObservationFilter): ObservationFact[] {
  return s.facts
    .filter(
      (f): f is ObservationFact =>
        f.kind === "observation" && (q.metricKey == null || (f.metric_key ?? f.metric) === q.metricKey) && inList(f.region, q.regions),
    )
    .sort(compareFacts);
}

export function selectDocuments(s: Snapshot, ids: string[]): DocumentSummary[] {
  const want = new Set(ids);
  return s.documents.filter((d) => want.has(d.id)).map((d) => ({ id: d.id, title: d.title, date: d.date, region: d.region }));
}

export function countGraph(s: Snapshot): GraphStats {
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  for (const n of s.nodes) for (const l of n.labels) labels[l] = (labels[l] ?? 0) + 1;
  for (const r of s.relationships) types[r.type] = (types[r.type] ?? 0) + 1;
  const sorted = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { labels: sorted(labels), types: sorted(types) };
}

/** A page of facts already in the fact order: those after the cursor, at most `limit`. */
export function pageOf<F extends Fact>(facts: F[], page?: Page): F[] {
  if (!page) return facts;
  const after = page.after;
  const rest = after
    ? facts.filter((f) => compareFacts(f, { doc: after.doc, id: after.id, evidence: [{ start: after.start }] } as unknown as Fact) > 0)
    : facts;
  return rest.slice(0, Math.max(0, Math.floor(page.limit)));
}
