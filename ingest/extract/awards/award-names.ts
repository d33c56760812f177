// Award names: find the award a phrase names and give its canonical name (full region + base name),
// level and region. A bare 省长质量奖 / 市长质量奖 / 区长质量奖 takes its region from the document
// (RegionIndex chain of the document's region), never from a constant.

import {
  AWARD_OFFICES,
  QUALITY_AWARD_KINDS,
  SUB_AWARD_PATTERN,
  TIER_ALTERNATION,
  TRADITIONAL_QUALITY_WORD,
  tierOfWord,
} from "../../../graph/award-vocabulary.js";
import type { Level, Tier } from "../../../graph/types.js";
import type { RegionEntry, RegionIndex } from "../../regions.js";
import { type AwardContext, inDocumentProvince } from "./context.js";

export interface AwardMention {
  /** Offsets relative to the text searched. */
  start: number;
  end: number;
  award: string;
  level: Level;
  region: string;
  tier: Tier;
  category: string | null;
}

const LEVEL_OF: Record<string, Level> = {
  country: "national",
  province: "provincial",
  city: "municipal",
  district: "district",
  county: "county",
};

export function levelOfRegion(e: { level: string }): Level {
  return LEVEL_OF[e.level] ?? "municipal";
}

// Region + office + 质量 + programme word + 奖 (vocabulary in graph/award-vocabulary.ts):
// 某市人民政府质量管理创新奖, 某县县长质量贡献奖, 某直辖市质量管理奖 (no office: the region is written).
const OFFICE_ALT = Object.keys(AWARD_OFFICES)
  .sort((a, b) => b.length - a.length)
  .join("|");
const KIND_ALT = QUALITY_AWARD_KINDS.map((k) => k.slice(2, -1))
  .filter(Boolean)
  .sort((a, b) => b.length - a.length)
  .join("|");
const GOV_AWARD = new RegExp(`(${OFFICE_ALT})?\\s*(质\\s*量|品\\s*质)\\s*(${KIND_ALT})?\\s*(金|银|铜)?\\s*奖`, "g");
// Provincial awards with their own names; the province is part of what the name means.
const NAMED_PROVINCIAL: Record<string, string> = { 长江质量奖: "湖北省", 天府质量奖: "四川省", 泰山质量奖: "山东省" };
const NAMED_RE = new RegExp(`(${Object.keys(NAMED_PROVINCIAL).join("|")})`, "g");
const CHINA_AWARD = /中国\s*质\s*量\s*奖/g;
const BENCHMARK = /(全国|省级|省|市)?\s*(工业|服务业)?\s*质量标杆/g;
const LUBAN = /(?:中国建设工程|中国建筑工程)?鲁班奖(?:\s*\(\s*国家优质工程\s*\))?/g;
const NATIONAL_QUALITY_PROJECT = /国家优质工程(金|银)?奖/g;
const ZHAN = /(?:中国土木工程)?詹天佑奖/g;
const CREDIT = /(省|市|区|县)?\s*(工业企业)?\s*质量信用\s*(AAA|AA|A)\s*级/g;
// A grade written alone ("取得了AA级荣誉", "AAA级称号") after the document has named its grading
// programme ("质量信用AAA级企业名单") is a grade of that programme.
const BARE_GRADE = /(?<![A-Za-z])(AAA|AA|A)\s*级(?=\s*(?:荣誉|称号|资格|企业(?!\s*\d)))/g;

const TIER_SUFFIX = new RegExp(`^\\s*(${TIER_ALTERNATION})`);
// Sticky: read at a mention's end without slicing the text.
const SUB_AWARD = new RegExp(`\\s*(${SUB_AWARD_PATTERN})`, "y");
const ENDS_IN_TIER = new RegExp(`(?:${TIER_ALTERNATION})$`);
const NATIONAL_OLD = /全国质量奖/g;
// "(组织)", "个人类", and "组织奖"/"个人奖" (the section of a programme for firms or for persons).
const CATEGORY =
  /^\s*\(\s*([\u4e00-\u9fff]{1,6}?)\s*\)|^\s*[-—·]?\s*(组织类|个人类|企业类|[\u4e00-\u9fff]{2}类|组织奖|个人奖|单位奖)(?![\u4e00-\u9fff]*类)/;
const CATEGORY_WORD = /^(?:组织|个人|企业|单位|团体|.{1,4}类)$/;

function tierOf(word: string | undefined): Tier {
  return tierOfWord(word) ?? "winner";
}

/** Tier word and category label right after an award name: 提名奖, (组织), 个人类… */
function suffixAt(text: string, end: number): { tier: Tier; category: string | null; end: number } {
  let pos = end;
  let tier: Tier = "winner";
  const t = TIER_SUFFIX.exec(text.slice(pos));
  if (t) {
    tier = tierOf(t[1]);
    pos += t[0].length;
  }
  let category: string | null = null;
  const c = CATEGORY.exec(text.slice(pos));
  if (c) {
    const label = (c[1] ?? c[2]).replace(/奖$/, "");
    if (CATEGORY_WORD.test(label)) {
      category = label;
      pos += c[0].length;
    }
  }
  return { tier, category, end: pos };
}

/** The region written right before `pos` (skipping spaces): 常州市 / 湖南省 / 常州 (short), with its start. */
export function regionBefore(
  text: string,
  pos: number,
  index: RegionIndex,
  levels: readonly string[],
  ctx: AwardContext,
): { entry: RegionEntry; start: number } | null {
  let p = pos;
  while (p > 0 && /\s/.test(text[p - 1])) p--;
  for (let len = Math.min(index.maxLength, p); len >= 2; len--) {
    const s = text.slice(p - len, p);
    const hits = (index.byName.get(s) ?? index.byShort.get(s) ?? []).filter((e) => levels.includes(e.level));
    if (!hits.length) continue;
    return { entry: pickEntry(hits, ctx), start: p - len };
  }
  return null;
}

/** Of several regions with one name, the one in the document's province, else the first. */
function pickEntry(hits: RegionEntry[], ctx: AwardContext): RegionEntry {
  return hits.find((h) => h.name === ctx.regions.self?.name) ?? inDocumentProvince(hits, ctx);
}

/** The document's region for an office with no region written (省长 → the document's province). */
export function docRegionFor(office: string, ctx: AwardContext): RegionEntry | null {
  const { province, city, local } = ctx.regions;
  switch (office) {
    case "省长":
    case "主席":
      return province;
    case "市长":
      return local?.name.endsWith("市") ? local : city;
    case "州长":
    case "盟长":
      return city;
    case "区长":
      return local?.name.endsWith("区") ? local : null;
    case "县长":
    case "旗长":
      return local && /[县旗]$/.test(local.name) ? local : null;
    default:
      return local ?? city ?? province;
  }
}

const MARKER_LEVEL: Record<string, string> = { 省: "province", 市: "city", 区: "district", 县: "county" };

/** A one-character level marker (省, 市) before a name stands for the document's region of that level. */
function markerRegion(marker: string | undefined, ctx: AwardContext): RegionEntry | null {
  if (!marker) return null;
  const level = MARKER_LEVEL[marker];
  if (level === "province") return ctx.regions.province;
  if (level === "city") return ctx.regions.city;
  return ctx.regions.local;
}

/**
 * One government quality award: [region] [office] 质量 [programme word] 奖 [tier] [category].
 * The programme's name stays as the text writes it after the region (浙江省人民政府质量奖,
 * 某市政府质量奖): provinces and cities name these awards differently, and the official name is
 * the one their notices use. Questions reach either form through aliases.
 */
function governmentAward(text: string, m: RegExpMatchArray, ctx: AwardContext): AwardMention | null {
  const [, office, quality, kind, grade] = m;
  // 品质 stands for 质量 only in Traditional text (品質獎); elsewhere 品质 is its own word.
  if (quality.replace(/\s/g, "") === TRADITIONAL_QUALITY_WORD && !ctx.traditional) return null;
  const base = `${office ?? ""}质量${kind ?? ""}奖`;
  let start = m.index!;
  let entry: RegionEntry | null = null;
  const written = regionBefore(text, start, ctx.index, office ? AWARD_OFFICES[office] : ["province", "city", "district", "county"], ctx);
  if (!office) {
    // No office: only a full region name straight before makes it a programme (某市质量管理奖);
    // a bare 质量奖 is a common noun (本届质量奖).
    if (!written || !ctx.index.byName.has(text.slice(written.start, start).trim()) || !/[省市区县]\s*$/.test(text.slice(0, start)))
      return null;
    [entry, start] = [written.entry, written.start];
  } else if (written) {
    [entry, start] = [written.entry, written.start];
  } else if (office.endsWith("政府") && MARKER_LEVEL[text[start - 1]]) {
    entry = markerRegion(text[start - 1], ctx);
    start -= 1;
  } else if (office.endsWith("政府")) {
    return null; // "政府质量奖" with no region is a generic word (各级政府质量奖)
  } else entry = docRegionFor(office, ctx);
  const sfx = suffixAt(text, m.index! + m[0].length);
  return {
    start,
    end: sfx.end,
    award: `${entry?.name ?? ""}${base}`,
    level: entry
      ? levelOfRegion(entry)
      : office === "省长"
        ? "provincial"
        : office === "区长"
          ? "district"
          : office === "县长"
            ? "county"
            : "municipal",
    region: entry?.name ?? "",
    tier: grade ? tierOf(`${grade}奖`) : sfx.tier,
    category: sfx.category,
  };
}

/** Every award this text names, canonicalised; offsets relative to `text`. */
export function findAwardMentions(text: string, ctx: AwardContext): AwardMention[] {
  const out: AwardMention[] = [];
  const index = ctx.index;

  for (const m of text.matchAll(GOV_AWARD)) {
    const g = governmentAward(text, m, ctx);
    if (g) out.push(g);
  }
  for (const m of text.matchAll(NAMED_RE)) {
    const province = NAMED_PROVINCIAL[m[1]];
    const written = regionBefore(text, m.index!, index, ["province"], ctx);
    const sfx = suffixAt(text, m.index! + m[0].length);
    out.push({
      start: written?.start ?? m.index!,
      end: sfx.end,
      award: `${province}${m[1]}`,
      level: "provincial",
      region: province,
      tier: sfx.tier,
      category: sfx.category,
    });
  }
  for (const m of text.matchAll(CHINA_AWARD)) {
    const sfx = suffixAt(text, m.index! + m[0].length);
    out.push({
      start: m.index!,
      end: sfx.end,
      award: "中国质量奖",
      level: "national",
      region: "中国",
      tier: sfx.tier,
      category: sfx.category,
    });
  }
  for (const m of text.matchAll(NATIONAL_OLD)) {
    const sfx = suffixAt(text, m.index! + m[0].length);
    out.push({
      start: m.index!,
      end: sfx.end,
      award: "全国质量奖",
      level: "national",
      region: "中国",
      tier: sfx.tier,
      category: sfx.category,
    });
  }
  for (const m of text.matchAll(BENCHMARK)) {
    let start = m.index!;
    let entry: RegionEntry | null = null;
    if (m[1] === "全国") {
      out.push({
        start,
        end: start + m[0].length,
        award: `全国${m[2] ?? ""}质量标杆`,
        level: "national",
        region: "中国",
        tier: "winner",
        category: null,
      });
      continue;
    }
    if (m[1]) entry = markerRegion(m[1] === "省级" ? "省" : m[1], ctx);
    else {
      const w = regionBefore(text, start, index, ["province", "city", "district", "county"], ctx);
      if (w) [entry, start] = [w.entry, w.start];
    }
    if (!entry) continue; // a bare 质量标杆 is a common noun (选树标杆)
    out.push({
      start,
      end: m.index! + m[0].length,
      award: `${entry.name}${m[2] ?? ""}质量标杆`,
      level: levelOfRegion(entry),
      region: entry.name,
      tier: "winner",
      category: null,
    });
  }
  for (const m of text.matchAll(LUBAN)) {
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      award: "中国建设工程鲁班奖",
      level: "national",
      region: "中国",
      tier: "winner",
      category: null,
    });
  }
  for (const m of text.matchAll(NATIONAL_QUALITY_PROJECT)) {
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      award: "国家优质工程奖",
      level: "national",
      region: "中国",
      tier: m[1] === "金" ? "gold" : m[1] === "银" ? "silver" : "winner",
      category: null,
    });
  }
  for (const m of text.matchAll(ZHAN)) {
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      award: "中国土木工程詹天佑奖",
      level: "national",
      region: "中国",
      tier: "winner",
      category: null,
    });
  }
  for (const m of text.matchAll(provinceBrandPattern(index))) {
    const quoted =
      text[m.index! - 1] === "“" || text[m.index! + m[0].length] === "”" || /^\s*(?:认证|称号)/.test(text.slice(m.index! + m[0].length));
    if (m[2] !== "精品" && !quoted && !/品字标\s*$/.test(text.slice(0, m.index!))) continue;
    const province = index.byShort.get(m[1])?.find((e) => e.level === "province") ?? index.byName.get(m[1])?.[0];
    if (!province) continue;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      award: `${province.short}${m[2]}`,
      level: "provincial",
      region: province.name,
      tier: "other",
      category: null,
    });
  }
  for (const m of text.matchAll(CREDIT)) {
    const { start, region } = creditRegion(text, m, ctx);
    out.push(creditMention(start, m.index! + m[0].length, region, m[3]));
  }
  const grades = text.includes("级") ? [...text.matchAll(BARE_GRADE)] : [];
  const programme = grades.length ? creditProgramme(ctx) : null;
  if (programme) for (const m of grades) out.push(creditMention(m.index!, m.index! + m[0].length, programme.region, m[1]));
  return dropOverlaps(out.map((m) => withSubAward(text, m)));
}

/** "某全国奖卓越项目奖": a separately named award of the programme keeps its words in the name (its own award, winner). */
function withSubAward(text: string, m: AwardMention): AwardMention {
  if (m.tier !== "winner" || m.category) return m;
  SUB_AWARD.lastIndex = m.end;
  const sub = SUB_AWARD.exec(text);
  if (!sub || ENDS_IN_TIER.test(sub[1])) return m;
  return { ...m, award: m.award + sub[1], end: m.end + sub[0].length };
}

/** The region a credit grade belongs to: written before it (某省质量信用…), a 省/市 marker, else the document's province. */
function creditRegion(text: string, m: RegExpMatchArray, ctx: AwardContext): { start: number; region: RegionEntry | null } {
  let start = m.index!;
  let entry = markerRegion(m[1], ctx);
  if (!m[1]) {
    const w = regionBefore(text, start, ctx.index, ["province", "city", "district", "county"], ctx);
    if (w) [entry, start] = [w.entry, w.start];
  }
  return { start, region: entry ?? ctx.regions.province };
}

function creditMention(start: number, end: number, region: RegionEntry | null, grade: string): AwardMention {
  return {
    start,
    end,
    // "工业企业" describes who holds the grade, not the grade (江苏省质量信用AAA级).
    award: `${region?.name ?? ""}质量信用${grade}级`,
    level: region ? levelOfRegion(region) : "provincial",
    region: region?.name ?? "",
    tier: "other",
    category: null,
  };
}

// The grading programme a document names first, per document (read once).
const programmes = new WeakMap<object, { region: RegionEntry | null } | null>();
/** The credit programme the document names ("质量信用AAA级"), which a grade written alone refers to. */
function creditProgramme(ctx: AwardContext): { region: RegionEntry | null } | null {
  if (!programmes.has(ctx.doc)) {
    const m = [...ctx.doc.norm.matchAll(CREDIT)][0];
    programmes.set(ctx.doc, m ? { region: creditRegion(ctx.doc.norm, m, ctx).region } : null);
  }
  return programmes.get(ctx.doc) ?? null;
}

// Built once per region index (an index built for a test has its own provinces).
const brandRes = new WeakMap<RegionIndex, RegExp>();
/** "江苏精品", "浙江制造", "湖南精品": a province's own quality certification mark (used with matchAll). */
function provinceBrandPattern(index: RegionIndex): RegExp {
  let re = brandRes.get(index);
  if (!re) {
    const shorts = [...index.byShort.entries()].filter(([, es]) => es.some((e) => e.level === "province")).map(([s]) => s);
    re = new RegExp(`(${shorts.sort((a, b) => b.length - a.length).join("|")})(精品|制造|优品|品牌)`, "g");
    brandRes.set(index, re);
  }
  return re;
}

function dropOverlaps(list: AwardMention[]): AwardMention[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: AwardMention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

// Words that make a quoted or named title an honour (not any quoted phrase).
const HONOUR =
  /奖|标杆|示范|精品|名牌|品牌|商标|称号|工厂|车间|企业|单位|城市|基地|领跑者|产品|先进|模范|标兵|典范|金牌|之星|诚信|放心|优秀|质量|文明|五一|劳动|工匠|认证/;
const ISSUER_END = /(?:部|局|委|厅|办|政府|国务院|总局|协会|委员会|联合会|中心|组织)$/;
const NATIONAL_START = /^(?:中国|全国|国家|国务院)/;

export function isHonourTitle(title: string): boolean {
  return title.length >= 2 && title.length <= 30 && HONOUR.test(title);
}

/**
 * A named honour that is not one of the known award programmes (a quoted title such as
 * “平安百年品质工程创建示范项目”), with the unquoted words before it: issuers (交通运输部, 工信部评定的)
 * are dropped and only used for the level; level words (国家级, 江苏标准) are kept; 省/市 stand for
 * the document's province/city.
 */
export function canonicalTitle(
  prefix: string,
  title: string,
  ctx: AwardContext,
  grantor: RegionEntry | null = null,
): { award: string; level: Level; region: string; tier: Tier } | null {
  let p = prefix.replace(/\s+/g, "");
  const de = p.lastIndexOf("的");
  let issuer = "";
  if (de >= 0) {
    issuer = p.slice(0, de);
    p = p.slice(de + 1);
  }
  if (ISSUER_END.test(p)) {
    issuer = p;
    p = "";
  }
  const raw = p + title.replace(/\s+/g, "");
  let t = raw.replace(/(?:荣誉)?称号$|认证$|企业$(?<=.{5,})/, "");
  // An honour word, or a title that starts with its level (“江苏省专精特新小巨人企业”, “全国文明城市”).
  const levelled =
    /^(?:国家|全国|中国|省|市)/.test(raw) || ctx.index.lookup(raw.slice(0, 2)).length > 0 || ctx.index.lookup(raw.slice(0, 3)).length > 0;
  if (!isHonourTitle(t) && !(levelled && t.length >= 4 && t.length <= 30)) return null;
  let region: RegionEntry | null = null;
  let level: Level | null = null;
  if (
    NATIONAL_START.test(t) ||
    NATIONAL_START.test(issuer) ||
    /^(?:工信部|[\u4e00-\u9fff]{2,6}部$)/.test(issuer) ||
    /部(?:评定|认定|命名|授予)?$/.test(issuer)
  )
    level = "national";
  if (/^全省/.test(t) && ctx.regions.province) t = ctx.regions.province.name + t.slice(2);
  else if (/^全市/.test(t) && ctx.regions.city) t = ctx.regions.city.name + t.slice(2);
  if (/^省(?!长)/.test(t)) {
    region = ctx.regions.province;
    if (region) t = region.name + t.replace(/^省级?/, "");
  } else if (/^市(?!长)/.test(t)) {
    region = ctx.regions.city;
    if (region) t = region.name + t.replace(/^市级?/, "");
  } else if (!level) {
    for (let len = Math.min(ctx.index.maxLength, t.length - 1); len >= 2; len--) {
      const hits = ctx.index.byName.get(t.slice(0, len)) ?? ctx.index.byShort.get(t.slice(0, len));
      if (hits?.length) {
        region = pickEntry(hits, ctx);
        break;
      }
    }
    if (!region && /^省|省(?:政府|委)/.test(issuer)) region = ctx.regions.province;
    if (!region && /^市|市(?:政府|委)/.test(issuer)) region = ctx.regions.city;
    // A title the granting government gives with no region of its own is named after that
    // government's region ("授予…“质量管理先进单位”称号" by a county → that county's title).
    if (!region && grantor && grantor.level !== "country") {
      region = grantor;
      t = grantor.name + t;
    }
  }
  if (region && !level) level = levelOfRegion(region);
  if (!level) level = "national";
  const tier: Tier = /(?<!提名|鼓励|入围|优秀)奖$|标杆$/.test(t) ? "winner" : "other";
  return { award: t, level, region: level === "national" ? "中国" : (region?.name ?? ""), tier };
}
