// The year a document's heading gives an award: "关于2023年某市人民政府质量奖评审结果的通报" dates
// the grants of that award in its body when the granting sentence states no year of its own.
import { findAwardMentions } from "./award-names.js";
import type { AwardContext } from "./context.js";
import { blankCitations, findYears } from "./years.js";

export interface HeadingYear {
  year: number;
  label: string | null;
}

const cache = new WeakMap<AwardContext, Map<string, HeadingYear>>();
// Heading lines are short and carry no sentence punctuation; they come before the body.
const HEADING_LINES = 10;

/** The year the document's heading lines give `award`, or null. */
export function headingYear(ctx: AwardContext, award: string): HeadingYear | null {
  let map = cache.get(ctx);
  if (!map) {
    map = new Map();
    const lines = [ctx.doc.record.title ?? "", ...ctx.doc.paragraphs.slice(0, HEADING_LINES).map((p) => p.text)];
    for (const raw of lines) {
      const line = raw.normalize("NFKC");
      if (!line.trim() || line.length > 80 || /[。；;]/.test(line)) continue;
      for (const m of findAwardMentions(line, ctx)) {
        const years = findYears(blankCitations(line.slice(0, m.end)));
        if (years.length === 1 && !map.has(family(m.award))) map.set(family(m.award), { year: years[0].year, label: years[0].label });
      }
    }
    cache.set(ctx, map);
  }
  return map.get(family(award)) ?? decisionYear(ctx);
}

const decisionYears = new WeakMap<AwardContext, HeadingYear | null>();

/**
 * The one year a decision's title gives ("关于表彰2012年度某县县长质量奖和…的决定"): a grant in its
 * body of another honour, with no year of its own, belongs to the same decision.
 */
function decisionYear(ctx: AwardContext): HeadingYear | null {
  if (decisionYears.has(ctx)) return decisionYears.get(ctx)!;
  const years = new Map<number, HeadingYear>();
  const lines = ctx.doc.paragraphs.slice(0, HEADING_LINES).map((p) => p.text.normalize("NFKC"));
  // A title broken over lines: "关于表彰2012年度…" + "…的决定".
  for (const [i, line] of lines.entries()) {
    const title = `${line}${lines[i + 1] ?? ""}`;
    if (line.length > 80 || /[。；;]/.test(line) || !/^关于.*(?:决定|通报|通知|公告)/.test(title)) continue;
    for (const y of findYears(blankCitations(line))) years.set(y.year, { year: y.year, label: y.label });
  }
  const one = years.size === 1 ? [...years.values()][0] : null;
  decisionYears.set(ctx, one);
  return one;
}

/**
 * The programme an award belongs to: its issuer's part of the name (某市人民政府 for 某市人民政府质量奖
 * and 某市人民政府质量管理创新奖, judged in one round and dated by one heading).
 */
function family(award: string): string {
  const at = award.indexOf("质量");
  return at > 0 ? award.slice(0, at) : award;
}
