// What answering needs besides the question. Per backend, kept: the region table (small), the
// newest year in the graph and the longest name key. Per question: the lexicon of the names its
// own words were found under (one indexed lookup of its substrings, name-keys.ts), never the
// whole gazetteer. Backends without a name-key index get one derived in memory, once.
import type { AwardTime, Backend } from "../backend/backend.js";
import { matchesAwardFilter } from "../queries.js";
import { expandRegion } from "../regions.js";
import type { AwardFact, PolicyFact, RegionRecord } from "../types.js";
import { type Lexicon, lexiconOf, regionKeys } from "./lexicon.js";
import {
  type AskMeta,
  candidateSurfaces,
  firstCharsOf,
  type KeyLookup,
  type NameKey,
  NameKeyIndex,
  newestYear,
  organisationKeys,
  quotedBigrams,
} from "./name-keys.js";
import { matchKey } from "./normalize.js";
import { questionText } from "./parse.js";
import { parseTime } from "./time.js";

/** What is kept per backend. */
export interface GraphContext {
  backend: Backend;
  /** The characters looked-up substrings may start with ("" for any). */
  firstChars: string;
  regions: RegionRecord[];
  /** Region names and short forms as name keys. */
  regionKeys: Map<string, NameKey[]>;
  newestYear: number | null;
  maxNameLength: number;
  lookup(q: KeyLookup): Promise<NameKey[]>;
  /** An award and a policy the graph has (the first of each), for suggestions: read once. */
  examples(): Promise<{ award?: string; policy?: string }>;
  /** Every policy fact, read once and only for a question that names a policy by its kind (某省纲要). */
  policies(): Promise<PolicyFact[]>;
}

/** What one question is answered with: the graph's context and the question's lexicon. */
export interface AskContext extends GraphContext {
  lexicon: Lexicon;
}

const cache = new WeakMap<Backend, Promise<GraphContext>>();

export function graphContext(backend: Backend): Promise<GraphContext> {
  let ctx = cache.get(backend);
  if (!ctx) {
    ctx = load(backend);
    cache.set(backend, ctx);
    ctx.catch(() => cache.delete(backend));
  }
  return ctx;
}

async function load(backend: Backend): Promise<GraphContext> {
  const g = await loadNames(backend);
  let examples: Promise<{ award?: string; policy?: string }> | undefined;
  const read = async () => {
    const [awards, policies] = await Promise.all([backend.awards({}, { limit: 1 }), backend.policies({ limit: 1 })]);
    return { award: awards[0]?.award, policy: policies[0]?.title };
  };
  let policies: Promise<PolicyFact[]> | undefined;
  return { ...g, examples: () => (examples ??= read()), policies: () => (policies ??= backend.policies()) };
}

async function loadNames(backend: Backend): Promise<Omit<GraphContext, "examples" | "policies">> {
  // Read side by side: one round trip on D1.
  const [regions, askMeta] = await Promise.all([backend.regions(), backend.nameKeys ? backend.askMeta?.() : undefined]);
  const keys = regionKeys(regions);
  if (backend.nameKeys && askMeta) {
    const meta = askMeta;
    // Region names start substrings worth looking up too.
    if (meta.firstChars) meta.firstChars = firstCharsOf(keys.keys(), meta.firstChars);
    // No longest key: a database written before name keys existed; its names are read whole below.
    if (meta.maxNameLength > 0) return { backend, regions, regionKeys: keys, ...meta, lookup: (q) => backend.nameKeys!(q) };
  }
  // A backend with no name-key index (a test double, or a Neo4j loaded by an older qkg): the keys, derived once.
  const [gazetteer, awards, observations] = await Promise.all([backend.gazetteer(), backend.awards({}), backend.observations({})]);
  const index = new NameKeyIndex(gazetteer, regions);
  const meta: AskMeta = {
    newestYear: newestYear([...awards, ...observations]),
    maxNameLength: index.maxLen,
    firstChars: firstCharsOf(keys.keys(), index.firstChars),
  };
  return { backend, regions, regionKeys: keys, ...meta, lookup: async (q) => index.lookup(q) };
}

/** The lookup of one question's words: its substrings, and the bigrams of the titles it quotes. */
export function questionLookup(ctx: GraphContext, question: string): KeyLookup {
  const text = questionText(question);
  return {
    surfaces: candidateSurfaces(matchKey(text), ctx.maxNameLength, ctx.firstChars || undefined),
    bigrams: quotedBigrams(text),
    fragments: [],
    pairs: [],
  };
}

/** The context for one question: the names its words were found under, and names looked up again. */
export async function askContext(backend: Backend, question: string, unknownNames: string[] = []): Promise<AskContext> {
  const g = await graphContext(backend);
  const lookup = { ...questionLookup(g, question), ...organisationKeys(unknownNames) };
  // The facts the question most likely asks for are read beside its lookup (one round trip on D1).
  const [found, guess] = await Promise.all([g.lookup(lookup), guessedAwards(g, question, lookup.surfaces)]);
  const regionHits = lookup.surfaces.flatMap((s) => g.regionKeys.get(s) ?? []);
  return { ...g, backend: guess ? answeringFrom(backend, guess) : backend, lexicon: lexiconOf([...found, ...regionHits], g.regions) };
}

/** Award facts read on a guess: every fact of one year or edition of each award in `awards`, in fact order. */
interface AwardGuess {
  when: AwardTime;
  awards: Set<string>;
  facts: AwardFact[];
}

/** Most facts a guess may hold to be kept (a page's most): past that it costs more than it saves. */
const GUESS_LIMIT = 500;

/** The one year a question names, else its one edition (届); none for a range (近三年, 2018年以来) or several. */
function namedTime(question: string, newestYear: number | null): AwardTime | undefined {
  const time = parseTime(matchKey(questionText(question)), newestYear);
  if (time.yearFrom != null || time.yearTo != null) return undefined;
  if (time.year != null) return { field: "year", value: time.year };
  if (time.edition != null && time.editions.length <= 1) return { field: "edition", value: time.edition };
  return undefined;
}

/**
 * The guess for a question that names one year or edition (2019年哪些企业获得了某市质量奖, 第三届某奖):
 * the facts of that time of the award its longest award name names. Nothing when the backend cannot
 * read it beside the lookup, or the question names no single year or edition.
 */
async function guessedAwards(g: GraphContext, question: string, surfaces: string[]): Promise<AwardGuess | undefined> {
  if (!g.backend.awardsOfLongestName || !surfaces.length) return undefined;
  const when = namedTime(question, g.newestYear);
  if (!when) return undefined;
  const read = await g.backend.awardsOfLongestName(surfaces, when, GUESS_LIMIT);
  return read ? { when, awards: new Set(read.awards), facts: read.facts } : undefined;
}

/**
 * The backend, answering from the guess the award lists it holds whole: one of its awards, its year
 * or edition, no page. Any other filter on those facts is applied here with the backends' own
 * semantics (matchesAwardFilter), so the answer is the one the backend would give; everything else
 * is asked. Each call gets copies, as each query would.
 */
function answeringFrom(backend: Backend, guess: AwardGuess): Backend {
  const served = Object.create(backend) as Backend;
  served.awards = (filter, page) => {
    const held = !page && filter[guess.when.field] === guess.when.value && filter.award != null && guess.awards.has(filter.award);
    if (!held) return backend.awards(filter, page);
    return Promise.resolve(guess.facts.filter((f) => matchesAwardFilter(f, filter)).map((f) => structuredClone(f)));
  };
  return served;
}

/** The regions named and every region inside them, for a backend filter; undefined when none is named. */
export function regionScope(ctx: Pick<GraphContext, "regions">, regions: string[]): string[] | undefined {
  return regions.length ? [...new Set(regions.flatMap((r) => expandRegion(ctx.regions, r)))] : undefined;
}

/**
 * A place the division data does not list (某市高新区, a development zone) lies in the listed
 * region its name starts with; recipients are placed no finer than that region.
 */
export function enclosingRegion(ctx: Pick<GraphContext, "regions">, name: string): string | null {
  if (ctx.regions.some((r) => r.name === name)) return null;
  const hit = ctx.regions
    .filter((r) => r.level !== "country" && (name.startsWith(r.name) || (r.short.length >= 2 && name.startsWith(r.short))))
    .sort((a, b) => b.name.length - a.name.length)[0];
  return hit?.name ?? null;
}

/** Regions to match a recipient's region against: named ones, those inside them, and the region enclosing an unlisted place. */
export function recipientScope(ctx: Pick<GraphContext, "regions">, regions: string[]): string[] | undefined {
  const wider = regions.map((r) => enclosingRegion(ctx, r)).filter((r): r is string => r != null);
  return regionScope(ctx, [...regions, ...wider]);
}
