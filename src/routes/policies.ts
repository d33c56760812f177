import { type Backend, type PolicyListItem, policyIn, policySummariesIn } from "../../graph/backend/backend.js";
import { countsAwards, judgeTarget, type TargetJudgement } from "../../graph/judge.js";
import { policyKey } from "../../graph/policy-groups.js";
import { expandRegion } from "../../graph/regions.js";
import type { AwardFact, ObservationFact, RegionRecord, TargetFact } from "../../graph/types.js";
import { notFound } from "../api-error.js";
import { AwardItemSchema, JudgedTargetSchema, NextSchema, PolicySummarySchema } from "./api-schemas.js";
import { toAwardItems } from "./award-items.js";
import { createRoute, errorResponses, json, NOT_MODIFIED, openApiRouter, yearParam, z } from "./openapi.js";
import { pageQuery, pageResult, requestedPage } from "./paging.js";

// Policies with their goals judged against the outcomes and awards in the graph. Everything goes
// through the Backend interface, so the snapshot and Neo4j give the same answers.

/** The year targets are judged as of: ?as_of=YYYY, else the current year. */
export const asOfYear = (asOf: number | undefined): number => asOf ?? new Date().getUTCFullYear();

export const asOfParam = yearParam("The year targets are judged as of (default: this year)").optional();

/** A region's name or short name, as the region table has it. */
export const regionParam = z
  .string()
  .min(1)
  .max(100)
  .optional()
  .openapi({ description: "A region, counting the regions inside it", example: "苏州市" });

export type { PolicySummary } from "../../graph/policy-groups.js";

/** Each target with its judgement, from the outcomes of its metric and the awards in its region. */
export async function judgeTargets(
  backend: Backend,
  targets: TargetFact[],
  asOf: number,
  regions?: RegionRecord[],
): Promise<Array<TargetFact & { judgement: TargetJudgement }>> {
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
      // Only a goal to win something counts awards (judge.ts): other targets are judged without
      // reading every award in their region, which grows with the corpus.
      const counts = t.region != null && inside != null && countsAwards(t);
      if (counts && !awardsIn.has(t.region!)) awardsIn.set(t.region!, backend.awards({ recipientRegions: inside }));
      const [observations, awards] = await Promise.all([observationsFor.get(key)!, counts ? awardsIn.get(t.region!)! : []]);
      return { ...t, judgement: judgeTarget(t, observations, awards, allRegions, asOf) };
    }),
  );
}

/** The regions inside a region (by its name or short name); 404 for a region the graph does not know. */
async function regionsInside(backend: Backend, region: string): Promise<string[]> {
  const regions = await backend.regions();
  const known = regions.find((r) => r.name === region || r.short === region)?.name;
  if (!known) throw notFound("unknown_region", `no region called "${region}" in the graph`);
  return expandRegion(regions, known);
}

/** A policy as a pageable item: it sorts, and pages, where its first mention does. */
const pageable = (p: PolicyListItem) => ({ ...p, doc: p.mentions[0]!.doc, evidence: p.mentions[0]!.evidence });

const PolicyItem = PolicySummarySchema.extend({ target_count: z.number().int() }).openapi("PolicyItem");

const listPolicies = createRoute({
  method: "get",
  path: "/",
  tags: ["policies"],
  summary: "Policies, with how many goals each sets, a page at a time",
  request: { query: z.strictObject({ region: regionParam, ...pageQuery }) },
  responses: {
    200: json(
      z.object({ count: z.number().int(), items: z.array(PolicyItem), next: NextSchema }).openapi("PolicyList"),
      "A page of policies",
    ),
    ...NOT_MODIFIED,
    ...errorResponses(404),
  },
});

const PolicyDetail = z
  .object({
    policy: PolicySummarySchema,
    as_of: z.number().int(),
    statuses: z.record(z.string(), z.number().int()).openapi({ description: "How many targets have each status" }),
    targets: z.array(JudgedTargetSchema),
    programmes: z.array(z.object({ name: z.string(), winners: z.array(AwardItemSchema) })),
  })
  .openapi("PolicyDetail");

const getPolicy = createRoute({
  method: "get",
  path: "/{id}",
  tags: ["policies"],
  summary: "One policy with its goals judged against the outcomes and awards in the graph",
  request: {
    params: z.object({
      id: z.string().min(1).max(300).openapi({ description: "The policy's id (from the list) or its title, with or without 《》" }),
    }),
    query: z.strictObject({ as_of: asOfParam }),
  },
  responses: {
    200: json(PolicyDetail, "The policy, its judged targets and the programmes it governs"),
    ...NOT_MODIFIED,
    ...errorResponses(404),
  },
});

export const policies = openApiRouter()
  .openapi(listPolicies, async (c) => {
    const { region, limit, cursor } = c.req.valid("query");
    const page = requestedPage({ limit, cursor });
    const backend = await c.var.backend();
    const filter = region !== undefined ? { regions: await regionsInside(backend, region) } : {};
    // One more than the page, to know whether another follows; only the page's groups are read.
    const fetched = await policySummariesIn(backend, filter, { ...page, limit: page.limit + 1 });
    const { items, next } = pageResult(fetched.map(pageable), page, c.req.url);
    return c.json({ count: items.length, items: items.map(({ doc: _d, evidence: _e, ...p }) => p), next }, 200);
  })
  .openapi(getPolicy, async (c) => {
    const backend = await c.var.backend();
    const key = policyKey(c.req.valid("param").id);
    const asOf = asOfYear(c.req.valid("query").as_of);
    const policy = await policyIn(backend, key);
    if (!policy) throw notFound("policy_not_found", `no policy "${key}" in the graph; GET /api/v1/policies lists them`);
    const targets = await judgeTargets(backend, await backend.targets({ policy: policy.title }), asOf);
    const programmes = [];
    for (const name of policy.programmes) {
      programmes.push({ name, winners: await toAwardItems(backend, await backend.awards({ award: name })) });
    }
    const statuses: Record<string, number> = {};
    for (const t of targets) statuses[t.judgement.status] = (statuses[t.judgement.status] ?? 0) + 1;
    return c.json({ policy, as_of: asOf, statuses, targets, programmes }, 200);
  });
