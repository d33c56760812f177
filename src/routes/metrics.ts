import { type Backend, namesIn } from "../../graph/backend/backend.js";
import { compareGazetteer } from "../../graph/build-graph.js";
import type { TargetFilter } from "../../graph/filters.js";
import { metricKey } from "../../graph/metrics.js";
import { expandRegion } from "../../graph/regions.js";
import { DEFAULT_PAGE } from "../../graph/sql/queries/page.js";
import { notFound } from "../api-error.js";
import { AmbiguousSchema, JudgedTargetSchema, NextSchema, ObservationSchema } from "./api-schemas.js";
import { createRoute, errorResponses, json, NOT_MODIFIED, openApiRouter, z } from "./openapi.js";
import { listCursorAfter, listCursorParam, pageQuery, requestedListPage, twoListNext } from "./paging.js";
import { asOfParam, asOfYear, judgeTargets, regionParam } from "./policies.js";

// One metric over time: every goal set for it (judged) and every outcome reported, under any of
// its phrasings (the alias table in graph/metric-aliases.ts decides which phrasings are one metric).
// Both lists page with one `limit`: `targets_cursor` and `cursor` say where each starts (fact order),
// `next` carries both; a page's observations are shown by year (stable), so a metric that fits one
// page reads as it always did, and only the page's targets are judged.

const Metric = z
  .object({
    metric_key: z.string(),
    names: z.array(z.string()).openapi({ description: "The phrasings this page's facts use for it" }),
    as_of: z.number().int(),
    targets: z.array(JudgedTargetSchema).openapi({ description: "A page of its targets, in fact order, judged as of `as_of`" }),
    observations: z
      .array(ObservationSchema)
      .openapi({ description: "A page of its observations (the next in fact order), shown by year, unknown years last" }),
    next: NextSchema.openapi({ description: "The path of the page with the rest of both lists, or null when both have ended" }),
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
    query: z.strictObject({
      region: regionParam,
      as_of: asOfParam,
      limit: pageQuery.limit,
      cursor: listCursorParam("observations"),
      targets_cursor: listCursorParam("targets"),
    }),
  },
  responses: {
    200: json(Metric, "The metric's targets and observations"),
    300: json(AmbiguousSchema, "The phrasing means more than one metric"),
    ...NOT_MODIFIED,
    ...errorResponses(404),
  },
});

/** Whether the metric has any target or observation (a page past the last of both lists is empty, the metric is not). */
async function hasMeasures(backend: Backend, filter: TargetFilter): Promise<boolean> {
  const [t, o] = await Promise.all([backend.targets(filter, { limit: 1 }), backend.observations(filter, { limit: 1 })]);
  return t.length + o.length > 0;
}

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
  const limit = query.limit ?? DEFAULT_PAGE;
  const targetPage = requestedListPage(limit, query.targets_cursor);
  const observationPage = requestedListPage(limit, query.cursor);
  const filter = { metricKey: key, regions: inside };
  const [fetchedTargets, fetchedObservations] = await Promise.all([
    targetPage ? backend.targets(filter, { ...targetPage, limit: limit + 1 }) : [],
    observationPage ? backend.observations(filter, { ...observationPage, limit: limit + 1 }) : [],
  ]);
  const targets = listCursorAfter(fetchedTargets, targetPage);
  const observations = listCursorAfter(fetchedObservations, observationPage);
  if (targets.items.length === 0 && observations.items.length === 0 && !(await hasMeasures(backend, filter))) {
    throw notFound("metric_not_found", `no goal or outcome for "${name}" in the graph`);
  }
  const byYear = [...observations.items].sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999));
  const names = [...new Set([...targets.items, ...observations.items].map((f) => f.metric))];
  const next = twoListNext(c.req.url, limit, { targets_cursor: targets.cursor, cursor: observations.cursor });
  const judged = await judgeTargets(backend, targets.items, asOf, regions);
  return c.json({ metric_key: key, names, as_of: asOf, targets: judged, observations: byYear, next }, 200);
});
