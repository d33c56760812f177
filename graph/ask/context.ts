// What answering needs besides the question, read from the backend once per backend and kept:
// the lexicon (from the gazetteer and regions) and the newest year in the graph.
import type { Backend } from "../backend/backend.js";
import { expandRegion } from "../regions.js";
import type { PolicyFact, RegionRecord } from "../types.js";
import { buildLexicon, type Lexicon } from "./lexicon.js";

export interface AskContext {
  backend: Backend;
  lexicon: Lexicon;
  regions: RegionRecord[];
  newestYear: number | null;
  /** Every policy fact, for resolving policies named by kind (某省纲要). */
  policies: PolicyFact[];
}

const cache = new WeakMap<Backend, Promise<AskContext>>();

export function askContext(backend: Backend): Promise<AskContext> {
  let ctx = cache.get(backend);
  if (!ctx) {
    ctx = load(backend);
    cache.set(backend, ctx);
    ctx.catch(() => cache.delete(backend));
  }
  return ctx;
}

async function load(backend: Backend): Promise<AskContext> {
  const [gazetteer, regions, awards, observations, policies] = await Promise.all([
    backend.gazetteer(),
    backend.regions(),
    backend.awards({}),
    backend.observations({}),
    backend.policies(),
  ]);
  let newestYear: number | null = null;
  for (const f of [...awards, ...observations]) if (f.year != null && (newestYear == null || f.year > newestYear)) newestYear = f.year;
  return { backend, lexicon: buildLexicon(gazetteer, regions), regions, newestYear, policies };
}

/** The regions named and every region inside them, for a backend filter; undefined when none is named. */
export function regionScope(ctx: AskContext, regions: string[]): string[] | undefined {
  return regions.length ? [...new Set(regions.flatMap((r) => expandRegion(ctx.regions, r)))] : undefined;
}

/**
 * A place the division data does not list (某市高新区, a development zone) lies in the listed
 * region its name starts with; recipients are placed no finer than that region.
 */
export function enclosingRegion(ctx: AskContext, name: string): string | null {
  if (ctx.regions.some((r) => r.name === name)) return null;
  const hit = ctx.regions
    .filter((r) => r.level !== "country" && (name.startsWith(r.name) || (r.short.length >= 2 && name.startsWith(r.short))))
    .sort((a, b) => b.name.length - a.name.length)[0];
  return hit?.name ?? null;
}

/** Regions to match a recipient's region against: named ones, those inside them, and the region enclosing an unlisted place. */
export function recipientScope(ctx: AskContext, regions: string[]): string[] | undefined {
  const wider = regions.map((r) => enclosingRegion(ctx, r)).filter((r): r is string => r != null);
  return regionScope(ctx, [...regions, ...wider]);
}
