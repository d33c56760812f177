import { namesIn } from "../../graph/backend/backend.js";
import { compareGazetteer } from "../../graph/build-graph.js";
import { metricKey } from "../../graph/metrics.js";
import { expandRegion } from "../../graph/regions.js";
import { notFound } from "../api-error.js";
import { AmbiguousSchema, JudgedTargetSchema, ObservationSchema } from "./api-schemas.js";
import { createRoute, errorResponses, json, NOT_MODIFIED, openApiRouter, z } from "./openapi.js";
import { asOfParam, asOfYear, judgeTargets, regionParam } from "./policies.js";

// One metric over time: every goal set for it (judged) and every outcome reported, under any of
// its phrasings (the alias table in graph/metric-aliases.ts decides which phrasings are one metric).

const Metric = z
  .object({
    metric_key: z.string(),
    names: z.array(z.string()).openapi({ description: "The phrasings the graph's documents use for it" }),
    as_of: z.number().int(),
    targets: z.array(JudgedTargetSchema),
    observations: z.array(ObservationSchema),
  })
  .openapi("Metric");

const getMetric = createRoute({
  method: "get",
  path: "/{name}",
  tags: ["policies"],
  summary: "A metric's goals (judged) and reported outcomes, under any of its phrasings",
  request: {
    params: z.object({
      name: z.string().min(1).max(200).openapi({ description: "The metric, in any phrasing", example: "工业产品抽检合格率" }),
    }),
    query: z.strictObject({ region: regionParam, as_of: asOfParam }),
  },
  responses: {
    200: json(Metric, "The metric's targets and observations"),
    300: json(AmbiguousSchema, "The phrasing means more than one metric"),
    ...NOT_MODIFIED,
    ...errorResponses(404),
  },
});

export const metrics = openApiRouter().openapi(getMetric, async (c) => {
  const query = c.req.valid("query");
  const backend = await c.var.backend();
  const name = c.req.valid("param").name.normalize("NFKC").trim();
  const asOf = asOfYear(query.as_of);
  // The phrasings called `name` or resolving to it: two indexed lookups, in the gazetteer's order.
  const [called, of] = await Promise.all([namesIn(backend, [name]), namesIn(backend, [name], "canonical")]);
  const matches = [...called, ...of].filter((g) => g.kind === "metric" && (g.name === name || g.canonical === name));
  const keys = [...new Set(matches.sort(compareGazetteer).map((g) => g.canonical))];
  const key = keys[0] ?? metricKey(name);
  if (keys.length > 1) return c.json({ name, ambiguous: true as const, candidates: keys }, 300);

  const regions = await backend.regions();
  let inside: string[] | undefined;
  if (query.region !== undefined) {
    const known = regions.find((r) => r.name === query.region || r.short === query.region)?.name;
    if (!known) throw notFound("unknown_region", `no region called "${query.region}" in the graph`);
    inside = expandRegion(regions, known);
  }
  const targets = await backend.targets({ metricKey: key, regions: inside });
  const observations = await backend.observations({ metricKey: key, regions: inside });
  if (targets.length === 0 && observations.length === 0) {
    throw notFound("metric_not_found", `no goal or outcome for "${name}" in the graph`);
  }
  const byYear = [...observations].sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999));
  const names = [...new Set([...targets, ...observations].map((f) => f.metric))];
  return c.json(
    { metric_key: key, names, as_of: asOf, targets: await judgeTargets(backend, targets, asOf, regions), observations: byYear },
    200,
  );
});
