import { Hono } from "hono";
import { badRequest, notFound } from "../api-error.js";
import type { AppEnv } from "../app-env.js";
import { metricKey } from "../../graph/metrics.js";
import { expandRegion } from "../../graph/regions.js";
import { asOfYear, judgeTargets } from "./policies.js";

// One metric over time: every goal set for it (judged) and every outcome reported, under any of
// its phrasings (the alias table in graph/metric-aliases.ts decides which phrasings are one metric).

const FILTERS = ["region", "as_of"];

export const metrics = new Hono<AppEnv>().get("/:name", async (c) => {
  const query = c.req.query();
  for (const k of Object.keys(query)) {
    if (!FILTERS.includes(k)) throw badRequest("unknown_filter", `unknown filter "${k}"; use region, as_of`);
  }
  const backend = await c.var.backend();
  const name = c.req.param("name").normalize("NFKC").trim();
  const asOf = asOfYear(query);
  const gazetteer = await backend.gazetteer();
  const keys = [...new Set(gazetteer.filter((g) => g.kind === "metric" && (g.name === name || g.canonical === name)).map((g) => g.canonical))];
  const key = keys[0] ?? metricKey(name);
  if (keys.length > 1) return c.json({ name, ambiguous: true, candidates: keys }, 300);

  const regions = await backend.regions();
  let inside: string[] | undefined;
  if (query.region !== undefined) {
    const known = regions.find((r) => r.name === query.region || r.short === query.region)?.name;
    if (!known) throw badRequest("unknown_region", `no region called "${query.region}" in the graph`);
    inside = expandRegion(regions, known);
  }
  const targets = await backend.targets({ metricKey: key, regions: inside });
  const observations = await backend.observations({ metricKey: key, regions: inside });
  if (targets.length === 0 && observations.length === 0) {
    throw notFound("metric_not_found", `no goal or outcome for "${name}" in the graph`);
  }
  const byYear = [...observations].sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999));
  const names = [...new Set([...targets, ...observations].map((f) => f.metric))];
  return c.json({
    metric_key: key,
    names,
    as_of: asOf,
    targets: await judgeTargets(backend, targets, asOf, regions),
    observations: byYear,
  });
});
