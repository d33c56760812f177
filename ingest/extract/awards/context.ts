// What every award pattern needs to know about the document besides the sentence at hand: the
// document's regions (province, city, district) from the RegionIndex chain, the full organisation
// names it writes, its explicit short names, the year a section opens with, and whether it is a 公示.
import { PROPOSED_STATUS_WORDS } from "../../../graph/award-vocabulary.js";
import type { RegionEntry, RegionIndex } from "../../regions.js";
import type { PreparedDocument } from "../prepared-document.js";
import { collectOrganisationNames, type DeclaredAlias, findDeclaredAliases } from "./organisation-names.js";
import { dateLineYear, publicationYear } from "./years.js";

export interface DocRegions {
  province: RegionEntry | null;
  city: RegionEntry | null;
  /** District or county, when the document speaks for one. */
  local: RegionEntry | null;
  /** The document's own (most specific) region. */
  self: RegionEntry | null;
}

export interface AwardContext {
  doc: PreparedDocument;
  index: RegionIndex;
  regions: DocRegions;
  /** Full organisation names the document writes somewhere (for resolving short names). */
  fullNames: string[];
  /** "(以下简称X)" declarations. */
  declared: DeclaredAlias[];
  /** Year of the date line that closes a notice/decision, else of the page's publication date (year_basis "document date"). */
  dateYear: number | null;
  /** The year a review or work report covers, from its title ("关于2023年质量强市工作情况的报告"). */
  reviewYear: number | null;
  /** The document is a 公示 of proposed (拟) recipients. */
  proposed: boolean;
  /** The year a section opened with ("2021年是…"), by paragraph index. */
  sectionYears: Array<number | null>;
  /** The region the document speaks for (我市 → its city, 我省 → its province), where unnamed recipients are. */
  speaksFor: RegionEntry | null;
  /** The document is written in Traditional characters (its award words differ: 品質獎). */
  traditional: boolean;
  /** Short names resolved while extracting (collected per document, returned as gazetteer aliases). */
  resolved: Map<string, string>;
}

export function entryOf(index: RegionIndex, name: string | null): RegionEntry | null {
  if (!name) return null;
  return index.byName.get(name)?.[0] ?? null;
}

/** Of the regions a name may mean (non-empty), the one in the document's province, else the first. */
export function inDocumentProvince(hits: RegionEntry[], ctx: Pick<AwardContext, "regions">): RegionEntry {
  return hits.find((h) => h.province === ctx.regions.province?.name) ?? hits[0];
}

export function docRegions(index: RegionIndex, region: string | null): DocRegions {
  const self = entryOf(index, region);
  const out: DocRegions = { province: null, city: null, local: null, self };
  if (!self) return out;
  for (const r of index.chain(self)) {
    const e = entryOf(index, r.name);
    if (!e) continue;
    if (r.level === "province") out.province = e;
    else if (r.level === "city") out.city = e;
    else if (r.level === "district" || r.level === "county") out.local = e;
  }
  // A province-level municipality (上海市) is its own city for 市长质量奖.
  if (!out.city && out.province && /市$/.test(out.province.name)) out.city = out.province;
  return out;
}

// Words that mark candidates rather than winners (初选, 候选, 建议名单, 评审结果), from the shared vocabulary.
const CANDIDATE_WORDS = new RegExp(PROPOSED_STATUS_WORDS.filter((w) => w !== "公示" && w !== "拟").join("|"));

/** The award context of a document, with the region index it was prepared with (no module-global index). */
export function buildContext(doc: PreparedDocument, index: RegionIndex = doc.regions): AwardContext {
  // A 公示 of proposed recipients says so in its title (or first line), not merely somewhere.
  // Heading lines: the title, the first line, and short lines before the body (a page's headline).
  const headings = doc.paragraphs.slice(0, 12).filter((p, i) => i === 0 || (p.text.length <= 40 && !/[。；，,:：]/.test(p.text)));
  const head = `${doc.record.title ?? ""}\n${headings.map((p) => p.text).join("\n")}`;
  // "…获奖候选名单公示", "…评审结果公示" say 拟 without the word.
  const proposed =
    /公示/.test(head) &&
    (/拟(?:授予|奖|表彰|推荐|命名|认定|入选|获|评)/.test(doc.norm) || CANDIDATE_WORDS.test(head) || /名单的?公示/.test(head));
  const regions = docRegions(index, doc.region);
  return {
    doc,
    index,
    regions,
    fullNames: collectOrganisationNames(doc),
    declared: findDeclaredAliases(doc),
    dateYear: dateLineYear(doc.norm) ?? doc.year ?? publicationYear(doc.norm),
    reviewYear: doc.reviewYear,
    proposed,
    sectionYears: sectionYears(doc),
    resolved: new Map(),
    traditional: isTraditional(doc),
    speaksFor: speaksFor(doc, regions),
  };
}

// "2021年是…", "2021年以来…", "2021年工作回顾": a paragraph that opens a stretch of text about that
// year. A plain "2017年，某公司…" is a dated sentence, not a section opening.
const OPENER =
  /^(?:[一二三四五六七八九十]+、\s*)?((?:19|20)\d{2})\s*年(?:度)?(?:是|以来|全年|里|(?:质量)?工作(?:回顾|总结)|主要(?:成效|成绩|工作))/;
// Paragraphs that change the time frame: another year, 今年/去年, a numbered part, a list block.
const BREAK = /今年|去年|明年|上年|本年|^(?:[一二三四五六七八九十]+、|\d{1,2}$)|荣誉榜|名单/;

/** The section-opening year in force at each paragraph (gold: "the opening of the section"). */
export function sectionYears(doc: PreparedDocument): Array<number | null> {
  const out: Array<number | null> = [];
  let current: number | null = null;
  for (const p of doc.paragraphs) {
    const m = OPENER.exec(p.text);
    if (m) current = Number(m[1]);
    else if (BREAK.test(p.text)) current = null;
    out.push(current);
  }
  return out;
}

function speaksFor(doc: PreparedDocument, regions: DocRegions): RegionEntry | null {
  const count = (re: RegExp) => (doc.norm.match(re) ?? []).length;
  // First person only: 全省率先/全省第一 in a city paper compares with the province, it does not speak for it.
  const province = count(/我省|本省/g);
  const local = count(/我(?:市|区|县)|全(?:市|区|县)|本(?:市|区|县)/g);
  if (province > local && regions.province) return regions.province;
  if (local > 0) return regions.self;
  // Else its title names the region it speaks for (苏州市人民政府关于…, 江西省人民政府关于…).
  const head = doc.paragraphs[0]?.text ?? "";
  if (regions.self && head.includes(regions.self.short)) return regions.self;
  if (regions.province && head.includes(regions.province.short)) return regions.province;
  return null;
}

/** Index of the paragraph containing offset `pos`. */
export function paragraphAt(doc: PreparedDocument, pos: number): number {
  let lo = 0;
  let hi = doc.paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = doc.paragraphs[mid];
    if (pos < p.start) hi = mid - 1;
    else if (pos >= p.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, hi);
}

/** More than a few characters changed when the text was simplified: a Traditional-character document. */
function isTraditional(doc: PreparedDocument): boolean {
  const text = doc.record.text;
  let changed = 0;
  for (let i = 0; i < text.length && changed < 20; i++) if (text[i] !== doc.norm[i] && /[\u4e00-\u9fff]/.test(text[i])) changed++;
  return changed >= 20;
}
