// List headers: the line that names the award a list is of ("2021年某市市长质量奖提名奖",
// "一、某市政府质量奖(组织类,3家)"), the section headers under it ("（一）组织类（3个）", "提名奖获奖组织
// (按笔画排序)") and the parenthesised notes both carry (counts, categories, grades, ordering remarks).
import { CATEGORY_ALTERNATION, STANDALONE_TIER_ALTERNATION, STANDALONE_TIERS } from "../../../graph/award-vocabulary.js";
import type { Tier } from "../../../graph/types.js";
import { type AwardMention, findAwardMentions } from "./award-names.js";
import type { AwardContext } from "./context.js";
import { ITEM_MARK } from "./list-items.js";
import { cnNumber, findEditions, findYears } from "./years.js";

export interface ListHeader {
  mention: AwardMention;
  year: number | null;
  yearLabel: string | null;
  edition: number | null;
  category: string | null;
  /** "(5家企业)", "共5家": the number of entries the header announces. */
  count: number | null;
  proposed: boolean;
}

const COUNT =
  /\(\s*(?:共)?\s*(\d+|[一二两三四五六七八九十]+)\s*(?:家|个|名|位|人|项)[^()]{0,8}\)|共\s*(\d+|[一二两三四五六七八九十]+)\s*(?:家|个|名|位|人|项)(?:企业|单位|组织)?/;
const CATEGORY = /\(\s*([\u4e00-\u9fff]{1,6}?)\s*\)|(组织类|个人类|企业类|[\u4e00-\u9fff]{2}类)/;
// Words a header may carry besides the award, its year, edition, region and counts.
const HEADER_WORDS =
  /历届|本届|拟获奖|拟奖|拟|荣获|荣膺|公布|揭晓|出炉|授予|颁发|获奖|获得者|获得|名单|企业|单位|组织|个人|受表彰|表彰|推荐|候选|建议|入围|评审|结果|如下|公示|公告|认定|认证|称号|荣誉|奖励|等级|者|类|的|和|及|与|暨|年度|届|共|度/g;

// Parenthesised annotations a header carries: "(组织类,3家)", "(共5个)", "(排名不分先后)", "(按笔画排序)".
// "组织5个": a count may follow the category it counts (then the header spans several categories).
const COUNT_PART = /^(?:组织|个人|企业|单位)?类?\s*(?:共|计)?\s*(\d+|[一二两三四五六七八九十]+)\s*(?:家|个|名|位|人|项)/;
const CATEGORY_PART = /^(组织|个人|企业|单位|团体|[\u4e00-\u9fff]{2}类)类?奖?$/;
const REMARK_PART = /^(?:排名|排序|名次)?不分先后(?:顺序)?$|^(?:按|以)[\u4e00-\u9fff]{0,10}(?:排序|排列|为序|排名)$/;

export interface HeaderNotes {
  /** The text with the annotations blanked out. */
  rest: string;
  count: number | null;
  category: string | null;
  /** "(金奖)", "(提名奖)": the grade the section is for. */
  tier: Tier | null;
}

/**
 * Takes the parentheses whose every comma-separated part is a count, a category or an ordering remark
 * out of a header. Other parentheses (a former name, a region) stay: they are not annotations.
 */
export function headerNotes(text: string): HeaderNotes {
  let count: number | null = null;
  let category: string | null = null;
  let tier: Tier | null = null;
  const rest = text.replace(/\(([^()]*)\)/g, (all, inner: string) => {
    const parts = inner
      .split(/[,，、;；]/)
      .map((x) => x.trim())
      .filter(Boolean);
    if (!parts.length) return all;
    let c: number | null = null;
    let k: string | null = null;
    for (const part of parts) {
      const n = COUNT_PART.exec(part);
      if (n && part.length <= 12)
        c = (c ?? 0) + (cnNumber(n[1]) ?? 0); // 组织5个,个人2名: 7 entries
      else if (CATEGORY_PART.test(part)) k ??= CATEGORY_PART.exec(part)![1];
      else if (TIER_COLUMN[part] && TIER_COLUMN[part] !== "other") tier ??= TIER_COLUMN[part];
      else if (!REMARK_PART.test(part)) return all;
    }
    count ??= c;
    category ??= k;
    return " ";
  });
  return { rest, count, category, tier };
}

/** A line that heads a list of recipients, or null. `text` is normalised. */
export function parseHeader(text: string, ctx: AwardContext): ListHeader | null {
  const mark = ITEM_MARK.exec(text)![0];
  // "附件1:某市政府质量奖获奖名单": the attachment's title, announced in the body.
  const notes = headerNotes(
    text
      .slice(mark.length)
      .replace(/^附件\s*\d*\s*[:：]\s*/, "")
      .replace(/[:：\s]+$/, ""),
  );
  const t = notes.rest.trim();
  if (!t || t.length > 50 || /[，。；,;！？]/.test(t) || !/奖|标杆|精品|制造|信用|品牌|优品/.test(t)) return null;
  const mentions = findAwardMentions(t, ctx);
  if (mentions.length !== 1) return null;
  const m = notes.tier ? { ...mentions[0], tier: notes.tier } : mentions[0];
  let residue = `${t.slice(0, m.start)} ${t.slice(m.end)}`;
  const years = findYears(t);
  const editions = findEditions(t);
  let count: number | null = notes.count;
  const c = COUNT.exec(residue);
  if (c) {
    count ??= cnNumber(c[1] ?? c[2]);
    residue = residue.replace(c[0], " ");
  }
  let category = m.category ?? notes.category;
  const cat = CATEGORY.exec(residue);
  if (cat && !category) category = (cat[1] ?? cat[2]) || null;
  // "拟授予某奖的个人": the category said in words.
  if (!category) category = /的(个人|组织|企业|单位)/.exec(t)?.[1] ?? null;
  // "某市市长质量奖获奖组织(按笔画排序)": the category after the award.
  if (!category) category = /^(?:提名奖)?(?:获奖|获得)?(组织|个人|企业|单位)(?:名单)?$/.exec(t.slice(m.end).trim())?.[1] ?? null;
  residue = residue
    .replace(/(?:19|20)\d{2}\s*[—–\-~～至到]*\s*(?:(?:19|20)\d{2})?\s*年?度?/g, " ")
    .replace(/第\s*[0-9零〇一二两三四五六七八九十百]+\s*[届批]|首\s*[届批]/g, " ")
    .replace(/\([^()]*\)/g, " ")
    .replace(HEADER_WORDS, " ");
  residue = residue.replace(/[\u4e00-\u9fff]+/g, (run) => withoutRegions(run, ctx));
  if (/[\u4e00-\u9fff]/.test(residue)) return null;
  const year = years.length ? years[years.length - 1] : null;
  return {
    mention: m,
    year: year?.year ?? null,
    yearLabel: year?.label ?? null,
    edition: editions[0]?.edition ?? null,
    category,
    count,
    proposed: ctx.proposed || /拟/.test(t),
  };
}

// "一、组织奖(5家)", "个人类", "提名奖": a section of the list above that names no award itself.
const SUB_HEADER = new RegExp(
  `^(?:获奖|获得)?(${STANDALONE_TIER_ALTERNATION})?(?:获奖|获得)?(${CATEGORY_ALTERNATION}|[\\u4e00-\\u9fff]{2}(?=类))?(类)?(奖)?(?:获奖|获得)?(${STANDALONE_TIER_ALTERNATION}|获奖者)?(?:获奖)?(?:名单)?$`,
);
/** A table head with a column that says which award (or grade) each row received. */
export const AWARD_COLUMN = /奖项|奖励|荣誉|等次|等级|获奖类别|获奖情况/;
export const TIER_COLUMN: Readonly<Record<string, Tier>> = STANDALONE_TIERS;

const SECTION_LABEL = /^(?:再次|首次|新)?(?:获奖|获评|入选)?[\u4e00-\u9fff]{0,5}(?:组织|企业|单位|机构|行业|服务业|制造业|个人)$/;

/** A section header under a list header: same award, its own tier/category/count. */
export function parseSubHeader(text: string, base: ListHeader): ListHeader | null {
  const mark = ITEM_MARK.exec(text)![0];
  const notes = headerNotes(text.slice(mark.length).replace(/[:：\s]+$/, ""));
  let t = notes.rest.replace(/\s+/g, "");
  let count: number | null = notes.count;
  const c = COUNT.exec(t);
  if (c) {
    count ??= cnNumber(c[1] ?? c[2]);
    t = t.replace(c[0], "");
  }
  let category: string | null = notes.category;
  t = t
    .replace(/\(\s*([\u4e00-\u9fff]{1,6})\s*\)/, (_a, inner: string) => {
      category ??= inner;
      return "";
    })
    .trim();
  const m = SUB_HEADER.exec(t);
  // "再次获奖组织", "大中型企业", "服务业": an unnumbered label that divides the list by kind of
  // recipient; the award, tier and year stay those of the list.
  if ((!m || !(m[1] || m[2] || m[5] || notes.tier)) && !mark.trim() && SECTION_LABEL.test(t)) return { ...base, category: t, count };
  if (!t || !m || !(m[1] || m[2] || m[5] || notes.tier)) return null;
  const word = m[1] ?? m[5] ?? Object.keys(TIER_COLUMN).find((w) => TIER_COLUMN[w] === notes.tier);
  const tier = (word && TIER_COLUMN[word]) || base.mention.tier;
  return { ...base, mention: { ...base.mention, tier }, category: m[2] ? `${m[2]}${m[3] ?? ""}` : (category ?? base.category), count };
}

/** A run of text with the region names in it (株洲, 湖南省) blanked out. */
function withoutRegions(run: string, ctx: AwardContext): string {
  let out = "";
  for (let i = 0; i < run.length; ) {
    let len = Math.min(8, run.length - i);
    for (; len >= 2; len--) if (ctx.index.lookup(run.slice(i, i + len)).length) break;
    if (len >= 2) {
      out += " ";
      i += len;
    } else out += run[i++];
  }
  return out;
}
