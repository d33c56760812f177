// Quantified items in a sentence: each number with the metric the text gives it, the comparator,
// and the years around it. Enumerations share their verb or prefix ("争创中国质量奖1个、江苏省
// 质量奖3个" → 争创江苏省质量奖), distributive lists share a value ("A、B均为100%"), and a
// change "从2013年的214天增加到2021年的310天" gives one metric two dated values.
import type { Comparator } from "../../../graph/types.js";
import type { PreparedDocument } from "../prepared-document.js";
import {
  ACTION_PREFIX,
  commonSubstring,
  commonSuffix,
  isBareHead,
  metricBefore,
  resolveAnaphora,
  splitHead,
  nounAfter,
  stripLeading,
  verbBefore,
} from "./metric-text.js";
import { leadingRegion, trailingRegion } from "./context.js";
import { findBareComparisons, findQuantities, yearsIn, type Quantity } from "./numbers.js";

export interface QuantityItem {
  metric: string;
  value: number;
  unit: string | null;
  comparator: Comparator;
  /** Offsets (document text) of the evidence: the clause or the enumeration holding the item. */
  start: number;
  end: number;
  sentence: number;
  paragraph: number;
  /** The explicit year of the figure (the nearest "YYYY年" before it that is not a comparison base). */
  year: number | null;
  /** A deadline stated in the sentence ("到2020年"). */
  toYear: number | null;
  /** The clause opens with 全省: a figure for the province, not the document's region. */
  province: boolean;
}

const CLAUSE_SEP = /[，,；;：:]/g;
/** Words that make a sentence a company's own business figures or an event headcount (not annotated). */
const COMPANY = /该公司|公司累计|公司全年|公司单位|^同时,?公司|同比增长|同比下降|年产量|有效专利|业务遍及/;
const EVENT = /参加|参会|赴|培训|宣贯|出席|观摩|参观|报名/;

function clauses(s: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let last = 0;
  for (const m of s.matchAll(CLAUSE_SEP)) {
    // A comma inside quotes belongs to a quoted name.
    const before = s.slice(0, m.index!);
    if ((before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0)) continue;
    out.push({ start: last, end: m.index! });
    last = m.index! + 1;
  }
  out.push({ start: last, end: s.length });
  return out.filter((c) => c.end > c.start);
}

/** Token boundaries (offsets relative to `from`) inside doc[from, to). */
function boundaries(doc: PreparedDocument, from: number, to: number): number[] {
  const out: number[] = [];
  for (const t of doc.tokens) {
    if (t.end <= from) continue;
    if (t.start >= to) break;
    out.push(Math.max(0, t.start - from));
  }
  return out;
}


/**
 * The words an enumeration's first item shares with the next ("累计建成江苏省…AAA级企业30家、
 * AA级企业60家" share 累计建成江苏省…评价): cut the first item where the next one's own words
 * begin, found from their common ending, on a word boundary, moving back over a region name when
 * the next item also starts with one; at least the first item's leading action verbs.
 */
function sharedPrefix(doc: PreparedDocument, first: string, firstAt: number, next: string): string {
  const verbs = ACTION_PREFIX.exec(first)?.[0] ?? "";
  if (!verbs) return "";
  const cs = commonSuffix(first, next);
  if (cs < 2 || cs >= first.length) return verbs;
  const p = first.length - cs;
  const b = firstAt >= 0 ? boundaries(doc, firstAt, firstAt + first.length) : [];
  let head = p;
  if (b.includes(p)) head = [...b].reverse().find((x) => x < p) ?? p;
  else head = [...b].reverse().find((x) => x < p) ?? p;
  let prefix = first.slice(0, head);
  const region = trailingRegion(prefix);
  if (region && leadingRegion(next) && prefix.length - region.length >= verbs.length) prefix = prefix.slice(0, prefix.length - region.length);
  return prefix.startsWith(verbs) && prefix.length >= verbs.length ? prefix : verbs;
}

/** Items of a distributive list "A、B、C均为100%" / "A、B分别超过85和80" / "A、B…分别下降了x、y". */
function distribute(doc: PreparedDocument, listText: string, listAt: number, verb: string): string[] {
  const items = listText.split("、").map((x) => x.trim()).filter(Boolean);
  if (items.length < 2) return [];
  const last = items[items.length - 1];
  const lastChar = last[last.length - 1];
  // The last item's head ("顾客满意度", "平均浓度较2013年") goes onto items that lack it.
  let head = "";
  if (items.slice(0, -1).some((x) => !x.endsWith(lastChar))) {
    const common = commonSubstring(items[0], last);
    if (common.length >= 2) head = last.slice(common.endInB);
    else {
      const at = listAt + listText.lastIndexOf(last);
      const b = boundaries(doc, at, at + last.length);
      head = b.length > 1 ? last.slice(b[1]) : "";
    }
  }
  const first = items[0];
  return items.map((item, i) => {
    let m = item;
    if (i < items.length - 1 && head && !item.endsWith(lastChar)) m = item + head;
    // A short item ("死亡率" after "万台特种设备事故率") takes the first item's prefix.
    if (i > 0 && item.length <= 3 && commonSuffix(first, item) >= 1) {
      const at = listAt + listText.indexOf(first);
      const b = boundaries(doc, at, at + first.length);
      const cut = [...b].reverse().find((x) => x > 0 && x <= first.length - commonSuffix(first, item)) ?? 0;
      m = first.slice(0, cut) + item;
    }
    return m + verb;
  });
}

function overlapsAny(q: Quantity, spans: Array<{ start: number; end: number }>, offset: number): boolean {
  return spans.some((p) => offset + q.start < p.end && offset + q.end > p.start);
}

export interface ItemOptions {
  /** Also read unitless numbers after 低于/超过 (goals in policy texts). */
  bare: (sentenceIndex: number) => boolean;
  /** Spans (norm offsets) of policy titles, whose numbers are part of a name. */
  titles: Array<{ start: number; end: number }>;
}

export function findItems(doc: PreparedDocument, opts: ItemOptions): QuantityItem[] {
  const out: QuantityItem[] = [];
  const paraOf = (pos: number) => doc.paragraphs.findIndex((p) => p.start <= pos && pos < p.end);
  const skipParagraphs = new Set(doc.paragraphs.map((p, i) => (/该公司|公司累计|公司全年/.test(p.text) ? i : -1)).filter((i) => i >= 0));
  doc.sentences.forEach((sent, si) => {
    const S = sent.text;
    const at = sent.start;
    const para = paraOf(at);
    if (skipParagraphs.has(para) || COMPANY.test(S)) return;
    let qs = findQuantities(S);
    if (opts.bare(si)) {
      const bare = findBareComparisons(S).filter((b) => !qs.some((q) => b.start < q.end && b.end > q.start));
      qs = [...qs, ...bare].sort((a, b) => a.start - b.start);
    }
    qs = qs.filter((q) => !overlapsAny(q, opts.titles, at));
    if (qs.length === 0) return;
    const years = yearsIn(S).filter((y) => !opts.titles.some((t) => at + y.index >= t.start && at + y.index < t.end));
    const toYear = years.find((y) => y.to)?.year ?? null;
    const yearBefore = (pos: number) => [...years].reverse().find((y) => y.index < pos && !y.base && !y.to)?.year ?? years.filter((y) => y.index < pos && y.to).pop()?.year ?? null;
    let lastMetric = "";
    let run: { first: string; firstAt: number; prefix: string | null } | null = null;

    for (const c of clauses(S)) {
      const cq = qs.filter((q) => q.start >= c.start && q.end <= c.end);
      if (cq.length === 0) continue;
      const text = S.slice(c.start, c.end);
      if (EVENT.test(text)) continue;
      const province = /^(?:此外|同时|其中)?[，,]?(?:全省|省内)/.test(text.trim());
      const emit = (metric: string, q: Quantity, year: number | null, evStart = c.start) => {
        metric = resolveAnaphora(metric.replace(/\s+/g, ""), S.slice(0, c.start));
        if (!metric || metric.length < 2 || /^[\d.]+$/.test(metric)) return;
        out.push({
          metric,
          value: q.value,
          unit: q.unit,
          comparator: q.comparator,
          start: at + evStart,
          end: at + c.end,
          sentence: si,
          paragraph: para,
          year,
          toYear,
          province,
        });
        lastMetric = metric;
      };

      // "A、B均为100%", "A、B分别超过85和80", "A、B…平均浓度较2013年分别下降了x、y".
      const dist = /((?<!平)均|分别|都)(为|达到|达|是|保持|低于|超过|高于|不低于|下降了?|上升了?|提高了?|增长了?|减少了?|降低了?)?/.exec(text);
      if (dist && dist.index < cq[0].start - c.start) {
        const listText = stripLeading(text.slice(0, dist.index));
        const verbWord = dist[2] && /下降|上升|提高|增长|减少|降低/.test(dist[2]) ? dist[2].replace(/了$/, "") : "";
        const listAt = at + c.start + text.indexOf(listText);
        const metrics = distribute(doc, listText, listAt, verbWord);
        if (metrics.length >= 2 && (cq.length === metrics.length || cq.length === 1)) {
          metrics.forEach((m, i) => emit(m, cq.length === 1 ? cq[0] : cq[i], yearBefore(cq[0].start)));
          run = null;
          continue;
        }
      }
      // Several counts then 分别 ("5家、8家企业分别被认定为…"): the pairing is not recoverable here.
      if (cq.length > 1 && /分别/.test(text.slice(cq[0].end - c.start)) && !/分别/.test(text.slice(0, cq[0].start - c.start))) {
        if (/^[、和]/.test(S.slice(cq[0].end, cq[1].start)) || S.slice(cq[0].end, cq[1].start) === "、") continue;
      }
      // "X从2013年的214天增加到2021年的310天".
      const change = /^(.*?)从(.*)(?:增加|提高|提升|下降|减少|降低|上升|增长)?到/.exec(text);
      if (change && cq.length === 2 && cq.every((q) => !q.rank)) {
        const m = metricBefore(change[1]);
        for (const q of cq) {
          const y = /((?:19|20)\d\d)年的?$/.exec(S.slice(Math.max(c.start, q.start - 8), q.start));
          emit(m, q, y ? Number(y[1]) : null);
        }
        continue;
      }

      let pendingVerbless: number[] = [];
      cq.forEach((q, i) => {
        const segStart = i === 0 ? c.start : cq[i - 1].end;
        const pre = S.slice(segStart, q.start);
        const afterEnd = i + 1 < cq.length ? cq[i + 1].start : c.end;
        const after = S.slice(q.end, afterEnd);
        const year = yearBefore(q.start);
        if (q.rank) {
          let subject = metricBefore(S.slice(segStart, q.start)).replace(/(继续|持续|稳定|一直|始终)+$/, "");
          if (!subject) subject = lastMetric;
          if (subject) emit(`${subject}${q.rank.scope}排名`, q, year);
          return;
        }
        const afterClean = after.replace(/^(以上|以下|左右|之多)/, "");
        if (/^的/.test(afterClean) && afterClean.length > 1) {
          emit(metricBefore(pre) + nounAfter(afterClean.slice(1)), q, year);
          run = null;
          return;
        }
        if (afterClean && !/^[、，,。；;]/.test(afterClean)) {
          // The counted noun follows the number.
          let noun = nounAfter(afterClean);
          let verb = verbBefore(pre);
          const adv = /^(.*?)(分别|均|都)(.+)$/.exec(noun);
          if (adv && adv[1]) {
            noun = adv[1] + adv[3];
            for (const j of pendingVerbless) out[j].metric += adv[3];
            pendingVerbless = [];
          }
          // "5家企业的6个产品(服务)获得…", "7家组织和1名个人获…": earlier groups share the predicate.
          const raw = afterClean.split(/[。！？；;，,]/)[0].replace(/[的和及与、]+$/, "");
          const split = splitHead(raw);
          if (split) {
            for (const j of pendingVerbless) if (isBareHead(out[j].metric)) out[j].metric = split.predicate + out[j].metric;
            pendingVerbless = [];
          }
          // "5个国家级、12个省级标准化示范区项目试点": a bare level borrows the next item's noun.
          if (/级$/.test(noun) && noun.length <= 4 && i + 1 < cq.length) {
            const nextNoun = nounAfter(S.slice(cq[i + 1].end, i + 2 < cq.length ? cq[i + 2].start : c.end));
            noun += nextNoun.replace(/^(国家级|省级|市级|区级|县级|国际|国家)/, "");
            run = { first: verb, firstAt: -1, prefix: verb };
          } else if (run && run.firstAt === -1 && !verb) verb = run.prefix ?? "";
          else run = null;
          const before = out.length;
          emit(verb + noun, q, year);
          if (out.length > before && /[和及与的]$/.test(afterClean.replace(/[、]+$/, ""))) pendingVerbless.push(out.length - 1);
          return;
        }
        // The metric precedes the number.
        let metric = metricBefore(pre);
        if (!metric) return;
        const metricAt = at + segStart + pre.indexOf(metric);
        // "国家级和省级出口质量安全示范区各2个": one count for each level.
        const each = /^(.*?)(国家级|省级|市级|区级|县级)(?:和|、|及)(国家级|省级|市级|区级|县级)(.+?)各$/.exec(metric);
        if (each) {
          const p = run?.prefix ?? (run ? sharedPrefix(doc, run.first, run.firstAt, metric) : "");
          const lead = ACTION_PREFIX.test(each[1]) ? "" : p;
          emit(lead + each[1] + each[2] + each[4], q, year);
          emit(lead + each[1] + each[3] + each[4], q, year);
          return;
        }
        metric = metric.replace(/各$/, "");
        // "新开工在建水利工程项目质量抽查、交通工程项目质量合格率为100%": long phrases listed
        // before one figure are separate metrics sharing the last one's head (short words such
        // as "食品、农产品抽检合格率" name one combined metric).
        const listed = metric.split("、");
        if (listed.length > 1 && listed.every((x) => x.length >= 5) && /(率|度|指数|比重)$/.test(metric)) {
          const metrics = distribute(doc, metric, metricAt, "");
          if (metrics.length > 1) {
            for (const m of metrics) emit(m, q, year);
            run = null;
            return;
          }
        }
        const bareItem = !ACTION_PREFIX.test(metric);
        if (run && run.firstAt >= 0 && bareItem) {
          if (run.prefix === null) run.prefix = sharedPrefix(doc, run.first, run.firstAt, metric);
          emit(run.prefix + metric, q, year);
          return;
        }
        run = { first: metric, firstAt: metricAt, prefix: null };
        emit(metric, q, year);
      });
    }
  });
  return out;
}
