import { Hono } from "hono";
import { badRequest, notFound } from "../api-error.js";
import type { AppEnv } from "../app-env.js";
import type { Backend } from "../../graph/backend/backend.js";
import { judgeTarget, type TargetJudgement } from "../../graph/judge.js";
import { expandRegion } from "../../graph/regions.js";
import type { AwardFact, Evidence, ObservationFact, PolicyFact, RegionRecord, TargetFact } from "../../graph/types.js";
import { toAwardItems } from "./award-items.js";

// Policies with their goals judged against the outcomes and awards in the graph. Everything goes
// through the Backend interface, so the snapshot and Neo4j give the same answers.

/** The year targets are judged as of: ?as_of=YYYY, else the current year. */
export function asOfYear(query: Record<string, string>): number {
  const v = query.as_of;
  if (v === undefined) return new Date().getUTCFullYear();
  if (!/^\d{4}$/.test(v)) throw badRequest("invalid_as_of", `as_of must be a four-digit year, like 2023 (got "${v}")`);
  return Number(v);
}

/** One policy as the API shows it: a title with every place the graph mentions it. */
export interface PolicySummary {
  id: string;
  title: string;
  region: string | null;
  year: number | null;
  programmes: string[];
  mentions: Array<{ fact_id: string; doc: string; evidence: Evidence[] }>;
}

/** Policy facts grouped by title (one document's mention each); the id is the first fact's. */
export function groupPolicies(facts: PolicyFact[]): PolicySummary[] {
  const byTitle = new Map<string, PolicySummary>();
  for (const f of facts) {
    let p = byTitle.get(f.title);
    if (!p) {
      p = { id: f.id, title: f.title, region: f.region, year: f.year, programmes: [], mentions: [] };
      byTitle.set(f.title, p);
    }
    p.region ??= f.region;
    p.year ??= f.year;
    for (const prog of f.programmes ?? []) if (!p.programmes.includes(prog)) p.programmes.push(prog);
    p.mentions.push({ fact_id: f.id, doc: f.doc, evidence: f.evidence });
  }
  return [...byTitle.values()];
}

/** Each target with its judgement, from the outcomes of its metric and the awards in its region. */
export async function judgeTargets(backend: Backend, targets: TargetFact[], asOf: number, regions?: RegionRecord[]): Promise<Array<TargetFact & { judgement: TargetJudgement }>> {
  const allRegions = regions ?? (await backend.regions());
  // One query per distinct (metric, region) and one award query per region, all in flight at
  // once: over Neo4j each is a round trip, and a decision sets dozens of targets.
  const observationsFor = new Map<string, Promise<ObservationFact[]>>();
  const awardsIn = new Map<string, Promise<AwardFact[]>>();
  return Promise.all(
    targets.map(async (t) => {
      const inside = t.region ? expandRegion(allRegions, t.region) : undefined;
      const metricKey = t.metric_key ?? t.metric;
      const key = `${metricKey}|${t.region ?? ""}`;
      if (!observationsFor.has(key)) observationsFor.set(key, backend.observations({ metricKey, regions: inside }));
      if (t.region && inside && !awardsIn.has(t.region)) awardsIn.set(t.region, backend.awards({ recipientRegions: inside }));
      const [observations, awards] = await Promise.all([observationsFor.get(key)!, t.region ? awardsIn.get(t.region)! : []]);
      return { ...t, judgement: judgeTarget(t, observations, awards, allRegions, asOf) };
    }),
  );
}

const LIST_FILTERS = ["region", "as_of"];

export const policies = new Hono<AppEnv>()
  .get("/", async (c) => {
    const query = c.req.query();
    for (const k of Object.keys(query)) {
      if (!LIST_FILTERS.includes(k)) throw badRequest("unknown_filter", `unknown filter "${k}"; use region`);
    }
    const backend = await c.var.backend();
    let list = groupPolicies(await backend.policies());
    if (query.region !== undefined) {
      const regions = await backend.regions();
      const known = regions.find((r) => r.name === query.region || r.short === query.region)?.name;
      if (!known) throw badRequest("unknown_region", `no region called "${query.region}" in the graph`);
      const inside = new Set(expandRegion(regions, known));
      list = list.filter((p) => p.region != null && inside.has(p.region));
    }
    const targets = await backend.targets({});
    const counts = new Map<string, number>();
    for (const t of targets) if (t.policy) counts.set(t.policy, (counts.get(t.policy) ?? 0) + 1);
    const items = list.map((p) => ({ ...p, target_count: counts.get(p.title) ?? 0 }));
    return c.json({ count: items.length, items });
  })
  .get("/:id", async (c) => {
    const backend = await c.var.backend();
    const key = c.req.param("id").normalize("NFKC").trim().replace(/^《|》$/g, "");
    const asOf = asOfYear(c.req.query());
    const all = groupPolicies(await backend.policies());
    const policy = all.find((p) => p.id === key || p.mentions.some((m) => m.fact_id === key)) ?? all.find((p) => p.title.normalize("NFKC") === key);
    if (!policy) throw notFound("policy_not_found", `no policy "${key}" in the graph; GET /api/v1/policies lists them`);
    const targets = await judgeTargets(backend, await backend.targets({ policy: policy.title }), asOf);
    const programmes = [];
    for (const name of policy.programmes) {
      programmes.push({ name, winners: await toAwardItems(backend, await backend.awards({ award: name })) });
    }
    const statuses: Record<string, number> = {};
    for (const t of targets) statuses[t.judgement.status] = (statuses[t.judgement.status] ?? 0) + 1;
    return c.json({ policy, as_of: asOf, statuses, targets, programmes });
  });
