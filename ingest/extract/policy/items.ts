// Quantified items in a sentence: each number with the metric the text gives it, the comparator,
// and the years around it. Enumerations share their verb or prefix ("争创中国质量奖1个、江苏省
// 质量奖3个" → 争创江苏省质量奖), distributive lists share a value ("A、B均为100%"), and a
// change "从2015年的220天增加到2022年的305天" gives one metric two dated values.

import { CUMULATIVE } from "../../../graph/policy-vocabulary.js";
import type { Comparator } from "../../../graph/types.js";
import { spanIndexAt } from "../../text/sentences.js";
import type { PreparedDocument } from "../prepared-document.js";
import { isRegionName, resolveMention } from "./context.js";
import { distribute, sharedPrefix } from "./enumerations.js";
import { logicalSentences } from "./joined-sentences.js";
import {
  ACTION_PREFIX,
  borrowQualifier,
  firstAwardName,
  groupWithPredicate,
  inspectionStem,
  isBareHead,
  isSetApartHead,
  lastAwardName,
  metricBefore,
  namedRound,
  nounAfter,
  POSSESSION,
  resolveAnaphora,
  runningTotal,
  sharedHead,
  splitHead,
  stripLeading,
  UNSHARED_VERB,
  verbBefore,
} from "./metric-text.js";
import {
  COMPANY_SENTENCE,
  FIRM_PROFILE,
  listedNames,
  listSizeSpans,
  namedOrganisations,
  notAnOutcome,
  restatedRoundCounts,
} from "./not-outcomes.js";
import { findBareComparisons, findQuantities, type Quantity, relativeBefore, yearsIn } from "./numbers.js";

export interface QuantityItem {
  metric: string;
  value: number;
  /** The upper end of a range ("1—2个"). */
  valueMax?: number;
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
  /** A region the text gives this figure itself ("其中吴中区4家"). */
  region?: string;
  /** A year named relative to the speaking year before the figure (去年 → −1, 今年 → 0). */
  relativeYear?: number;
  /** The figure is a total "截至目前" (as of now): dated only by a year the text itself pins, not by the date line. */
  asOfNow?: boolean;
  /** "至此，…共有…": a total closing the event told before it, dated by that event. */
  closing?: boolean;
  /** A running total (累计, 先后, 已评选…) with no year of its own. */
  cumulative?: boolean;
}

const CLAUSE_SEP = /[，,；;：:]/g;
const GENERIC = /^(合格率|达标率|覆盖率|比重|占比|比例|问鼎|总数|数量|总量|规模|合格|不合格|达标|不达标)$/;
/** Bodies that hold members, money or clients, whose figures carry their name. */
const BODY = /(联盟|中心|基金|资金|平台|窗口|协会|基地|委员会|服务站|工作站|实验室|专区)$/;
const LEVEL = /^(国家级|省级|市级|区级|县级)$/;
const LEVEL_IN = /国家级|省级|市级|区级|县级/;
/** A counted noun that does something of its own ("项目获批立项", "企业申报…"). */
const ACTS = /获|申报|通过|入选|成为|被|批准|立项|开展|参与|参加/;
/** What every member of a counted group did ("…都设立了快检室"). */
const GROUP_ACT = /^(设立|建立|建成|配备|开展|实现|通过|获得|获|达到|完成|落实|推行|执行|使用|安装|接入|纳入)/;
/** Places a breakdown names ("其中园区4家", "其中吴中区3家"). */
const PLACE_WORD = /^(园区|开发区|高新区|经开区|市区|城区|县区|市本级|区本级)$/;

/**
 * "在某领导小组组织的年度质量工作考核中我市获得94.1分": a score (分) given in an assessment is that
 * assessment's 得分 (年度质量工作考核得分), not the clause around it.
 */
function assessmentScore(before: string, unit: string | null): string | null {
  if (unit !== "分") return null;
  const m = /在(?:[^，,。；;]*的)?([\u4e00-\u9fa5]{2,14}?(?:考核|考评|测评|评估|评价))中[^，,。；;]{0,12}$/.exec(before);
  return m ? `${m[1]}得分` : null;
}

/** A group counted beside others that share its award: 荣获某奖的个人 → 荣获某奖个人. */
function sharedAwardGroup(metric: string): string {
  return /^(?:获得|荣获|获)[^，,、]*奖[”"]?的(?:组织|个人|单位|企业)$/.test(metric)
    ? metric.replace(/的(组织|个人|单位|企业)$/, "$1")
    : metric;
}

/** Does a verb (segmenter tag v, not a verbal noun) start at `at`? */
function opensWithVerb(doc: PreparedDocument, at: number): boolean {
  const t = tokenStartingAt(doc, at);
  return !!t && t.tag === "v" && t.word.length >= 2;
}

/** The token that starts at `at`, if any: a binary search (tokens are in document order), not a scan per item. */
function tokenStartingAt(doc: PreparedDocument, at: number): PreparedDocument["tokens"][number] | undefined {
  const tokens = doc.tokens;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = tokens[mid]!.start;
    if (start === at) return tokens[mid];
    if (start < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

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
  /** How many paragraphs open the document as its head (headline, source and date lines): a
   *  news headline's figures restate the body's. */
  headParagraphs?: Set<number>;
}

export function findItems(doc: PreparedDocument, opts: ItemOptions): QuantityItem[] {
  const out: QuantityItem[] = [];
  const paraOf = (pos: number) => spanIndexAt(doc.paragraphs, pos);
  // A company's own profile, and a news headline repeated as the first line (the body states its figures).
  const headline = doc.record.title?.normalize("NFKC").trim();
  const skipParagraphs = new Set(
    doc.paragraphs
      .map((p, i) =>
        FIRM_PROFILE.test(p.text) ||
        (i === 0 && doc.paragraphs.length > 1 && !opts.policyDoc && p.text === headline) ||
        opts.headParagraphs?.has(i)
          ? i
          : -1,
      )
      .filter((i) => i >= 0),
  );
  const listsNames = listedNames(doc.paragraphs.map((p) => p.text)) >= 2;
  const namedOrgs = namedOrganisations(doc.norm);
  for (const { si, S, pos } of logicalSentences(doc)) {
    const at = pos(0);
    const para = paraOf(at);
    if (skipParagraphs.has(para) || COMPANY_SENTENCE.test(S)) continue;
    let qs = findQuantities(S);
    if (opts.bare(si)) {
      const bare = findBareComparisons(S).filter((b) => !qs.some((q) => b.start < q.end && b.end > q.start));
      qs = [...qs, ...bare].sort((a, b) => a.start - b.start);
    }
    qs = qs.filter((q) => !opts.titles.some((p) => pos(q.start) < p.end && pos(q.end - 1) >= p.start));
    // A list's size given with its names (a header's count, "A等3家单位") is not an aggregate.
    const sizes = listSizeSpans(S, listsNames);
    qs = qs.filter((q) => !sizes.some((z) => q.start < z.end && q.end > z.start));
    // "包括我市2家企业在内的40家企业…": the count inside 包括…在内 is part of the one after it.
    const within = [...S.matchAll(/包括[^，,。；;]{1,24}?在内/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    qs = qs.filter((q) => !within.some((w) => q.start >= w.start && q.end <= w.end));
    const restated = restatedRoundCounts(S, qs, namedOrgs);
    qs = qs.filter((q) => !restated.some((z) => q.start === z.start));
    if (qs.length === 0) continue;
    const years = yearsIn(S).filter((y) => !opts.titles.some((t) => pos(y.index) >= t.start && pos(y.index) < t.end));
    const toYear = years.find((y) => y.to)?.year ?? null;
    const yearBefore = (pos: number) =>
      [...years].reverse().find((y) => y.index < pos && !y.base && !y.to && !y.since)?.year ??
      years.filter((y) => y.index < pos && y.to).pop()?.year ??
      null;
    let lastMetric = "";
    // The last figure emitted was a count (家, 个, 项…), not a rate or a rank.
    let lastCountUnit = false;
    // The last inspection counted in the sentence (抽检食品样品8562批次), whose rate a bare 合格率 is.
    let lastInspection = "";
    // The last metric counted in each unit ("企业46家、产品127个，累计达到312家" totals the 家).
    const lastByUnit = new Map<string | null, string>();
    // The previous figure was a breakdown by place ("其中柯桥区4家、上虞区2家").
    let breakdown = false;
    // The noun of a running total read after 新增 ("累计达到19家" → X), which the text did not write with 累计.
    let totalOf = "";
    // The count a share without a subject was of ("…11家，占全省总数的18%").
    let shareBase = "";
    // An enumeration's shared words: a metric prefix (firstAt ≥ 0), or the verb of counts written
    // before their nouns (firstAt −1: "组织1家企业申报A，5家企业申报B"), with the items it holds.
    let run: {
      first: string;
      firstAt: number;
      prefix: string | null;
      unit?: string | null;
      items?: number[];
      acts?: boolean;
      firstIndex?: number;
    } | null = null;
    // Text before this sentence in its paragraph and the one before: what 此荣誉 may refer to.
    const sentStart = pos(0);
    const prevPara = doc.paragraphs[Math.max(0, para - 1)];
    const earlier = doc.norm.slice(Math.min(prevPara?.start ?? sentStart, sentStart), sentStart);

    // A body the sentence sets up ("成立…标准联盟", "设立了…奖励资金") owns the figures of the
    // clauses after it that have no subject of their own ("集结…30家成员单位").
    let introduced = "";
    // "拥有A 3个、B 15个": the list's first item drops the possession verb its later items do not take.
    const unshare = (prefix: string, firstIndex: number | undefined) => {
      const first = firstIndex != null && firstIndex < out.length && out[firstIndex].sentence === si ? out[firstIndex] : null;
      if (first && POSSESSION.test(prefix)) first.metric = first.metric.replace(POSSESSION, "");
    };
    const allClauses = clauses(S);
    for (const [ci, c] of allClauses.entries()) {
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
      const units = cq.map((q) => q.unit);
      if (
        notAnOutcome({
          sentence: S,
          clause: text,
          units,
          policyDoc: !!opts.policyDoc,
          national: doc.region === "中国",
          goal: toYear != null || /力争|争取/.test(S),
        })
      )
        continue;
      // "…，全省第二": a rank's scope, not a figure for the province.
      const province = /^(?:此外|同时|其中)?[，,]?(?:全省|省内)(?!第|首位)/.test(text.trim());
      const emit = (metric: string, q: Quantity, year: number | null, evStart = c.start, region?: string) => {
        metric = assessmentScore(S.slice(0, q.start), q.unit) ?? metric;
        metric = resolveAnaphora(metric.replace(/\s+/g, ""), earlier + S.slice(0, c.start));
        metric = runningTotal(metric, S.slice(0, q.start), earlier + S.slice(0, c.start)) ?? namedRound(metric, S.slice(0, c.start));
        // "33家企业获得某市质量奖、23家企业获得提名奖": a bare 提名奖 is the nomination of the award named before.
        const bareNomination = /^(.*?)(?<!奖)提名奖/.exec(metric);
        if (bareNomination && !/奖/.test(bareNomination[1])) {
          const award = lastAwardName(S.slice(0, q.start).replace(/提名奖[^，,；;。]*$/, ""))?.replace(/提名奖$/, "");
          if (award) metric = metric.replace(/(?<!奖)提名奖/, `${award}提名奖`);
        }
        // "完成食品安全抽检3.2万批次": carrying out an inspection is not part of its name.
        metric = metric.replace(
          /^(?:完成|开展|实施|组织开展|组织实施)(?=[\u4e00-\u9fa5“”]{2,}(?:监督抽查|监督抽检|抽样检验|抽检|抽查|检测|检验|检定|监测)$)/,
          "",
        );
        if (lastMetric) metric = borrowQualifier(lastMetric, metric);
        // "株洲5次“问鼎”，共有6个组织获得省长质量奖": the award won is the one the sentence goes on to name.
        if (/^(问鼎|摘得|夺得|捧得|斩获)$/.test(metric.replace(/[“”"]/g, ""))) {
          const award = firstAwardName(S.slice(c.end));
          metric = award ? metric.replace(/[“”"]/g, "") + award : metric;
        }
        // "6家企业2024年度某市市长质量奖": a year inside what is counted dates the count.
        if (year == null) {
          const inner = yearsIn(metric).find((y) => !y.base && !y.to);
          if (inner) year = inner.year;
        }
        if (introduced && (ACTION_PREFIX.test(metric) || /^(成员|会员|为|帮助|助力)/.test(metric)) && !metric.startsWith(introduced))
          metric = introduced + metric;
        // A bare head word (合格率, 占比) names nothing on its own; the text's subject is elsewhere.
        if (!metric || metric.length < 2 || /^[\d.]+$/.test(metric) || GENERIC.test(metric.replace(/[“”"]/g, ""))) return;
        // A verb alone ("其中今年新增58项") names no quantity.
        if (/^(新增|累计|新培育|培育|完成|建成|新建|获得|获评|获|通过|实现|共|其中)+$/.test(metric)) return;
        // Nor does a duration ("连续三年保持在95%以上" restates the figure before it).
        if (/^(连续[一二两三四五六七八九十\d]+年|多年|长期|始终|一直|持续|历年)$/.test(metric)) return;
        const relative = year == null ? relativeBefore(S.slice(0, q.start)) : null;
        out.push({
          metric,
          value: q.value,
          ...(q.valueMax != null ? { valueMax: q.valueMax } : {}),
          unit: q.unit,
          comparator: q.comparator,
          start: pos(evStart),
          end: pos(c.end - 1) + 1,
          sentence: si,
          paragraph: para,
          year,
          toYear,
          province,
          ...(region ? { region } : {}),
          ...(relative != null ? { relativeYear: relative } : {}),
          ...(year == null && /(?:截至|截止|至)目前|迄今|至今/.test(S.slice(0, q.start)) ? { asOfNow: true } : {}),
          ...(year == null && /至此/.test(S.slice(0, q.start)) ? { closing: true } : {}),
          ...(year == null && CUMULATIVE.test(S.slice(0, q.start)) ? { cumulative: true } : {}),
        });
        lastMetric = metric;
        // Money (万元) is an amount, not a count of things.
        lastCountUnit = q.unit != null && !/%|位次|元$/.test(q.unit);
        lastByUnit.set(q.unit, metric);
        if (inspectionStem(metric)) lastInspection = metric;
      };

      // "A、B均为100%", "A、B分别超过85和80", "A、B…平均浓度较2013年分别下降了x、y".
      const dist = /((?<!平)均|分别|都)(为|达到|达|是|保持|低于|超过|高于|不低于|下降了?|上升了?|提高了?|增长了?|减少了?|降低了?)?/.exec(
        text,
      );
      if (dist && dist.index < cq[0].start - c.start) {
        let listText = stripLeading(text.slice(0, dist.index));
        let listFrom = c.start + text.indexOf(listText);
        // "A、B逐年提升，均稳定在97%以上": the list is the clause before, without its trend verb.
        if (!listText && ci > 0) {
          const prev = allClauses[ci - 1];
          const prevText = stripLeading(S.slice(prev.start, prev.end)).replace(
            /(?:逐年|持续|稳步|不断|进一步)?(?:提升|提高|上升|增长|改善|向好)$/,
            "",
          );
          if (prevText.includes("、")) {
            listText = prevText;
            listFrom = S.indexOf(prevText, prev.start);
          }
        }
        const verbWord = dist[2] && /下降|上升|提高|增长|减少|降低/.test(dist[2]) ? dist[2].replace(/了$/, "") : "";
        const listAt = pos(listFrom);
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
      // "X从2015年的220天增加到2022年的305天".
      const change = /^(.*?)从(.*)(?:增加|提高|提升|下降|减少|降低|上升|增长)?到/.exec(text);
      if (change && cq.length === 2 && cq.every((q) => !q.rank)) {
        const m = metricBefore(change[1], doc.regions);
        for (const q of cq) {
          const y = /((?:19|20)\d\d)年的?$/.exec(S.slice(Math.max(c.start, q.start - 8), q.start));
          emit(m, q, y ? Number(y[1]) : null);
        }
        continue;
      }

      let pendingVerbless: number[] = [];
      // The previous count was followed by its bare group noun and then this count ("6家企业3名个人").
      let prevCoordinated = false;
      cq.forEach((q, i) => {
        const segStart = i === 0 ? c.start : cq[i - 1].end;
        const pre = S.slice(segStart, q.start);
        const afterEnd = i + 1 < cq.length ? cq[i + 1].start : c.end;
        // A bracket opening a note on this figure ("4家(仅次于某市)") is not a counted noun.
        const after = S.slice(q.end, afterEnd).replace(/^[(（]\s*$/, "");
        const year = yearBefore(q.start);
        // "已评选六届", "完成了四届某奖评选": the number of rounds of the award the clause or the text before names.
        if (q.unit === "届") {
          const award = firstAwardName(S.slice(c.start, c.end)) ?? lastAwardName(earlier + S.slice(0, q.start));
          if (award) emit(`${award}评选届数`, q, year);
          return;
        }
        if (q.rank) {
          // "…180项(全省首位)": the bracket opens a note on the count before it.
          let subject = metricBefore(S.slice(segStart, q.start).replace(/[(（]\s*$/, ""), doc.regions).replace(
            /(继续|持续|稳定|一直|始终)+$/,
            "",
          );
          // A bare rank after a share ("…11家，占全省总数的18%，位列全省第二") ranks the count, not the share.
          if (!subject) subject = shareBase && lastMetric.startsWith(`${shareBase}占`) ? shareBase : lastMetric;
          // "…企业17家，数量位居全省首位": 数量/总数 alone is the quantity of what was just counted.
          // After a running total the text did not name ("新增X2家，累计达到19家，数量居全省第一") it is X's 数量.
          else if (/^(数量|总数|总量|数|规模)$/.test(subject) && lastMetric)
            subject = (totalOf && lastMetric === `累计${totalOf}` ? totalOf : lastMetric) + subject;
          // "累计获奖数量居全省第二": the count of winners of the award named before it.
          else if (/获奖(数量|总数|数|量)/.test(subject) && !/奖.*获奖/.test(subject))
            subject = (lastAwardName(earlier + S.slice(0, q.start)) ?? "") + subject;
          // A rank of a count is the rank of its number: "某品牌72个，居全国首位" ranks 某品牌数量 (the
          // verb that built the count is not part of it).
          // A running total (累计…) keeps its words.
          if (
            subject &&
            subject === lastMetric &&
            lastCountUnit &&
            !/^累计/.test(subject) &&
            !/(数量|总数|总量|数|率|度|指数|比重|占比)$/.test(subject)
          ) {
            subject = `${subject.replace(/^(?:拥有|现有|共有|建设|打造|培育|新增|累计|建成|获得|获)+/, "")}数量`;
          }
          if (subject) emit(`${subject}${q.rank.scope}排名`, q, year);
          return;
        }
        // "在A、B、C 3个产业链开展…": a count governed by 在 is where work was done, not an outcome.
        const scope = /(?<![定持制存现实所处])在(?!内|库|建|册|营|线|岗|职|校|用|产|业|途)([^，,；;。在]+)$/.exec(
          S.slice(c.start, q.start),
        );
        if (scope && !/建|完成|新增|培育|获|开展|实现|达|有|成立|创建|制|发布|通过|推动|打造|累计/.test(scope[1])) return;
        // "1个人获得…" counts persons: 个 is the measure word of 个人.
        const afterClean = (q.unit === "个" && /^人/.test(after) ? `个${after}` : after).replace(/^(以上|以下|左右|之多)/, "");
        if (/^的/.test(afterClean) && afterClean.length > 1) {
          emit(metricBefore(pre, doc.regions) + nounAfter(afterClean.slice(1)), q, year);
          run = null;
          return;
        }
        if (afterClean && !/^[、，,。；;]/.test(afterClean)) {
          // The counted noun follows the number.
          let noun = nounAfter(afterClean);
          // A bare group noun before this count belongs to the count before it ("6家企业3名个人").
          let verb = prevCoordinated && isBareHead(pre) ? "" : verbBefore(pre, doc.regions);
          // "授予5家企业2023年度某市政府质量奖": the firms counted are the ones that won it.
          const conferred = /(授予|颁发|表彰|命名)([^，,。；;]*等)?$/.test(pre)
            ? /^(企业|组织|单位|个人)(.+?(?:奖|称号|荣誉)”?)(?:[(（][^()（）]{1,6}[)）])?$/.exec(noun)
            : null;
          if (conferred) {
            noun = groupWithPredicate(conferred[1], `获${conferred[2]}`);
            verb = "";
          }
          const adv = /^(.*?)(分别|均|都)(.+)$/.exec(noun);
          if (adv?.[1] && pendingVerbless.length === 0 && !ACTION_PREFIX.test(verb) && GROUP_ACT.test(adv[3])) {
            // "城区52个商场和超市都设立了检测点": the places counted are named by what they
            // all did (设立快检室的城区农贸市场和大型超市); a qualifier before the count stays with them.
            noun = groupWithPredicate(verb + adv[1], adv[3]);
            verb = "";
          } else if (adv?.[1]) {
            noun = adv[1] + adv[3];
            for (const j of pendingVerbless) out[j].metric += adv[3];
            pendingVerbless = [];
          }
          const sharesPredicate = prevCoordinated || pendingVerbless.length > 0;
          // "4家企业的7个产品获得…", "6家组织和2名个人获…": earlier groups share the predicate.
          const raw = afterClean.split(/[。！？；;，,]/)[0].replace(/[的和及与、]+$/, "");
          const split = splitHead(raw);
          if (split) {
            for (const j of pendingVerbless) {
              const m = out[j].metric;
              const apart = isSetApartHead(m) ? "另有" : "";
              if (!isBareHead(m) && !apart) continue;
              const named = resolveAnaphora(
                sharedAwardGroup(groupWithPredicate(m.slice(apart.length), split.predicate)),
                earlier + S.slice(0, c.start),
              );
              out[j].metric =
                apart + (runningTotal(named, S.slice(0, q.start), earlier + S.slice(0, c.start)) ?? namedRound(named, S.slice(0, c.start)));
            }
            pendingVerbless = [];
          }
          // "4个国家级、9个省级标准化试点": a bare level borrows the next item's noun.
          if (/级$/.test(noun) && noun.length <= 4 && i + 1 < cq.length) {
            const nextNoun = nounAfter(S.slice(cq[i + 1].end, i + 2 < cq.length ? cq[i + 2].start : c.end));
            noun += nextNoun.replace(/^(国家级|省级|市级|区级|县级|国际|国家)/, "");
            run = { first: verb, firstAt: -1, prefix: verb };
          } else if (
            run &&
            run.firstAt === -1 &&
            !verb &&
            /(^|[、，,和及与])$/.test(pre) &&
            (run.unit == null || run.unit === q.unit) &&
            (run.acts == null || run.acts === ACTS.test(noun))
          )
            verb = run.prefix ?? "";
          // A count with its own verb opens a run whose later counts, written bare, share the verb
          // when they are alike: same unit, and what is counted acts (…企业申报…) in both or neither.
          else if (verb) run = { first: verb, firstAt: -1, prefix: verb, unit: q.unit, items: [], acts: ACTS.test(noun) };
          else run = null;
          // "完成9项国家标准、1项行业标准的研制工作": the last item's activity is every item's.
          const tail = /^(.+?)的(研制|制修订|制定|修订|起草|编制|制订|发布)(?:工作)?$/.exec(noun);
          if (tail && run && run.firstAt === -1) {
            noun = tail[1] + tail[2];
            for (const j of run.items ?? []) if (!out[j].metric.endsWith(tail[2])) out[j].metric += tail[2];
          }
          // Groups that share one award ("5家组织及2名个人荣获某奖") are each named 荣获某奖组织 / 荣获某奖个人.
          if (sharesPredicate) noun = sharedAwardGroup(noun);
          const before = out.length;
          emit(verb + noun, q, year);
          if (out.length > before && run && run.firstAt === -1) run.items?.push(out.length - 1);
          // "6家企业3名个人获奖": a bare group right before the next count shares that count's predicate.
          // "7家组织、1名个人获某奖" coordinates the groups with 、 as "和" does.
          const coordinated =
            i + 1 < cq.length && isBareHead(afterClean.replace(/、$/, "")) && S.slice(q.end, cq[i + 1].start) === afterClean;
          prevCoordinated = coordinated;
          if (out.length > before && (coordinated || /[和及与的]$/.test(afterClean.replace(/[、]+$/, ""))))
            pendingVerbless.push(out.length - 1);
          return;
        }
        // The metric precedes the number.
        let metric = metricBefore(pre, doc.regions);
        // "共有12家企业获得…，其中园区4家": a breakdown by place counts what the total counted.
        // "全省共有12家企业获奖，我市占3家": this region's share of a total is counted the same way.
        const share = /^[，,\s]*(?:其中[，,]?)?(.{2,6}?)(?:就)?(?:占据了?|占了?)$/.exec(pre);
        const ours = share && (/^(我市|本市|我区|本区|我县|本县|全市|全区|全县)$/.test(share[1]) || isRegionName(doc.regions, share[1]));
        const part =
          /^[，,\s]*[(（]?其中[，,]?(.*?)(?:有|占|为|共)?$/.exec(pre) ??
          (breakdown ? /^[、，,和及]?(.+?)(?:有|占|为|共)?$/.exec(pre) : null) ??
          (ours ? ["", share![1]] : null);
        breakdown = false;
        // "共有检验检测机构256家，其中国家级12家、省级40家": a breakdown by level names the level.
        if (part && lastMetric && LEVEL.test(part[1]) && !LEVEL_IN.test(lastMetric)) {
          breakdown = true;
          const verbs = ACTION_PREFIX.exec(lastMetric)?.[0] ?? "";
          const total = lastMetric;
          emit(verbs + part[1] + lastMetric.slice(verbs.length), q, year);
          lastMetric = total;
          return;
        }
        // "新增省长质量奖企业2家，累计达到9家": the running total of what was just added.
        const cumulative = /^[，,\s]*(?:累计|总计)(?:共|已)?(?:达到|达|为|有)?$/.test(pre);
        const added = lastByUnit.get(q.unit) ?? "";
        if (cumulative && /^(新增|新培育|新获|新认定|年内新增)/.test(added)) {
          totalOf = added.replace(/^(新增|新培育|新获|新认定|年内新增)/, "");
          emit(`累计${totalOf}`, q, year);
          return;
        }
        if (
          part &&
          lastMetric &&
          (part[1] === "" ||
            PLACE_WORD.test(part[1]) ||
            isRegionName(doc.regions, part[1]) ||
            /^(我市|本市|我区|本区|我县|本县|全市|全区|全县)$/.test(part[1]))
        ) {
          breakdown = true;
          const at = pos(segStart + pre.indexOf(part[1]));
          const mention = part[1] ? doc.regionMentions.find((r) => r.start >= at && r.end <= at + part[1].length) : undefined;
          emit(lastMetric, q, year, c.start, mention ? (resolveMention(doc, mention.candidates) ?? undefined) : undefined);
          return;
        }
        // "30家企事业单位获专项资金共计588万元": after a counted group, the amount is what it got.
        if (i > 0) metric = metric.replace(/^(企事业单位|企业|组织|单位|个人|机构)(获得|获评|获|申报|争取到|争取)/, "");
        if (!metric) return;
        const metricAt = pos(segStart + pre.indexOf(metric));
        // "国家级和省级示范区各3个": one count for each level.
        const each = /^(.*?)(国家级|省级|市级|区级|县级)(?:和|、|及)(国家级|省级|市级|区级|县级)(.+?)各$/.exec(metric);
        if (each) {
          const p = run?.prefix ?? (run ? sharedPrefix(doc, run.first, run.firstAt, metric) : "");
          const lead = ACTION_PREFIX.test(each[1]) ? "" : p;
          emit(lead + each[1] + each[2] + each[4], q, year);
          emit(lead + each[1] + each[3] + each[4], q, year);
          return;
        }
        metric = metric.replace(/各$/, "");
        // "…企业达11家，占全省总数的18%": a share without a subject is the share of what was just counted.
        // "…11家企业获得某奖，全市占比58%": a bare share is the share of what was just counted.
        // The scope stays as written ("全市占比64%" → …全市占比): it says what the share is of.
        if (/^(全省|全国|全市|全区|全县)?占比$/.test(metric) && lastMetric && q.unit === "%")
          metric = lastMetric + (/(全省|全国|全市|全区|全县)占比\s*$/.exec(pre)?.[0].trim() ?? metric);
        else if (/^占(全省|全国|全市|全区|全县)/.test(metric) && lastMetric && q.unit === "%") {
          shareBase = lastMetric;
          metric = lastMetric + metric;
        }
        // "食品安全抽检2.3万批次，合格率98.7%": a bare rate is the rate of the inspection just counted.
        // "…抽检1.8万批次，抽检合格率98.2%": a rate named by the inspection's verb alone is that inspection's too.
        if (/^(合格率|达标率)$/.test(metric)) metric = (inspectionStem(lastInspection) ?? "") + metric;
        else if (/^(监督抽检|监督抽查|抽检|抽查|检测|检验)(合格率|达标率)$/.test(metric) && inspectionStem(lastInspection)) {
          const stem = inspectionStem(lastInspection)!;
          const verb = /^(监督抽检|监督抽查|抽检|抽查|检测|检验)/.exec(metric)![1];
          metric =
            (stem.endsWith(verb) ? stem : stem.replace(/(监督抽检|监督抽查|抽检|抽查|检测|检验)$/, "") + verb) + metric.slice(verb.length);
        }
        // "在建桥梁工程抽查、道路工程项目质量合格率为100%": long phrases listed
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
        const ownVerb =
          /(达到了?|达|为|是|超过|保持在?|稳定在|控制在|提高到|提升到|提高至|提升至|增加到|增长到|增至|下降到|降至|降到|低于|高于|不低于|不少于|不超过|突破)$/.test(
            S.slice(segStart, q.numStart).trim(),
          );
        // A phrase opening with a preposition (为企业节约…) is a statement of its own too.
        // So is a clause opening with a verb of its own ("…46项，兑现奖补资金2900万元"): it takes no
        // shared verb (a 、-listed item still does: 新增认证企业120家、登记企业3000户).
        const bareItem =
          !ACTION_PREFIX.test(metric) &&
          !ownVerb &&
          !/^(为|对|向|帮助|助力)/.test(metric) &&
          !(!/^[、和及与]/.test(pre) && opensWithVerb(doc, metricAt));
        // A rate never continues a list of counts (nor a count a list of rates).
        const sameKind = !run || (run.unit === "%") === (q.unit === "%");
        // "累计获省政府质量奖企业15家，获市政府质量奖企业68家": the same verb after 累计 shares it.
        const sharedVerb = /^(获得|获评|获|通过|拥有|建成|培育|入选)/.exec(metric)?.[1];
        if (run && run.firstAt >= 0 && sameKind && !ownVerb && sharedVerb && run.first.startsWith(`累计${sharedVerb}`)) {
          emit(`累计${metric}`, q, year);
          return;
        }
        if (run && run.firstAt >= 0 && bareItem && sameKind) {
          // "新增国家级…试点示范项目2个、省级8个": a bare level is the first item at that level.
          const level = LEVEL.exec(metric);
          const firstLevel = LEVEL_IN.exec(run.first);
          if (level && level[0] === metric && firstLevel) {
            emit(run.first.replace(firstLevel[0], metric), q, year);
            return;
          }
          if (run.prefix === null) run.prefix = sharedPrefix(doc, run.first, run.firstAt, metric);
          metric = sharedHead(run.first, metric, run.unit === q.unit);
          if (UNSHARED_VERB.test(run.prefix)) {
            unshare(run.prefix, run.firstIndex);
            emit(run.prefix.replace(UNSHARED_VERB, "") + metric, q, year);
            return;
          }
          emit(run.prefix + metric, q, year);
          return;
        }
        run = { first: metric, firstAt: metricAt, prefix: null, unit: q.unit, firstIndex: out.length };
        emit(metric, q, year);
      });
    }
  }
  return out;
}
