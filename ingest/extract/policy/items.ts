// Quantified items in a sentence: each number with the metric the text gives it, the comparator,
// and the years around it. Enumerations share their verb or prefix ("争创中国质量奖1个、江苏省
// 质量奖3个" → 争创江苏省质量奖), distributive lists share a value ("A、B均为100%"), and a
// change "从2013年的214天增加到2021年的310天" gives one metric two dated values.
import type { Comparator } from "../../../graph/types.js";
import type { PreparedDocument } from "../prepared-document.js";
import { distribute, sharedPrefix } from "./enumerations.js";
import { logicalSentences } from "./joined-sentences.js";
import {
  ACTION_PREFIX,
  isBareHead,
  metricBefore,
  resolveAnaphora,
  splitHead,
  nounAfter,
  stripLeading,
  verbBefore,
} from "./metric-text.js";
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
const GENERIC = /^(合格率|达标率|覆盖率|比重|占比|比例|问鼎|总数|数量|总量|规模)$/;
const RULE_TERMS = /名额|每届|有效期|周期|期限|工作日|日内|个月内|年内有效|罚款|处以/;
const RULE_MONEY = /奖励|资助|补助|补贴|奖金|扶持/;
/** Year-on-year changes are not levels of a metric. */
const CHANGE = /同比|环比|个百分点/;
/** Bodies that hold members, money or clients, whose figures carry their name. */
const BODY = /(联盟|中心|基金|资金|平台|窗口|协会|基地|委员会|服务站|工作站|实验室|专区)$/;
const EVENT = /参加|参会|赴|培训|宣贯|出席|观摩|参观|报名/;

function clauses(s: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let last = 0;
  for (const m of s.matchAll(CLAUSE_SEP)) {
    // A comma inside quotes belongs to a quoted name.
    const before = s.slice(0, m.index!);
    // A thousands separator ("1,200家") is not a clause break.
    if (m[0] === "," && /\d$/.test(before) && /^\d{3}(?!\d)/.test(s.slice(m.index! + 1))) continue;
    if ((before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0)) continue;
    out.push({ start: last, end: m.index! });
    last = m.index! + 1;
  }
  out.push({ start: last, end: s.length });
  return out.filter((c) => c.end > c.start);
}

export interface ItemOptions {
  /** Also read unitless numbers after 低于/超过 (goals in policy texts). */
  bare: (sentenceIndex: number) => boolean;
  /** Spans (norm offsets) of policy titles, whose numbers are part of a name. */
  titles: Array<{ start: number; end: number }>;
  /** The document is itself a policy (its title line is the policy's name, not a headline). */
  policyDoc?: boolean;
}

export function findItems(doc: PreparedDocument, opts: ItemOptions): QuantityItem[] {
  const out: QuantityItem[] = [];
  const paraOf = (pos: number) => doc.paragraphs.findIndex((p) => p.start <= pos && pos < p.end);
  // A company's own profile, and a news headline repeated as the first line (the body states its figures).
  const headline = doc.record.title?.normalize("NFKC").trim();
  const skipParagraphs = new Set(
    doc.paragraphs.map((p, i) => (/该公司|公司累计|公司全年/.test(p.text) || (i === 0 && doc.paragraphs.length > 1 && !opts.policyDoc && p.text === headline) ? i : -1)).filter((i) => i >= 0),
  );
  for (const { si, S, pos } of logicalSentences(doc)) {
    const at = pos(0);
    const para = paraOf(at);
    if (skipParagraphs.has(para) || COMPANY.test(S)) continue;
    let qs = findQuantities(S);
    if (opts.bare(si)) {
      const bare = findBareComparisons(S).filter((b) => !qs.some((q) => b.start < q.end && b.end > q.start));
      qs = [...qs, ...bare].sort((a, b) => a.start - b.start);
    }
    qs = qs.filter((q) => !opts.titles.some((p) => pos(q.start) < p.end && pos(q.end - 1) >= p.start));
    if (qs.length === 0) continue;
    const years = yearsIn(S).filter((y) => !opts.titles.some((t) => pos(y.index) >= t.start && pos(y.index) < t.end));
    const toYear = years.find((y) => y.to)?.year ?? null;
    const yearBefore = (pos: number) => [...years].reverse().find((y) => y.index < pos && !y.base && !y.to)?.year ?? years.filter((y) => y.index < pos && y.to).pop()?.year ?? null;
    let lastMetric = "";
    let run: { first: string; firstAt: number; prefix: string | null } | null = null;

    // A body the sentence sets up ("成立…标准联盟", "设立了…奖励资金") owns the figures of the
    // clauses after it that have no subject of their own ("集结…30家成员单位").
    let introduced = "";
    for (const c of clauses(S)) {
      const cq = qs.filter((q) => q.start >= c.start && q.end <= c.end);
      const text = S.slice(c.start, c.end);
      if (cq.length === 0) {
        const setUp = /(?:设立|成立|组建|建立|设置)了?([^，,、]{4,20})$/.exec(text.replace(/[。]$/, ""));
        // Only a body that can hold members or money (联盟, 中心, 资金…), not a mechanism or a system.
        if (setUp && BODY.test(setUp[1])) introduced = setUp[1];
        // Or the sentence opens with such a body that was approved or named ("…服务窗口获批…试点").
        const subject = c.start === 0 ? /^(.{4,40}?)(获批|获评|入选|成为|被评为|被确定为)/.exec(text) : null;
        if (subject && BODY.test(subject[1])) {
          // Its owner organisation ("某研究院") is not part of the body's name.
          const own = /^.*?(研究院|院|所|公司|局|大学|集团)(?=.{4,})/.exec(subject[1]);
          introduced = own ? subject[1].slice(own[0].length) : subject[1];
        }
        continue;
      }
      if (EVENT.test(text) || CHANGE.test(text)) continue;
      // A rule's amounts, quotas and time limits (奖励50万元, 名额不超过10个, 15个工作日) are not goals.
      if (opts.policyDoc && (RULE_TERMS.test(text) || (RULE_MONEY.test(text) && cq.some((q) => /元$/.test(q.unit ?? ""))))) continue;
      const province = /^(?:此外|同时|其中)?[，,]?(?:全省|省内)/.test(text.trim());
      const emit = (metric: string, q: Quantity, year: number | null, evStart = c.start) => {
        metric = resolveAnaphora(metric.replace(/\s+/g, ""), S.slice(0, c.start));
        if (introduced && (ACTION_PREFIX.test(metric) || /^(成员|会员|为|帮助|助力)/.test(metric)) && !metric.startsWith(introduced)) metric = introduced + metric;
        // A bare head word (合格率, 占比) names nothing on its own; the text's subject is elsewhere.
        if (!metric || metric.length < 2 || /^[\d.]+$/.test(metric) || GENERIC.test(metric.replace(/[“”"]/g, ""))) return;
        out.push({
          metric,
          value: q.value,
          unit: q.unit,
          comparator: q.comparator,
          start: pos(evStart),
          end: pos(c.end - 1) + 1,
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
        const listAt = pos(c.start + text.indexOf(listText));
        const metrics = distribute(doc, listText, listAt, verbWord);
        if (metrics.length >= 2 && (cq.length === metrics.length || cq.length === 1)) {
          metrics.forEach((m, i) => emit(m, cq.length === 1 ? cq[0] : cq[i], yearBefore(cq[0].start)));
          run = null;
          continue;
        }
      }
      // Several counts then 分别: "5家、8家企业分别被认定为X级和Y级企业" pairs each count with an object.
      if (cq.length > 1 && /分别/.test(text.slice(cq[0].end - c.start)) && !/分别/.test(text.slice(0, cq[0].start - c.start))) {
        const tail = S.slice(cq[cq.length - 1].end, c.end);
        const m = /^(?:[\u4e00-\u9fa5]{0,4}?)分别(?:被认定为|被评为|认定为|评为|获评|获得|获|为|通过)(.+)$/.exec(tail);
        const objects = m ? m[1].replace(/[。]$/, "").split(/和|、|及/) : [];
        if (objects.length === cq.length && cq.slice(1).every((q, k) => /^[、和]$/.test(S.slice(cq[k].end, q.start)))) {
          const last = objects[objects.length - 1];
          const headWord = /(企业|单位|组织|项目|产品)$/.exec(last)?.[1] ?? "";
          const first = objects[0];
          objects.forEach((o, k) => {
            let name = o;
            if (headWord && !name.endsWith(headWord)) name += headWord;
            // A later object written without the first one's qualifier takes it ("AA级企业" after "…信用AAA级").
            if (k > 0) {
              const lead = name.slice(0, 2);
              const at2 = first.indexOf(lead);
              if (at2 > 0 && !name.startsWith(first.slice(0, at2))) name = first.slice(0, at2) + name;
            }
            emit(name, cq[k], yearBefore(cq[k].start));
          });
          run = null;
          continue;
        }
        // Counts listed bare ("5家、8家") whose pairing the text does not give: nothing to read.
        if (/^、$/.test(S.slice(cq[0].end, cq[1].start))) continue;
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
        // "1个人获得…" counts persons: 个 is the measure word of 个人.
        const afterClean = (q.unit === "个" && /^人/.test(after) ? "个" + after : after).replace(/^(以上|以下|左右|之多)/, "");
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
        // "30家企事业单位获专项资金共计588万元": after a counted group, the amount is what it got.
        if (i > 0) metric = metric.replace(/^(企事业单位|企业|组织|单位|个人|机构)(获得|获评|获|申报|争取到|争取)/, "");
        if (!metric) return;
        const metricAt = pos(segStart + pre.indexOf(metric));
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
        // An item with its own copula ("…总数达到162件") is a statement of its own, not a list item.
        const ownVerb = /(达到|达|为|是|超过|保持|稳定在|低于|高于)$/.test(S.slice(segStart, q.numStart).trim());
        // A phrase opening with a preposition (为企业节约…) is a statement of its own too.
        const bareItem = !ACTION_PREFIX.test(metric) && !ownVerb && !/^(为|对|向|帮助|助力)/.test(metric);
        if (run && run.firstAt >= 0 && bareItem) {
          if (run.prefix === null) run.prefix = sharedPrefix(doc, run.first, run.firstAt, metric);
          emit(run.prefix + metric, q, year);
          return;
        }
        run = { first: metric, firstAt: metricAt, prefix: null };
        emit(metric, q, year);
      });
    }
  }
  return out;
}
