import type { RegionIndex } from "../regions.js";
import type { RegionMention } from "./prepared-document.js";

const LEVEL_HINTS: Array<[RegExp, "district" | "county" | "city" | "province"]> = [
  [/我区|全区|区委|区政府|区长质量奖|区市场监管局|本区/g, "district"],
  [/我县|全县|县委|县政府|县长质量奖|本县/g, "county"],
  [/我市|全市|市委|市政府|市长质量奖|本市/g, "city"],
  [/我省|全省|省委|省政府|省长质量奖|本省/g, "province"],
];

/**
 * The region a document speaks for. Mentions are weighted (title 6: a title names its subject; opening 2; rest 1) and summed
 * up the region tree; from the best province we descend to a city only while that city is talked
 * about more than the province itself and clearly more than any other city, and to a district or
 * county only when the text also speaks as one (我区, 区长质量奖). A provincial notice that lists
 * firms from many cities stays provincial; a city's newspaper lands on the city.
 */
export function inferDocumentRegion(norm: string, title: string | null, mentions: RegionMention[], index: RegionIndex): string | null {
  const direct = new Map<string, number>();
  const titleSpan = title ? locate(norm, title) : null;
  const crumbs = breadcrumbLines(norm);
  for (const m of mentions) {
    // "某省新闻网 > 即时新闻 > 地方": the site that carries a page is not what the page is about.
    if (crumbs.some((c) => m.start >= c.start && m.end <= c.end)) continue;
    const inTitle = titleSpan && m.start >= titleSpan.start && m.end <= titleSpan.end;
    const w = (inTitle ? 6 : m.start < norm.length * 0.2 ? 2 : 1) / m.candidates.length;
    for (const name of m.candidates) direct.set(name, (direct.get(name) ?? 0) + w);
  }
  if (direct.size === 0) return null;
  // Title given only as metadata (front matter) still counts: its regions weigh as title mentions.
  if (title && !titleSpan) {
    for (const [name, entries] of index.byName) if (title.includes(name)) direct.set(name, (direct.get(name) ?? 0) + 6 / entries.length);
  }

  const children = new Map<string, string[]>();
  const total = new Map<string, number>();
  for (const [name, w] of direct) {
    const chain = index.chain(index.byName.get(name)![0]);
    for (const [i, r] of chain.entries()) {
      total.set(r.name, (total.get(r.name) ?? 0) + w);
      if (i > 0) {
        const list = children.get(r.name) ?? [];
        if (!list.includes(chain[i - 1].name)) list.push(chain[i - 1].name);
        children.set(r.name, list);
      }
    }
  }
  const ranked = (names: string[]) =>
    names.map((n) => [n, total.get(n) ?? 0] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

  const hints = LEVEL_HINTS.map(([re, level]) => [level, (norm.match(re) ?? []).length] as const).sort((a, b) => b[1] - a[1]);
  const speaksAsLocal = (hints[0][0] === "district" || hints[0][0] === "county") && hints[0][1] >= 2;
  const speaksAsCity = hints[0][0] === "city" && hints[0][1] > (hints.find(([l]) => l === "province")?.[1] ?? 0);

  let current = "中国";
  for (let depth = 0; depth < 4; depth++) {
    const kids = ranked(children.get(current) ?? []);
    if (kids.length === 0) break;
    const [best, second] = kids;
    const level = index.byName.get(best[0])?.[0]?.level;
    if (level === "province") {
      // The country's own name is mostly part of award names (中国质量奖): a province need only
      // stand out from the other provinces. A national list naming firms everywhere stays national.
      if (second && best[1] < 2 * second[1]) break;
      current = best[0];
      continue;
    }
    const localLevel = level === "district" || level === "county";
    if (localLevel && !speaksAsLocal) break;
    // A text that speaks as a city (我市, 全市) needs less to settle on one: names of firms and
    // awards repeat the province's name (湖北宜化, 湖北省长江质量奖) without speaking for it.
    const parentWeight = (direct.get(current) ?? 0) * (speaksAsCity && !localLevel ? 0.5 : 1);
    const clear = best[1] > parentWeight && (!second || best[1] >= 2 * second[1]);
    if (!clear && !(localLevel && speaksAsLocal && (!second || best[1] > second[1]))) break;
    current = best[0];
  }
  return current === "中国" ? (direct.has("中国") ? "中国" : null) : current;
}

/** Navigation lines of a web page ("首页 > 新闻 > 地方", "当前位置:…>"): short parts joined by ">". */
function breadcrumbLines(norm: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const line of norm.split("\n")) {
    if (/\S\s*>\s*\S/.test(line) && line.length <= 80 && !/[。，,；;]/.test(line)) out.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}

function locate(norm: string, title: string): { start: number; end: number } | null {
  const at = norm.indexOf(title);
  return at >= 0 ? { start: at, end: at + title.length } : null;
}

/** The year a document speaks from: its date, else null (years inside the text are facts' business). */
export function documentYear(date: string | null): number | null {
  const m = date ? /^(\d{4})/.exec(date) : null;
  return m ? Number(m[1]) : null;
}

/**
 * The year a review document reports on, named in its title ("关于2023年质量强市工作情况的报告",
 * "2022年度质量工作总结", "…统计公报"): its undated figures and awards are that year's, even when
 * the document is dated early the next year.
 */
export function reviewYear(title: string | null): number | null {
  const m =
    /((?:19|20)\d\d)\s*年度?(?!.*(?:19|20)\d\d\s*年).*(?:总结|(?:工作|情况|状况|发展)的?报告|年报|综述|公报|白皮书|(?:发展|工作)(?:状况|情况)$)/.exec(
      (title ?? "").normalize("NFKC"),
    );
  return m ? Number(m[1]) : null;
}
