// What a sentence's figures are about: the document's speaking year, section-scoped years, the
// region a figure is for, and the regions above the document's own. Reads the prepared document.
import type { RegionIndex } from "../../regions.js";
import type { PreparedDocument } from "../prepared-document.js";
import { yearsIn } from "./numbers.js";

/** The chain of regions from `name` up (武进区 → 常州市 → 江苏省 → 中国). */
export function regionChain(index: RegionIndex, name: string | null): string[] {
  if (!name) return [];
  const entry = index.byName.get(name)?.[0];
  return entry ? index.chain(entry).map((r) => r.name) : [name];
}

export function regionAt(index: RegionIndex, name: string | null, level: "city" | "province" | "district" | "county"): string | null {
  if (!name) return null;
  const entry = index.byName.get(name)?.[0];
  if (!entry) return null;
  return index.chain(entry).find((r) => r.level === level)?.name ?? null;
}

/** The candidate a region mention most likely means: one on the document region's chain or below it. */
export function resolveMention(doc: PreparedDocument, candidates: string[]): string | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  const mine = regionChain(doc.regions, doc.region);
  const onChain = candidates.find((c) => mine.includes(c));
  if (onChain) return onChain;
  const inside = candidates.find((c) => doc.region && regionChain(doc.regions, c).includes(doc.region));
  return inside ?? candidates.find((c) => regionChain(doc.regions, c).some((r) => mine.includes(r) && r !== "中国")) ?? candidates[0];
}

/**
 * The year a "今年" sentence pins by naming it ("今年…申报2023年…"), whatever the date line says.
 * The document speaks from its date, else this year; without either, "今年"/"目前" figures have no year.
 */
export function pinnedYear(doc: PreparedDocument): number | null {
  for (const s of doc.sentences) {
    if (!/今年/.test(s.text)) continue;
    const ys = yearsIn(s.text).filter((y) => !y.base && !y.since);
    if (ys.length) return Math.max(...ys.map((y) => y.year));
  }
  return null;
}

export interface SectionYear {
  /** Paragraph index the scope starts at. */
  from: number;
  year: number | null;
  /** The scope looks ahead (今年…将): figures in it are goals. */
  plan: boolean;
  /** Ends the scope before it without opening one (the heading after a plan section). */
  closes?: boolean;
}

/** A heading that turns to plans: "四、2024年工作思路", "二、下一步工作打算", "（三）明年重点工作". */
const PLAN_HEADING =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、．])?\s*((?:19|20)\d\d)?年?(?:度)?(?:下一步|下阶段|明年|今后)?(?:的)?(?:主要|重点)?(?:工作)?(?:思路|打算|计划|安排|重点|目标|举措|任务)(?:工作)?$/;
const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;

/**
 * Year scopes opened by a paragraph: "2021年是…" reviews that year until a paragraph turns to the
 * present ("今年，…将…"), which opens a planning scope in the speaking year.
 */
export function sectionYears(doc: PreparedDocument, speaking: number | null): SectionYear[] {
  const out: SectionYear[] = [];
  const reviewed = doc.reviewYear;
  // A plan's title names the year it plans ("2024年质量工作要点").
  const planTitle = /((?:19|20)\d\d)年度?(?!.*(?:19|20)\d\d年).*(要点|计划|安排|打算|思路)$/.exec(
    doc.record.title?.normalize("NFKC").trim() ?? "",
  );
  const planned = planTitle ? Number(planTitle[1]) : null;
  let inPlanHeading = false;
  doc.paragraphs.forEach((p, i) => {
    const review = /^(19|20)(\d\d)年是/.exec(p.text);
    let heading = p.text.length <= 24 && !/[，,。；;]/.test(p.text) ? PLAN_HEADING.exec(p.text.trim()) : null;
    // In a report on a past year, a heading looks ahead only when it says so (下一步, a later year, 打算…):
    // "二、重点工作" there reviews what was done.
    if (
      heading &&
      reviewed != null &&
      !(heading[1] && Number(heading[1]) > reviewed) &&
      !/下一步|下阶段|明年|今后|打算|思路|计划/.test(p.text)
    )
      heading = null;
    if (heading) {
      // A plan heading without a year plans the year after the one a report reviews, else the speaking year.
      out.push({ from: i, year: heading[1] ? Number(heading[1]) : (planned ?? (reviewed != null ? reviewed + 1 : speaking)), plan: true });
      inPlanHeading = true;
    } else if (inPlanHeading && NUMBERED_HEADING.test(p.text) && p.text.length <= 24 && !/[，,。；;]/.test(p.text)) {
      // The next heading of the same kind ends the plan section.
      out.push({ from: i, year: null, plan: false, closes: true });
      inPlanHeading = false;
    } else if (review) out.push({ from: i, year: Number(review[1] + review[2]), plan: false });
    else if (/今年|新的一年|明年/.test(p.text) && /将|要|力争|计划|确保/.test(p.text) && !/今年以来/.test(p.text)) {
      out.push({ from: i, year: /明年/.test(p.text) && speaking ? speaking + 1 : speaking, plan: true });
    }
  });
  return out;
}

export function sectionAt(sections: SectionYear[], paragraph: number): SectionYear | null {
  let cur: SectionYear | null = null;
  for (const s of sections) if (s.from <= paragraph) cur = s;
  return cur?.closes ? null : cur;
}

/** Is `s` the full or short name of a region ("江苏省", "常州")? */
export function isRegionName(index: RegionIndex, s: string): boolean {
  return index.lookup(s).length > 0;
}

/** The region name `s` ends with, if any (longest first). */
export function trailingRegion(index: RegionIndex, s: string): string | null {
  for (let n = Math.min(8, s.length); n >= 2; n--) if (isRegionName(index, s.slice(-n))) return s.slice(-n);
  return null;
}

/** The region name `s` starts with, if any. */
export function leadingRegion(index: RegionIndex, s: string): string | null {
  for (let n = Math.min(8, s.length); n >= 2; n--) if (isRegionName(index, s.slice(0, n))) return s.slice(0, n);
  return null;
}
