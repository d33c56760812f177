// Header-scoped lists: a header line ("2021年某市市长质量奖提名奖", "一、某市市长质量奖(5家企业)",
// "第五届省长质量奖(组织):A B") scopes the lines below it until the next header or the first line
// that is not a list entry. Each (recipient, year) is one fact; the item line is its evidence.
import type { GazetteerEntry, Warning } from "../../../graph/types.js";
import { findAwardMentions } from "./award-names.js";
import type { AwardContext } from "./context.js";
import { type AwardInfo, evidence, makeFact, type NewAwardFact } from "./facts.js";
import { headingYear } from "./heading-years.js";
import { AWARD_COLUMN, headerNotes, type ListHeader, parseHeader, parseSubHeader, TIER_COLUMN } from "./list-headers.js";
import { ITEM_MARK, type ParsedItem, parseItem } from "./list-items.js";
import { endsWithOrgSuffix } from "./organisation-names.js";
import { type ColumnRole, headColumns, isRowNumber, mapRow, TABLE_HEAD } from "./table-rows.js";
import { findEditions, findYears } from "./years.js";

export { headerNotes, type ListHeader, parseHeader, parseSubHeader } from "./list-headers.js";

export interface ListResult {
  facts: NewAwardFact[];
  warnings: Warning[];
  aliases: GazetteerEntry[];
}

/**
 * `bodyYears`: the one year the document's body gives each award ("授予A等2家组织2022年度某奖"); an
 * attached list with no year of its own is that year's list, not the year of the decision's date.
 */
export function extractHeaderLists(ctx: AwardContext, bodyYears: Map<string, number> = new Map()): ListResult {
  const out: ListResult = { facts: [], warnings: [], aliases: [] };
  const { doc } = ctx;
  const paras = doc.paragraphs;
  let header: ListHeader | null = null;
  let headerSpan: { start: number; end: number } | null = null;
  let seen = new Set<string>();
  // The document is a notice, decision or list (its title or opening says so): see fallbackYear.
  const notice = /决定|通知|公告|公示|通报|名单/.test(`${doc.record.title ?? ""}${doc.norm.slice(0, 200)}`);
  // The number of the last numbered entry read ("3." → 3), to tell an unreadable entry from the list's end.
  let lastNumber: number | null = null;

  const close = () => {
    if (header && header.count != null && seen.size > 0 && seen.size !== header.count && headerSpan) {
      out.warnings.push({
        doc: doc.record.id,
        code: "count_mismatch",
        message: `header announces ${header.count} recipients of ${header.mention.award}, the list names ${seen.size}`,
        evidence: evidence(ctx, headerSpan.start, headerSpan.end),
      });
    }
    header = null;
    headerSpan = null;
    seen = new Set();
    lastNumber = null;
  };
  const open = (h: ListHeader, start: number, end: number) => {
    close();
    header = h;
    headerSpan = { start, end };
  };
  const emit = (h: ListHeader, item: ParsedItem, start: number, end: number) => {
    const ev = evidence(ctx, start, end);
    const years: Array<number | null> = item.years.length
      ? item.years
      : [h.year ?? fallbackYear(h, ctx, bodyYears.get(h.mention.award) ?? null, notice)];
    for (const r of item.recipients) {
      seen.add(r.name);
      for (const y of years) {
        const info: AwardInfo = {
          award: h.mention.award,
          level: h.mention.level,
          region: h.mention.region,
          tier: h.mention.tier,
          category: item.category ?? h.category,
          edition: h.edition,
          year: y,
          yearLabel: item.years.length ? item.yearLabel : h.yearLabel,
          proposed: h.proposed,
          statedTotal: statedCount(h),
        };
        out.facts.push(makeFact(ctx, r, info, ev));
      }
    }
    out.aliases.push(...item.aliases);
  };

  // The header's "(17家)" stays the total of its sections (再次获奖组织, 大中型企业…) of the same tier.
  const statedCount = (h: ListHeader) => {
    const outer =
      lastHeader && lastHeader.mention.award === h.mention.award && lastHeader.mention.tier === h.mention.tier ? lastHeader.count : null;
    const n = h.count ?? outer;
    return n != null ? { count: n, of: null } : null;
  };
  // A title such as "2021年度某市市长质量奖获奖名单" or "关于公布第五届某市政府质量奖获奖名单的通知"
  // gives its year and edition to the lists of that award under it.
  const title = titleScope(ctx);
  // The last header that named an award: sub-headers (组织奖, 提名奖) refer to it.
  let lastHeader: ListHeader | null = null;
  let awardColumn = false;
  let columns: ColumnRole[] = [];
  let previousWasHead = false;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    // A Markdown table row "| 1 | 某有限公司 | 金奖 |" is read as its cells; its rule line is skipped.
    const piped = /^\s*\|.*\|\s*$/.test(p.text);
    if (piped && /^[\s|:\-–—]+$/.test(p.text)) continue;
    const text = piped ? p.text.replace(/\s*\|\s*/g, "  ").trim() : p.text;
    // "第五届省长质量奖(组织):A B": a header and its entries on one line.
    const inline = headerWithEntries(
      ctx,
      text,
      (header as ListHeader | null) ?? lastHeader ?? title?.header ?? null,
      lastHeader ?? title?.header ?? null,
    );
    if (inline) {
      emit(inline.header, inline.item, p.start, p.end);
      if (inline.header.count != null && inline.header.count !== inline.item.recipients.length) {
        out.warnings.push({
          doc: doc.record.id,
          code: "count_mismatch",
          message: `${inline.header.mention.award}: ${inline.header.count} announced, ${inline.item.recipients.length} named`,
          evidence: evidence(ctx, p.start, p.end),
        });
      }
      continue;
    }
    // A lone "获奖个人" is a section header; a lone head cell only starts a head when it is the
    // row-number column (one cell per line) or continues one.
    const lone = !/\s/.test(text.trim());
    if (TABLE_HEAD.test(text.trim()) && (!lone || previousWasHead || /^(?:序号|编号|名次)$/.test(text.trim()))) {
      // Head cells one per line add up to one head.
      columns = previousWasHead ? [...columns, ...headColumns(text)] : headColumns(text);
      awardColumn = previousWasHead ? awardColumn || AWARD_COLUMN.test(text) : AWARD_COLUMN.test(text);
      previousWasHead = true;
      continue;
    }
    previousWasHead = false;
    // A table under a title that names the award ("关于第二届某市政府质量奖评审结果的通报") is that award's list.
    // Once a list has closed, a later table is not that award's (附件2: another honour's list).
    const base = (header as ListHeader | null) ?? (lastHeader || !columns.length ? null : (title?.header ?? null));
    // A table row read by its columns; with one cell per line, a row number starts the row.
    const row0 = columns.length >= 2 ? tableRow(ctx, paras, i, text, piped, columns, base, title) : null;
    if (row0) {
      emit(row0.header, row0.item, p.start, paras[row0.last].end);
      i = row0.last;
      continue;
    }
    // A row whose last column names the award or grade it received: "3 某有限公司 组织 某市政府质量奖提名奖".
    const row = awardColumn ? rowWithAward(text, ctx, base, title) : null;
    if (row) {
      emit(row.header, row.item, p.start, p.end);
      continue;
    }
    const awardHeader = (header as ListHeader | null) ?? lastHeader ?? title?.header ?? null;
    // A sub-header is read against the header that named the award, not against a sibling section.
    const sub = awardHeader ? parseSubHeader(text, lastHeader ?? title?.header ?? awardHeader) : null;
    if (sub) {
      open(sub, p.start, p.end);
      continue;
    }
    const h = parseHeader(text, ctx);
    if (h) {
      // A header right under another with no entries between (a title line, then the section
      // header) inherits the year and edition the outer one gave.
      const current = header as ListHeader | null;
      const outer = current && seen.size === 0 ? current : title && title.award === h.mention.award ? title : null;
      if (outer && h.year == null && h.edition == null) {
        h.year = outer.year;
        h.yearLabel = outer.yearLabel;
        h.edition = outer.edition;
      }
      // "2022年度某市质量荣誉榜": a list title that names no award still dates every section under it.
      if (h.year == null && h.edition == null) h.year = listTitleYear(ctx);
      open(h, p.start, p.end);
      lastHeader = h;
      awardColumn = false;
      columns = [];
      continue;
    }
    if (!header) continue;
    // "(排名不分先后)" on a line of its own, between a header and its entries.
    const bare = text.replace(ITEM_MARK, "").trim();
    if (/^\(.*\)$/.test(bare) && !headerNotes(bare).rest.trim()) continue;
    // "(以下为新申报企业)": a note that divides the list names no recipient and does not end it.
    if (/^\([^()]{2,30}\)$/.test(text.trim()) && /以下|以上|下列|按|排名|排序|先后/.test(text)) continue;
    // A row number on a line of its own ("1", then the name on the next line).
    if (isRowNumber(text)) continue;
    // "三、省级工业设计中心": a new numbered section that names no award ends the list; it is not an entry.
    if (SECTION_MARK.test(text)) {
      const entry = parseItem(text, ctx);
      if (!entry?.recipients.every((r) => r.type === "person" || /(?:公司|集团|医院|研究院|研究所|大学|学院)$/.test(r.name))) {
        close();
        continue;
      }
    }
    // The issuer's signature above the date line closes the list; a numbered last entry right above
    // the date (no signature) is still an entry.
    if (paras[i + 1] && /^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/.test(paras[i + 1].text) && isSignature(text)) {
      close();
      continue;
    }
    const item = parseItem(text, ctx, { personal: /个人/.test((header as ListHeader).category ?? "") });
    // A name broken over two lines (PDF/Word artefact): "3 长沙某某" + "电子科技有限公司".
    const joined = brokenName(ctx, text, item, paras[i + 1]?.text);
    if (joined) {
      emit(header, joined, p.start, paras[i + 1].end);
      i++;
      continue;
    }
    if (item) {
      emit(header, item, p.start, p.end);
      lastNumber = entryNumber(text);
      continue;
    }
    // An entry and the next header sharing one line: "X有限公司(2015年) 某省省长质量奖".
    const split = splitItemAndHeader(text, ctx);
    if (split) {
      emit(header, split.item, p.start, p.start + split.at);
      open(split.header, p.start + split.at, p.end);
      continue;
    }
    // The next number of a numbered list that this parser cannot read: the list goes on (and says so).
    const n = entryNumber(text);
    if (n != null && lastNumber != null && n === lastNumber + 1) {
      lastNumber = n;
      out.warnings.push({
        doc: doc.record.id,
        code: "unread_list_entry",
        message: `entry ${n} of ${(header as ListHeader).mention.award} names no recipient this parser reads`,
        evidence: evidence(ctx, p.start, p.end),
      });
      continue;
    }
    close();
  }
  close();
  return out;
}

/**
 * Stage: a line that is a header and its entries at once ("第五届某省省长质量奖(组织)：A、B",
 * "经济类金奖：A"). The part before the colon is a header of its own or a section of `base`.
 */
function headerWithEntries(
  ctx: AwardContext,
  text: string,
  base: ListHeader | null,
  awardHeader: ListHeader | null,
): { header: ListHeader; item: ParsedItem } | null {
  const colon = text.search(/[:：]/);
  if (colon <= 0) return null;
  const head = text.slice(0, colon);
  const h = parseHeader(head, ctx) ?? (base ? parseSubHeader(head, awardHeader ?? base) : null);
  const item = h ? parseItem(text.slice(colon + 1), ctx, { personal: /个人/.test(h.category ?? "") }) : null;
  return h && item ? { header: h, item } : null;
}

/**
 * Stage: an entry whose name runs on to the next line ("3 长沙某某" + "电子科技有限公司"): the two lines
 * joined, when only together they end like an organisation's name.
 */
function brokenName(ctx: AwardContext, text: string, item: ParsedItem | null, next: string | undefined): ParsedItem | null {
  if (next == null) return null;
  const head = text.replace(ITEM_MARK, "");
  const fragment = !/\s/.test(head) && head.length <= 80 && !ITEM_MARK.exec(next)![0].trim();
  if (!fragment || (item && !item.recipients.every((r) => r.type === "organization" && !endsWithOrgSuffix(r.name)))) return null;
  if (parseHeader(next, ctx) || findAwardMentions(text, ctx).length) return null;
  const joined = parseItem(`${text}${next.replace(/^\s+/, "")}`, ctx);
  return joined?.recipients.every((r) => r.type === "organization" && endsWithOrgSuffix(r.name)) ? joined : null;
}

/**
 * Stage: a table row read by its column heads (one line, or one cell per line after a row number):
 * the award or grade its cell names (else the list's), and the recipient. `last` is the row's last line.
 */
function tableRow(
  ctx: AwardContext,
  paras: Array<{ text: string; start: number; end: number }>,
  i: number,
  text: string,
  piped: boolean,
  columns: ColumnRole[],
  base: ListHeader | null,
  title: TitleScope | null,
): { header: ListHeader; item: ParsedItem; last: number } | null {
  let last = i;
  let rowText = text;
  if (isRowNumber(text)) {
    while (
      last + 1 < paras.length &&
      last - i < columns.length - 1 &&
      !isRowNumber(paras[last + 1].text) &&
      !TABLE_HEAD.test(paras[last + 1].text.trim())
    ) {
      last++;
      rowText += ` ${paras[last].text.trim()}`;
    }
  }
  const cells = piped
    ? paras[i].text
        .trim()
        .replace(/^\||\|$/g, "")
        .split("|")
        .map((c) => c.trim())
    : rowText.trim().split(/\s+/);
  const mapped = mapRow(cells, columns, (x) => ctx.index.byName.has(x));
  if (!mapped) return null;
  const cell =
    mapped.award ?? (mapped.category && (TIER_COLUMN[mapped.category] || parseHeader(mapped.category, ctx)) ? mapped.category : null);
  const h = cell ? awardOfCell(cell, ctx, base, title) : base;
  const item = h ? parseItem(mapped.text, ctx, { personal: /个人/.test(`${mapped.category ?? ""}${h.category ?? ""}`) }) : null;
  // A cut-off name ("3 长沙某某" + "电子科技有限公司 雨花区" on the next line) is joined elsewhere instead.
  if (!h || !item?.recipients.every((r) => r.type !== "organization" || endsWithOrgSuffix(r.name))) return null;
  if (mapped.category && cell !== mapped.category) item.category = mapped.category;
  return { header: h, item, last };
}

interface TitleScope {
  award: string;
  year: number | null;
  yearLabel: string | null;
  edition: number | null;
  /** The title as the header of the lists under it ("一、获奖组织" names no award itself). */
  header: ListHeader;
}

/** The award, year and edition the document's title (or first line) names, if it names one award. */
function titleScope(ctx: AwardContext): TitleScope | null {
  // The first line, else the title the page or front matter gives (HTML <title>, YAML title:).
  const first = ctx.doc.paragraphs[0]?.text ?? "";
  const meta = (ctx.doc.record.title ?? "").normalize("NFKC");
  const text = findAwardMentions(first, ctx).length ? first : meta;
  const mentions = findAwardMentions(text, ctx);
  if (mentions.length !== 1) return null;
  const upto = text.slice(0, mentions[0].end);
  const y = findYears(upto).pop();
  const scope = {
    award: mentions[0].award,
    year: y?.year ?? null,
    yearLabel: y?.label ?? null,
    edition: findEditions(upto).pop()?.edition ?? null,
  };
  const header: ListHeader = { ...scope, mention: mentions[0], category: null, count: null, proposed: ctx.proposed || /拟/.test(text) };
  return { ...scope, header };
}

/** The arabic number an entry line starts with ("3.", "(3)", "3 "), or null. */
function entryNumber(text: string): number | null {
  const m = /^\s*(?:\(\s*(\d{1,3})\s*\)|(\d{1,3})\s*[.、)\s])/.exec(text);
  return m ? Number(m[1] ?? m[2]) : null;
}

const SECTION_MARK = /^\s*(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\))/;

/** The year a title such as "2022年度某市质量荣誉榜" or "2021年获奖企业名单" gives the lists under it. */
function listTitleYear(ctx: AwardContext): number | null {
  const m = /^\s*((?:19|20)\d{2})\s*年度?[^,，。;；]{0,30}(?:荣誉榜|光荣榜|红榜|名单|名录|一览表?|汇总表?)\s*$/.exec(
    ctx.doc.paragraphs[0]?.text ?? "",
  );
  return m ? Number(m[1]) : null;
}

/** An issuer's signature line: a government body or office, not numbered. */
function isSignature(text: string): boolean {
  return !ITEM_MARK.exec(text)![0].trim() && /(?:政府|委员会|局|厅|办公室|领导小组|协会|中心|部|委|办)\s*$/.test(text.trim());
}

/** A table row ending in an award or grade column, read with the award that column names. */
function rowWithAward(
  text: string,
  ctx: AwardContext,
  base: ListHeader | null,
  title: TitleScope | null,
): { item: ParsedItem; header: ListHeader } | null {
  const m = /^(.*\S)\s+(\S+)$/.exec(text.trim());
  const h = m ? awardOfCell(m[2], ctx, base, title) : null;
  const item = h ? parseItem(m![1], ctx) : null;
  return item ? { item, header: h! } : null;
}

/** The list header an award cell ("某市政府质量奖提名奖", "银奖") stands for. */
function awardOfCell(cell: string, ctx: AwardContext, base: ListHeader | null, title: TitleScope | null): ListHeader | null {
  const tier = TIER_COLUMN[cell];
  if (tier) return base ? { ...base, mention: { ...base.mention, tier } } : null;
  // "组织奖", "个人类": the cell names a section of the award above, not another award.
  const section = /^(组织|个人|企业|单位)类?奖?$/.exec(cell);
  if (section) return base ? { ...base, category: section[1] } : null;
  const h = parseHeader(cell, ctx);
  if (!h) return null;
  // The cell names the award only; its year and edition are those of the list or the title.
  const outer = base && base.mention.award === h.mention.award ? base : title && title.award === h.mention.award ? title : null;
  if (outer && h.year == null && h.edition == null) {
    h.year = outer.year;
    h.yearLabel = outer.yearLabel;
    h.edition = outer.edition;
  }
  return h;
}

function splitItemAndHeader(text: string, ctx: AwardContext): { item: ParsedItem; header: ListHeader; at: number } | null {
  for (const m of findAwardMentions(text, ctx)) {
    // The header starts at the award (with its region) or at a year/edition just before it.
    let at = m.start;
    const before = /(?:(?:19|20)\d{2}\s*年度?|第\s*[0-9一二三四五六七八九十]+\s*届)\s*$/.exec(text.slice(0, at));
    if (before) at -= before[0].length;
    if (at === 0) continue;
    const header = parseHeader(text.slice(at), ctx);
    const item = header ? parseItem(text.slice(0, at), ctx) : null;
    if (header && item) return { item, header, at };
  }
  return null;
}

/** A list with no year of its own: the year the body grants, else the date line's year, for an edition or a notice. */
function fallbackYear(h: ListHeader, ctx: AwardContext, bodyYear: number | null, notice: boolean): number | null {
  if (ctx.reviewYear != null) return ctx.reviewYear;
  // A decision's attached list is the list of the year its body grants.
  if (notice && h.edition == null && bodyYear != null) return bodyYear;
  // The year the heading gives this award ("2022年度某区区长质量奖评选结果揭晓。").
  const heading = h.edition == null ? headingYear(ctx, h.mention.award) : null;
  if (heading) return heading.year;
  if (ctx.dateYear == null) return null;
  return h.edition != null || notice ? ctx.dateYear : null;
}
