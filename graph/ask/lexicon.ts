// The names a question can use: the surface forms its own words were found under (full names,
// aliases, derived short names, region short names, award names with and without their region),
// each mapped to what it may refer to, matched longest-first.
import type { RegionRecord, Tier } from "../types.js";
import type { NameKey } from "./name-keys.js";
import { matchKey } from "./normalize.js";

export type LexKind = "organization" | "person" | "project" | "brand" | "region" | "award" | "policy";

export interface LexEntry {
  kind: LexKind;
  /** Canonical names this surface may mean (two or more: ambiguous). */
  names: string[];
  /** A short name we derived (青禾电缆 from 江苏青禾电缆集团有限公司), not one the graph states. */
  derived: boolean;
}

export interface Mention extends LexEntry {
  surface: string;
  /** The grade written into the award's name (上海市质量金奖 → gold). */
  tier?: Tier;
  start: number;
  end: number;
}

export interface Lexicon {
  surfaces: Map<string, LexEntry[]>;
  maxLen: number;
  /** Surface lengths, longest first, and the characters surfaces start with: to skip hopeless lookups. */
  lengths: number[];
  firstChars: Set<string>;
  regions: RegionRecord[];
  /** The awards the question's words name (canonical). */
  awards: string[];
  /** Award endings the question writes (鲁班奖) → the awards ending so (canonical). */
  suffixes: Map<string, string[]>;
  /** Policy titles sharing words with a title the question quotes (canonical). */
  policies: string[];
  /** matchKey of each policy title, in the order of `policies`. */
  policyKeys: string[];
  /** Organisations a name the lexicon does not know may be a fragment or abbreviation of (canonical). */
  organizations: string[];
  /** matchKey of each organisation, in the order of `organizations`. */
  organizationKeys: string[];
  /** Surfaces that name an award together with a grade (X质量金奖). */
  tierOf: Map<string, Tier>;
}

// Legal-form endings people leave out when they name a firm (青禾电缆 for 江苏青禾电缆集团有限公司).
const LEGAL_SUFFIX = /(股份有限公司|有限责任公司|有限公司|集团公司|公司|集团|股份|控股)$/;

/** The distinctive part of an organisation's name: no region in front, no legal form behind. */
export function nameCore(name: string, regionPrefixes: string[]): { region: string; core: string } {
  let s = matchKey(name).replace(/\((集团|控股|股份)\)/g, "");
  let region = "";
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of regionPrefixes) {
      if (s.startsWith(p) && s.length - p.length >= 2) {
        region += p;
        s = s.slice(p.length);
        changed = true;
        break;
      }
    }
  }
  for (let prev = ""; prev !== s; ) {
    prev = s;
    const t = s.replace(LEGAL_SUFFIX, "");
    if (t.length >= 2) s = t;
  }
  return { region, core: s };
}

// Provincial or local awards are named region + base (江苏省 + 省长质量奖); people often drop the
// region or write its short form (省长质量奖, 江苏省长质量奖). National names keep their prefix.
export function awardSurfaces(award: string, regions: RegionRecord[]): string[] {
  const key = matchKey(award);
  const out = [key];
  for (const r of regions) {
    if (r.level === "country" || !key.startsWith(r.name)) continue;
    const base = key.slice(r.name.length);
    if (base.length < 4) continue;
    // 质量管理奖 alone names no programme (every issuer has one): the region must be written.
    if (!/^质量(管理)?奖$/.test(base)) out.push(base);
    // 人民政府质量奖 is also written 政府质量奖.
    if (base.includes("人民政府")) out.push(base.replace("人民政府", "政府"), key.replace("人民政府", "政府"));
    if (/质量(管理)?奖$/.test(base)) {
      if (r.short && r.short !== r.name) out.push(r.short + base);
      // 某市长质量奖 for 某市市长质量奖: the head character is written once.
      if (r.name.endsWith(base[0]) && /^[省市区县]长/.test(base)) out.push(r.name + base.slice(1));
      // 江苏省质量奖 is the older name of 江苏省省长质量奖 (and 常州市质量奖 of the mayor's award);
      // 某省质量奖 and 某市质量奖 are what people call 某省人民政府质量奖 and 某市政府质量奖.
      if (/^([省市区县]长|(人民)?政府)质量奖$/.test(base)) out.push(`${r.name}质量奖`);
    }
  }
  // Awards written by the end of their name (鲁班奖) are found by parse.ts awardsBySuffix.
  return out;
}

/** The region names and short forms as name keys (the region table is small: made once per backend). */
export function regionKeys(regions: RegionRecord[]): Map<string, NameKey[]> {
  const out = new Map<string, NameKey[]>();
  const add = (surface: string, name: string) => {
    if (surface.length < 2) return;
    const list = out.get(surface) ?? [];
    if (!list.some((k) => k.canonical === name)) list.push({ how: "name", key: surface, kind: "region", canonical: name, tier: "" });
    out.set(surface, list);
  };
  for (const r of regions) {
    add(matchKey(r.name), r.name);
    if (r.short) add(matchKey(r.short), r.name);
  }
  return out;
}

/**
 * The lexicon of one question: the name keys its words were found under (graph/ask/name-keys.ts),
 * arranged for matching. A stated name beats a derived one; each surface keeps every meaning.
 */
export function lexiconOf(keys: NameKey[], regions: RegionRecord[]): Lexicon {
  const exact = new Map<string, Map<LexKind, Set<string>>>();
  const derived = new Map<string, Set<string>>();
  const suffixes = new Map<string, Set<string>>();
  const tierOf = new Map<string, Tier>();
  const awards = new Set<string>();
  const policies = new Set<string>();
  const organizations = new Set<string>();
  const addTo = <K>(m: Map<K, Set<string>>, k: K, v: string) => {
    const set = m.get(k) ?? new Set<string>();
    set.add(v);
    m.set(k, set);
  };
  for (const k of keys) {
    if (k.how === "name") {
      addTo(exact.get(k.key) ?? exact.set(k.key, new Map()).get(k.key)!, k.kind, k.canonical);
      if (k.tier) tierOf.set(k.key, k.tier);
      if (k.kind === "award") awards.add(k.canonical);
      if (k.kind === "policy") policies.add(k.canonical);
    } else if (k.how === "derived") addTo(derived, k.key, k.canonical);
    else if (k.how === "suffix") addTo(suffixes, k.key, k.canonical);
    else if (k.how === "bigram") policies.add(k.canonical);
    else organizations.add(k.canonical);
  }
  const surfaces = new Map<string, LexEntry[]>();
  let maxLen = 0;
  for (const [s, byKind] of exact) {
    surfaces.set(
      s,
      [...byKind].map(([kind, names]) => ({ kind, names: [...names].sort(), derived: false })),
    );
    maxLen = Math.max(maxLen, s.length);
  }
  for (const [s, names] of derived) {
    if (surfaces.has(s)) continue; // a stated name beats a derived one
    surfaces.set(s, [{ kind: "organization", names: [...names].sort(), derived: true }]);
    maxLen = Math.max(maxLen, s.length);
  }
  const sorted = (xs: Set<string>) => [...xs].sort();
  const policyList = sorted(policies);
  const organizationList = sorted(organizations);
  return {
    surfaces,
    maxLen,
    lengths: [...new Set([...surfaces.keys()].map((k) => k.length))].sort((a, b) => b - a),
    firstChars: new Set([...surfaces.keys()].map((k) => k[0])),
    regions,
    awards: sorted(awards),
    suffixes: new Map([...suffixes].map(([k, v]) => [k, sorted(v)])),
    policies: policyList,
    policyKeys: policyList.map(matchKey),
    organizations: organizationList,
    organizationKeys: organizationList.map(matchKey),
    tierOf,
  };
}

/** Every name in `key`, scanning left to right and taking the longest surface at each point. */
export function findMentions(lex: Lexicon, key: string): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < key.length; ) {
    let hit: Mention | null = null;
    if (!lex.firstChars.has(key[i])) {
      i++;
      continue;
    }
    for (const len of lex.lengths) {
      if (len > key.length - i || len < 2) continue;
      const surface = key.slice(i, i + len);
      const entries = lex.surfaces.get(surface);
      if (!entries) continue;
      // One kind per mention: a name that is both a region and a recipient (株洲市) is read as
      // a region; the parser turns it into a recipient when the question is about its honours.
      const entry = pickEntry(entries);
      const tier = lex.tierOf.get(surface);
      hit = { ...entry, surface, start: i, end: i + len, ...(tier && entry.kind === "award" ? { tier } : {}) };
      break;
    }
    if (hit) {
      out.push(hit);
      i = hit.end;
    } else i++;
  }
  return out;
}

const KIND_ORDER: LexKind[] = ["award", "policy", "region", "organization", "person", "project", "brand"];
function pickEntry(entries: LexEntry[]): LexEntry {
  return [...entries].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))[0];
}
