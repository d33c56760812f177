import { type AwardFilter, type Backend, namesIn } from "../../graph/backend/backend.js";
import { expandRegion } from "../../graph/regions.js";
import type { GazetteerEntry } from "../../graph/types.js";
import { ApiError, notFound } from "../api-error.js";
import { AmbiguousSchema, AwardItemSchema, LevelSchema, NextSchema, TierSchema } from "./api-schemas.js";
import { toAwardItems } from "./award-items.js";
import { createRoute, errorResponses, json, NOT_MODIFIED, openApiRouter, yearParam, z } from "./openapi.js";
import { pageQuery, pageResult, requestedPage } from "./paging.js";

/** A name as the graph's gazetteer may hold it. */
const nameParam = (description: string, example: string) => z.string().min(1).max(200).optional().openapi({ description, example });

export const AwardQuery = z
  .strictObject({
    year: yearParam("The year the award was given for").optional(),
    award: nameParam("An award's name, full or short", "中国质量奖"),
    region: nameParam("The recipient's region, counting the regions inside it", "江苏省"),
    level: LevelSchema.optional().openapi({ description: "The level of the body that grants the award" }),
    tier: TierSchema.optional().openapi({ description: "winner, nominee (提名奖), gold/silver/bronze, or other" }),
    recipient: nameParam("An organisation's, person's, project's or brand's name, full or short", "某某电器股份有限公司"),
    ...pageQuery,
  })
  .openapi("AwardQuery");

export type AwardQueryInput = Omit<z.infer<typeof AwardQuery>, "limit" | "cursor">;

/** The canonical names a filter value may mean, looked up by name (an indexed query on SQL). */
async function resolveName(backend: Backend, kinds: GazetteerEntry["kind"][], value: string): Promise<string[]> {
  const v = value.normalize("NFKC").trim();
  const entries = await namesIn(backend, [v]);
  return [...new Set(entries.filter((g) => kinds.includes(g.kind) && g.name === v).map((g) => g.canonical))];
}

/** The name a filter value means: 404 when the graph knows none, an Ambiguous answer (300) when several. */
export class AmbiguousName extends ApiError {
  constructor(
    readonly term: string,
    readonly candidates: string[],
  ) {
    super(400, "ambiguous_name", `"${term}" may mean ${candidates.join(" or ")}`);
  }
}

/**
 * Turns validated query parameters into an award filter. A name the graph does not know is a 404
 * with a reason (the filter names something that is not there), not an empty list.
 */
export async function parseAwardQuery(backend: Backend, query: AwardQueryInput): Promise<AwardFilter> {
  const filter: AwardFilter = {};
  if (query.year !== undefined) filter.year = query.year;
  if (query.level !== undefined) filter.level = query.level;
  if (query.tier !== undefined) filter.tier = query.tier;
  // Both names are looked up at once (one round trip on D1).
  const [awards, recipients] = await Promise.all([
    query.award === undefined ? undefined : resolveName(backend, ["award"], query.award),
    query.recipient === undefined
      ? undefined
      : resolveName(backend, ["organization", "person", "project", "brand", "region"], query.recipient),
  ]);
  if (awards) {
    if (awards.length === 0) throw notFound("unknown_award", `no award called "${query.award}" in the graph`);
    if (awards.length > 1) throw new AmbiguousName(query.award!, awards);
    filter.award = awards[0];
  }
  if (recipients) {
    if (recipients.length === 0) throw notFound("unknown_recipient", `no recipient called "${query.recipient}" in the graph`);
    if (recipients.length > 1) throw new AmbiguousName(query.recipient!, recipients);
    filter.recipient = recipients[0];
  }
  if (query.region !== undefined) {
    const regions = await backend.regions();
    const [region] = await resolveName(backend, ["region"], query.region);
    const known = region ?? regions.find((r) => r.name === query.region || r.short === query.region)?.name;
    if (!known) throw notFound("unknown_region", `no region called "${query.region}" in the graph`);
    filter.recipientRegions = expandRegion(regions, known);
  }
  return filter;
}

/** The filter if every name in the query is its own canonical name; undefined with a region (it is expanded). */
function filterAsGiven(query: AwardQueryInput): AwardFilter | undefined {
  if (query.region !== undefined) return undefined;
  const filter: AwardFilter = {};
  if (query.year !== undefined) filter.year = query.year;
  if (query.level !== undefined) filter.level = query.level;
  if (query.tier !== undefined) filter.tier = query.tier;
  if (query.award !== undefined) filter.award = query.award.normalize("NFKC").trim();
  if (query.recipient !== undefined) filter.recipient = query.recipient.normalize("NFKC").trim();
  return filter;
}

const sameFilter = (a: AwardFilter, b: AwardFilter) =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].every(
    (k) => JSON.stringify(a[k as keyof AwardFilter]) === JSON.stringify(b[k as keyof AwardFilter]),
  );

const AwardList = z
  .object({
    count: z.number().int(),
    filter: z.record(z.string(), z.unknown()).openapi({ description: "The filter as the graph applied it (canonical names)" }),
    items: z.array(AwardItemSchema),
    next: NextSchema,
  })
  .openapi("AwardList");

const listAwards = createRoute({
  method: "get",
  path: "/",
  tags: ["awards"],
  summary: "Award facts, filtered, a page at a time",
  request: { query: AwardQuery },
  responses: {
    200: json(AwardList, "A page of award facts with their evidence"),
    300: json(AmbiguousSchema, "A name in the filter means more than one thing"),
    ...NOT_MODIFIED,
    ...errorResponses(404),
  },
});

/** Award facts, a page at a time (`limit`, `cursor`; `next` links the following page). */
export const awards = openApiRouter().openapi(listAwards, async (c) => {
  const backend = await c.var.backend();
  const { limit, cursor, ...query } = c.req.valid("query");
  const page = requestedPage({ limit, cursor });
  const fetch = { ...page, limit: page.limit + 1 };
  // Names in a filter are most often the canonical ones: the page is asked for with the names as
  // given while they are looked up (one round trip on D1), and asked again only when one was an alias.
  const guess = filterAsGiven(query);
  const guessed = guess ? backend.awards(guess, fetch) : undefined;
  guessed?.catch(() => undefined);
  let filter: AwardFilter;
  try {
    filter = await parseAwardQuery(backend, query);
  } catch (e) {
    if (e instanceof AmbiguousName) return c.json({ name: e.term, ambiguous: true as const, candidates: e.candidates }, 300);
    throw e;
  }
  const fetched = guessed && sameFilter(filter, guess!) ? await guessed : await backend.awards(filter, fetch);
  const { items: facts, next } = pageResult(fetched, page, c.req.url);
  const items = await toAwardItems(backend, facts);
  return c.json({ count: items.length, filter: { ...filter }, items, next }, 200);
});
