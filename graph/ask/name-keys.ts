// The keys a question's words are looked up by, derived from each gazetteer entry once, when the
// graph is written (graph/sql/write.ts keeps them in the name_keys table), so that understanding a
// question costs a few indexed lookups of its own substrings instead of loading every name:
//   name     a surface the question may write (the full name, an award without its region, 某省长质量奖)
//   derived  a short name we made (青禾电缆 for 江苏青禾电缆集团有限公司): a stated name beats it
//   suffix   the end of an award's name (鲁班奖 for 中国建设工程鲁班奖)
//   bigram   two characters of a policy title, to find titles a question quotes loosely
//   fragment up to four characters of an organisation's name, for a fragment the question uses
//   pair     an organisation's first character with one of its later ones, for abbreviations
//            made of characters in order (北歌 for 北方歌舞艺术中心)
import type { Fact, GazetteerEntry, RegionRecord, Tier } from "../types.js";
import { awardSurfaces, type LexKind, nameCore } from "./lexicon.js";
import { matchKey } from "./normalize.js";
import { GENERIC_AWARD, GRADES, SUB_AWARD_WORD } from "./vocabulary.js";

export type KeyHow = "name" | "derived" | "suffix" | "bigram" | "fragment" | "pair";

export interface NameKey {
  how: KeyHow;
  key: string;
  kind: LexKind;
  canonical: string;
  /** The grade an award surface carries (上海市质量金奖 → gold); "" for none. */
  tier: Tier | "";
}

/** What answering needs to know about the graph as a whole. */
export interface AskMeta {
  /** The newest year of an award or outcome: what 近三年 and 今年 count from. */
  newestYear: number | null;
  /** The longest name or derived key: how long a question's substrings are looked up. */
  maxNameLength: number;
  /** The characters name, derived and suffix keys start with ("" when not known: every substring is looked up). */
  firstChars: string;
}

/** Longest fragment key: a longer fragment is looked up by its first FRAGMENT characters. */
export const FRAGMENT = 4;

/** Region names and short forms an organisation's name may begin with, longest first. */
export function regionPrefixes(regions: RegionRecord[]): string[] {
  const all = regions.filter((r) => r.level !== "country").flatMap((r) => [r.name, r.short]);
  return [...new Set(all.filter((s) => s && s.length >= 2))].sort((a, b) => b.length - a.length);
}

const IS_SUB_AWARD = new RegExp(`^${SUB_AWARD_WORD.source}$`);

/** Every key of one gazetteer entry; `prefixes` is regionPrefixes(regions). */
export function nameKeys(g: GazetteerEntry, regions: RegionRecord[], prefixes: string[]): NameKey[] {
  if (g.kind === "metric") return []; // metrics are matched by similarity against facts, not as names
  const out: NameKey[] = [];
  const add = (how: KeyHow, key: string, tier: Tier | "" = "") => {
    if (key.length >= 2) out.push({ how, key, kind: g.kind as LexKind, canonical: g.canonical, tier });
  };
  if (g.kind === "award") {
    for (const s of awardSurfaces(g.name, regions)) {
      add("name", s);
      // Graded awards are written with the grade in place of 奖: 某市质量奖 → 某市质量金奖.
      if (s.endsWith("奖") && s.length >= 4) for (const [word, tier] of GRADES) add("name", s.slice(0, -1) + word, tier);
    }
    const key = matchKey(g.canonical);
    for (let n = 3; n <= key.length; n++) {
      const suffix = key.slice(-n);
      if (!GENERIC_AWARD.test(suffix) || IS_SUB_AWARD.test(suffix)) add("suffix", suffix);
    }
    return dedupe(out);
  }
  add("name", matchKey(g.name));
  if (g.kind === "policy") {
    const key = matchKey(g.canonical);
    for (let i = 0; i + 1 < key.length; i++) add("bigram", key.slice(i, i + 2));
  }
  if (g.kind === "organization") {
    const { region, core } = nameCore(g.name, prefixes);
    if (core.length === 2) add("derived", core);
    for (let n = 3; n <= core.length; n++) {
      add("derived", core.slice(0, n));
      if (region) add("derived", region + core.slice(0, n));
    }
    const key = matchKey(g.canonical);
    for (let i = 0; i < key.length; i++) for (let n = 2; n <= FRAGMENT && i + n <= key.length; n++) add("fragment", key.slice(i, i + n));
    for (const ch of new Set(key.slice(1))) add("pair", key[0] + ch);
  }
  return dedupe(out);
}

function dedupe(keys: NameKey[]): NameKey[] {
  const seen = new Set<string>();
  return keys.filter((k) => {
    const id = `${k.how}\u0000${k.key}\u0000${k.tier}`;
    return !seen.has(id) && (seen.add(id), true);
  });
}

/** What to look up for one question: its surfaces, award endings and quoted titles' bigrams. */
export interface KeyLookup {
  /** Looked up as name, derived and suffix keys. */
  surfaces: string[];
  bigrams: string[];
  /** Looked up as fragment and pair keys (names the lexicon did not know). */
  fragments: string[];
  pairs: string[];
}

/**
 * The question's substrings up to `maxLen` characters that could be names: not across
 * punctuation that never occurs in one (？，。；！ and spaces).
 */
export function candidateSurfaces(key: string, maxLen: number, firstChars?: string): string[] {
  const out = new Set<string>();
  for (const run of key.split(/[?？,，。;；!！:：、|\s]+/)) {
    for (let i = 0; i < run.length; i++) {
      // No name, short name or award ending starts with this character: nothing to look up from here.
      if (firstChars && !firstChars.includes(run[i])) continue;
      for (let n = 2; n <= maxLen && i + n <= run.length; n++) out.add(run.slice(i, i + n));
    }
  }
  return [...out];
}

/** The characters name, derived and suffix keys start with, each once, in code order. */
export function firstCharsOf(keys: Iterable<string>, also = ""): string {
  const set = new Set(also);
  for (const k of keys) set.add(k[0]);
  return [...set].sort().join("");
}

/** The bigrams of the titles a question quotes in 《》. */
export function quotedBigrams(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/《([^》]{2,80})》/g)) {
    const k = matchKey(m[1]);
    for (let i = 0; i + 1 < k.length; i++) out.add(k.slice(i, i + 2));
  }
  return [...out];
}

/** The fragment and pair keys that find every organisation a name may be a fragment or abbreviation of. */
export function organisationKeys(names: string[]): Pick<KeyLookup, "fragments" | "pairs"> {
  const keys = names.map(matchKey).filter((k) => k.length >= 2);
  return { fragments: [...new Set(keys.map((k) => k.slice(0, FRAGMENT)))], pairs: [...new Set(keys.map((k) => k[0] + k[k.length - 1]))] };
}

/**
 * Name keys held in memory, for backends without a name_keys table (the snapshot, Neo4j, test
 * backends): the same keys, looked up in a map.
 */
export class NameKeyIndex {
  /** One map per group of keys looked up together: name/derived/suffix, bigram, fragment, pair. */
  private readonly groups = new Map<string, Map<string, NameKey[]>>();
  readonly maxLen: number;
  readonly firstChars: string;

  constructor(gazetteer: GazetteerEntry[], regions: RegionRecord[]) {
    const prefixes = regionPrefixes(regions);
    let maxLen = 2;
    for (const g of gazetteer) {
      for (const k of nameKeys(g, regions, prefixes)) {
        const group = GROUP[k.how];
        const map = this.groups.get(group) ?? this.groups.set(group, new Map()).get(group)!;
        const list = map.get(k.key);
        if (!list) map.set(k.key, [k]);
        else if (!list.some((x) => x.how === k.how && x.kind === k.kind && x.canonical === k.canonical && x.tier === k.tier)) list.push(k);
        if (k.how === "name" || k.how === "derived") maxLen = Math.max(maxLen, k.key.length);
      }
    }
    this.maxLen = maxLen;
    this.firstChars = firstCharsOf(this.groups.get("surface")?.keys() ?? []);
  }

  lookup(q: KeyLookup): NameKey[] {
    const get = (group: string, keys: string[]) => {
      const map = this.groups.get(group);
      return map ? keys.flatMap((key) => map.get(key) ?? []) : [];
    };
    return [...get("surface", q.surfaces), ...get("bigram", q.bigrams), ...get("fragment", q.fragments), ...get("pair", q.pairs)];
  }
}

const GROUP: Record<KeyHow, string> = {
  name: "surface",
  derived: "surface",
  suffix: "surface",
  bigram: "bigram",
  fragment: "fragment",
  pair: "pair",
};
/** The newest year of an award or outcome among facts held in memory. */
export function newestYear(facts: Fact[]): number | null {
  let year: number | null = null;
  for (const f of facts)
    if ((f.kind === "award" || f.kind === "observation") && f.year != null && (year == null || f.year > year)) year = f.year;
  return year;
}
