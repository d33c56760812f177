import { Hono } from "hono";
import { namesIn, type AwardFilter, type Backend } from "../../graph/backend/backend.js";
import { badRequest } from "../api-error.js";
import type { AppEnv } from "../app-env.js";
import type { GazetteerEntry, Level, Tier } from "../../graph/types.js";
import { expandRegion } from "../../graph/regions.js";
import { toAwardItems } from "./award-items.js";
import { PAGE_PARAMS, pageResult, requestedPage } from "./paging.js";

const LEVELS: Level[] = ["national", "provincial", "municipal", "district", "county"];
const TIERS: Tier[] = ["winner", "nominee", "gold", "silver", "bronze", "other"];
const FILTERS = ["year", "award", "region", "level", "tier", "recipient"] as const;

/** The canonical names a filter value may mean, looked up by name (an indexed query on SQL). */
async function resolveName(backend: Backend, kinds: GazetteerEntry["kind"][], value: string): Promise<string[]> {
  const v = value.normalize("NFKC").trim();
  const entries = await namesIn(backend, [v]);
  return [...new Set(entries.filter((g) => kinds.includes(g.kind) && g.name === v).map((g) => g.canonical))];
}

/** Turns query parameters into an award filter, refusing what the graph cannot know with a reason. */
export async function parseAwardQuery(backend: Backend, query: Record<string, string>): Promise<AwardFilter> {
  for (const k of Object.keys(query)) {
    if (!(FILTERS as readonly string[]).includes(k) && !PAGE_PARAMS.includes(k)) {
      throw badRequest("unknown_filter", `unknown filter "${k}"; use ${FILTERS.join(", ")} (and limit, cursor to page)`);
    }
  }
  const filter: AwardFilter = {};
  if (query.year !== undefined) {
    if (!/^\d{4}$/.test(query.year)) throw badRequest("invalid_year", `year must be four digits, like 2021 (got "${query.year}")`);
    filter.year = Number(query.year);
  }
  if (query.level !== undefined) {
    if (!LEVELS.includes(query.level as Level)) throw badRequest("invalid_level", `level must be one of ${LEVELS.join(", ")}`);
    filter.level = query.level as Level;
  }
  if (query.tier !== undefined) {
    if (!TIERS.includes(query.tier as Tier)) throw badRequest("invalid_tier", `tier must be one of ${TIERS.join(", ")}`);
    filter.tier = query.tier as Tier;
  }
  if (query.award !== undefined) {
    const [award, ...more] = await resolveName(backend, ["award"], query.award);
    if (!award || more.length) throw badRequest("unknown_award", `no award called "${query.award}" in the graph`);
    filter.award = award;
  }
  if (query.recipient !== undefined) {
    const found = await resolveName(backend, ["organization", "person", "project", "brand", "region"], query.recipient);
    if (found.length === 0) throw badRequest("unknown_recipient", `no recipient called "${query.recipient}" in the graph`);
    if (found.length > 1) throw badRequest("ambiguous_recipient", `"${query.recipient}" may mean ${found.join(" or ")}`);
    filter.recipient = found[0];
  }
  if (query.region !== undefined) {
    const regions = await backend.regions();
    const [region] = await resolveName(backend, ["region"], query.region);
    const known = region ?? regions.find((r) => r.name === query.region || r.short === query.region)?.name;
    if (!known) throw badRequest("unknown_region", `no region called "${query.region}" in the graph`);
    filter.recipientRegions = expandRegion(regions, known);
  }
  return filter;
}

/** Award facts, a page at a time (`limit`, `cursor`; `next` links the following page). */
export const awards = new Hono<AppEnv>().get("/", async (c) => {
  const backend = await c.var.backend();
  const query = c.req.query();
  const filter = await parseAwardQuery(backend, query);
  const page = requestedPage(query);
  const fetched = await backend.awards(filter, { ...page, limit: page.limit + 1 });
  const { items: facts, next } = pageResult(fetched, page, c.req.url);
  const items = await toAwardItems(backend, facts);
  return c.json({ count: items.length, filter, items, next });
});
