// Figures the texts state that are not a region's quality outcomes (README "Not annotated"): a
// firm's own business results, event audiences, year-on-year changes, a notice's procedure and
// proposed candidates, national totals quoted locally, and a policy's rules (amounts, quotas).
// Pure predicates over a sentence and one of its clauses.

/**
 * A firm's own profile: the firm referred to as 该公司/本公司, or a clause whose subject is a bare
 * 公司 ("公司累计拥有…", "2020年,公司全年…", "同时,公司…"). Its figures are the firm's, not the region's.
 */
export const FIRM_PROFILE = /[该本]公司|(?:^|[，,。；;：:])公司(?!数|总数)/;
/** Sentences that are a company's own profile, or state a product's annual output (年产量). */
export const COMPANY_SENTENCE = new RegExp(`${FIRM_PROFILE.source}|年产量`);
/** Year-on-year changes are not levels of a metric. */
const CHANGE = /同比|环比|个百分点|(比|较)(上年|去年|前一年)(同期)?(增长|下降|提高|减少|增加|上升|降低)/;
/** Attendance at events, trainees and audiences. */
const EVENT = /汇聚一堂|齐聚|分享了|交流发言|参加|参会|赴|培训|宣贯|出席|观摩|参观|报名|参与群众|参与人|受益群众|观众|学员|听众|观看/;
/** Partners a body works with ("联合12个部门开展…") are a means, not an outcome or a goal. */
const PARTNERS =
  /(?:联合|会同|协调|牵头)[^，,；;。]{0,6}?[\d一二两三四五六七八九十]+个?(?:省直|市直|区直|县直|有关|相关)?(?:部门|单位|厅局|委办局)/;
/** A document's own structure ("从6个方面提出…", "5项质量措施", "20条措施"): parts of a text, not outcomes. */
const TEXT_PARTS =
  /[\d一二两三四五六七八九十]+(?:个|项|条)(?:[\u4e00-\u9fa5]{0,4})?(?:方面|措施|举措|任务|指标|条款|章节|部分)(?![\u4e00-\u9fa5]{0,2}(?:企业|单位|项目))/;
/** A notice's procedure (公示期为7个工作日, 10日内提出异议) is a time limit, never an outcome. */
const PROCEDURE =
  /公示期|公示时间|工作日|日内|有效期|异议期|申报期|进入(?:材料|现场|初审|复审|终审|专家)?评审|评审专家|专家[^，,；;。]{0,4}人次|现场评审[^，,；;。]{0,3}场/;
/** Candidates proposed in a notice (拟授予8家组织…) have not won yet. */
const PROPOSED = /拟(授予|推荐|认定|命名|评为|表彰|入选|确定)|初选/;
/** A page's own counters ("阅读512次", "浏览次数"), not the text's figures. */
const PAGE_CHROME = /阅读|浏览|点击|访问量|评论/;
/** A reward a programme offers ("奖金8万元", "可一次性获得60万元奖励"): money named as a reward. */
const REWARD_MONEY = /奖励|奖金|资助|补助|补贴|奖补/;
/** Money actually paid out or totalled ("累计发放奖励资金…", "兑现奖补资金…"): an outcome. */
const PAID_OUT = /发放|兑现|拨付|下达|落实|争取|累计|共计|合计|总计|获得专项/;
/** A firm's own results (营业收入, 利税, 专利, 远销…国家和地区 of one company). */
const FIRM_FIGURE =
  /就业岗位|利润额|营业收入|销售收入|营收|主营业务|利润|利税|纳税|产值|产量|产能|销售额|出口额|市场占有率|市场份额|专利|研发投入|研发经费|远销|国家和地区|员工|职工|订单/;
/** A sentence about one named firm opens with its name (…有限公司, …集团); 规上企业 are a population, not a firm. */
const FIRM_SUBJECT = /^[^，,；;。]{2,30}?(公司|集团|股份|厂)(?!数|总数)|^(?:据统计[，,])?(?:获奖企业|获奖组织|这些企业|上述企业)/;
/** National totals ("全国200多家企业…") in a local text. */
const NATIONAL = /^(?:[，,]|其中|此外|同时)*全国(?:共|已|有|共有|累计)*[\d一二两三四五六七八九百千近约超逾]/;
/** A rule's terms in a policy: quotas, time limits, penalties. */
const RULE_TERMS = /名额|每届|有效期|周期|期限|工作日|日内|个月内|年内有效|罚款|处以/;
const RULE_MONEY = /奖励|资助|补助|补贴|奖金|扶持/;
/** A rule reported in news: quotas and terms of a programme, and what it offers (对…给予N万元奖励). */
const PROGRAMME_TERMS = /名额|每届|每次|有效期|分设/;
const OFFER =
  /^对.*(奖励|资助|补助|补贴|扶持)|给予.*(奖励|资助|补助|补贴|扶持)|一次性(奖励|资助|补助)|^每(家|个|名|位|项|户)[^，,；;。]*(奖励|奖金|资助|补助|补贴)/;

export interface ClauseContext {
  /** The whole (logical) sentence. */
  sentence: string;
  /** The clause holding the figures. */
  clause: string;
  /** Units of the figures in the clause. */
  units: Array<string | null>;
  /** The document is itself a policy. */
  policyDoc: boolean;
  /** The document is national (中国): its 全国 figures are its own. */
  national: boolean;
  /** The sentence sets a goal (到2025年, 力争): a planned change is a quantity of its own. */
  goal?: boolean;
}

/** Is every figure of this clause something other than an outcome (or, in a policy, a goal)? */
export function notAnOutcome(c: ClauseContext): boolean {
  const { clause: text, sentence } = c;
  if (PARTNERS.test(text) || PAGE_CHROME.test(text) || TEXT_PARTS.test(text)) return true;
  // A reward a programme offers is a rule, not an outcome, unless the text reports it paid out.
  if (
    c.units.length > 0 &&
    c.units.every((u) => /元$/.test(u ?? "")) &&
    REWARD_MONEY.test(text) &&
    !PAID_OUT.test(text) &&
    !/(?:19|20)\d\d年/.test(text)
  )
    return true;
  // A planned change ("到2025年…提高0.5个百分点") is a goal; a reported one is not a level.
  if (CHANGE.test(text) && !(c.goal && !/同比|环比|比上年|较上年|比去年|较去年/.test(text))) return true;
  if (EVENT.test(text) || PROCEDURE.test(text) || PROPOSED.test(text)) return true;
  if (FIRM_FIGURE.test(text) && FIRM_SUBJECT.test(sentence) && !/(公司|集团|股份|厂)(?:数|总数)/.test(text)) return true;
  if (!c.national && NATIONAL.test(text.trim())) return true;
  if (PROGRAMME_TERMS.test(text) || (OFFER.test(text.trim()) && c.units.some((u) => /元$/.test(u ?? "")))) return true;
  // A rule's amounts, quotas and time limits (奖励50万元, 名额不超过10个, 15个工作日) are not goals.
  return c.policyDoc && (RULE_TERMS.test(text) || (RULE_MONEY.test(text) && c.units.some((u) => /元$/.test(u ?? ""))));
}

/** What precedes an award list's size: the list's or the award's name, or a recipient category. */
const LIST_LABEL = /(名单|奖|奖项|称号|荣誉|组织|个人|单位|企业|人选|对象|类|项目)$/;
const COUNT = String.raw`([\d]+|[一二两三四五六七八九十]+)(?:家|个|名|项|人|位|件)`;
const COUNT_ALL = new RegExp(COUNT, "g");
/** "（组织类，3家）", "（组织5个，个人2名）", "（2家）": a parenthesis holding only categories and counts. */
const SIZE_PAREN = new RegExp(
  String.raw`[（(](?:[\u4e00-\u9fa5]{1,6}?[，,、]?\s*)?${COUNT}(?:[，,、；;]\s*(?:[\u4e00-\u9fa5]{1,6}?[，,、]?\s*)?${COUNT})*[）)]`,
  "g",
);
/** Named recipients right before 等 ("授予某某有限公司、某某集团等3家单位…"). */
const NAMED_BEFORE = /(?:公司|集团|研究院|研究所|设计院|医院|大学|学院|学校|工厂|厂|合作社|协会|银行|同志)[)）]?等$/;
/** A conferral written before the count ("授予5家企业…", "表彰3名个人…"). */
const CONFERRAL = /(?:授予|颁发|表彰|命名)$/;
/** A line that is only a recipient's name, numbered or not ("1.某某有限公司", "(2)某某集团"). */
const NAME_LINE =
  /^(?:[-*•·]\s*)?(?:\d+[.、．]|[(（]\d+[)）]|\d+\s)?\s*(?:\S+\s+)?[\u4e00-\u9fa5（）()]{4,40}(?:有限公司|股份公司|公司|集团|研究院|研究所|设计院|医院|大学|学院|合作社|分公司)(?:[（(][^（）()]{1,20}[）)])?$/;

/** How many lines of the document are a bare recipient name: a notice that lists its recipients. */
export function listedNames(paragraphs: string[]): number {
  return paragraphs.filter((p) => p.length <= 60 && !/[，,。；;：:]/.test(p) && NAME_LINE.test(p.trim())).length;
}

/**
 * Counts that come with the named list (README: a named recipient is an award, an aggregate only
 * counts what has no names): the size written in a list header ("一、某质量奖（组织类，3家）",
 * "获奖组织（2家）：A、B"); a count after named recipients ("授予A、B等2家单位…") when the names
 * before 等 are all of them or the document lists its recipients; a conferral count ("授予3家单位X")
 * in a notice that lists them. "授予A、B等6家企业…" with no list still counts the unnamed ones.
 * Offsets within `s`.
 */
export function listSizeSpans(s: string, documentListsNames: boolean): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of s.matchAll(SIZE_PAREN)) {
    const before = s.slice(0, m.index!).trim();
    const after = s.slice(m.index! + m[0].length).trim();
    // A header's size: after a list label, or closing a heading line / opening the list (：).
    if (LIST_LABEL.test(before) || after === "" || /^[：:]/.test(after)) out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of s.matchAll(COUNT_ALL)) {
    const before = s.slice(0, m.index!);
    const n = /\d/.test(m[1]) ? Number(m[1]) : null;
    let size = false;
    const after = s.slice(m.index! + m[0].length);
    // "获奖组织3家：A、B、C": a count opening the list of its names.
    if (
      /^(?:以上)?[：:]/.test(after) &&
      (documentListsNames || /^(?:以上)?[：:][^。；;]{0,40}?(?:公司|集团|研究院|医院|大学|学院|合作社|厂)/.test(after))
    )
      size = true;
    // "一、获奖组织 3家" heading a list in a notice that lists its names.
    else if (documentListsNames && /^[）)]?[：:]?\s*$/.test(after) && s.length <= 40 && !/[，,。；;]/.test(s)) size = true;
    // "本次共评出获奖组织和个人4个" in a notice that lists them: the round's size.
    else if (
      documentListsNames &&
      /(本次|本届|此次|本批|本年度)/.test(before) &&
      /(评出|评选出|选出|获奖|授予|表彰|产生|认定|命名)/.test(before + after.split(/[，,；;。]/)[0])
    )
      size = true;
    // "3家企业分别是：A、B、C": a count opening the list of its names.
    else if (/^[\u4e00-\u9fa5]{0,8}?(?:分别是|分别为|依次是|依次为|包括)[：:]/.test(after)) size = true;
    // "A、B、C、D这4家企业…": a count closing the names it sums up.
    else if (
      /这$/.test(before) &&
      n != null &&
      before.slice(Math.max(...["，", ",", "：", ":", "；", ";", "。"].map((c) => before.lastIndexOf(c))) + 1, -1).split("、").length === n
    )
      size = true;
    else if (NAMED_BEFORE.test(before)) {
      const names = before
        .slice(Math.max(...["，", ",", "：", ":", "；", ";", "。"].map((c) => before.lastIndexOf(c))) + 1, -1)
        .split(/、|和|及/);
      size = documentListsNames || (n != null && names.length === n);
    } else if (documentListsNames && CONFERRAL.test(before)) size = true;
    if (size) out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** An organisation's full name ("某某科技股份有限公司", "某某研究院"). */
const ORG_NAME = /[\u4e00-\u9fa5()（）]{2,30}?(?:股份有限公司|有限责任公司|有限公司|集团|研究院|研究所|设计院|医院|大学|学院|公司)/g;

/** How many distinct organisations a document names in full. */
export function namedOrganisations(norm: string): number {
  return new Set([...norm.matchAll(ORG_NAME)].map((m) => m[0])).size;
}

/** Winning or being named: what a count of recipients did. */
const AWARD_PREDICATE = /获奖|获得|荣获|荣膺|获评|获授|上榜|授予|获表彰|获此殊荣|获/;
/** A total that adds up more than one round, or recipients the text sets apart from the named ones. */
const NOT_THE_LIST = /累计|先后|至此|迄今|至今|已有|共有|已评选|共评选出|设立以来|另有|全省共|全市共|全国/;
/** What a round's count counts; "4家企业的7个产品" qualifies another count and is not one. */
const RECIPIENT_AFTER = /^(?:[^，,；;。]{0,16}?(?:奖|称号|”))?(?:企业|组织|单位|个人)(?!的)|^(?:企业|组织|单位|个人)(?!的)/;

/**
 * Counts of one round's recipients in a document that names at least that many organisations
 * ("5家企业荣获某市政府质量奖" above the list of the five): they restate the named list (README:
 * counts that restate a complete named list are not observations). Totals over several rounds,
 * "另有…" counts and counts larger than the names given stay. Offsets within `s`.
 */
export function restatedRoundCounts(
  s: string,
  quantities: Array<{ start: number; end: number; value: number; unit: string | null }>,
  namedInDocument: number,
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const q of quantities) {
    if (!/^(家|个|名)$/.test(q.unit ?? "") || q.value > namedInDocument) continue;
    const clauseStart = Math.max(...["，", ",", "；", ";", "。", "："].map((c) => s.lastIndexOf(c, q.start - 1))) + 1;
    const rest = s.slice(q.end);
    const clauseEnd = rest.search(/[，,；;。]/);
    const clause = s.slice(clauseStart, clauseEnd < 0 ? s.length : q.end + clauseEnd);
    // The predicate may be written once for a list of conferrals ("授予5个组织A称号，10个组织B称号").
    const upTo = s.slice(0, clauseEnd < 0 ? s.length : q.end + clauseEnd);
    if (!RECIPIENT_AFTER.test(rest) || !AWARD_PREDICATE.test(upTo) || NOT_THE_LIST.test(s.slice(0, q.end)) || NOT_THE_LIST.test(clause))
      continue;
    // "其中某区3家企业获…": a region's share of the round is a figure for that region.
    if (/(?:[\u4e00-\u9fa5]{1,6}(?:省|市|区|县|州|新区)|我市|我区|我县|本市|本区|本县)$/.test(s.slice(clauseStart, q.start))) continue;
    // The round is an award's or an honour's ("…质量奖", "…称号", "上榜"), not any approval.
    if (!/奖|称号|荣誉|殊荣|榜|表彰/.test(upTo)) continue;
    out.push({ start: q.start, end: q.end });
  }
  // "5家组织和2名个人获奖": a person count beside a restated organisation count restates it too.
  for (const q of quantities) {
    if (q.unit !== "名" || out.some((o) => o.start === q.start)) continue;
    if (out.some((o) => o.end <= q.start && /^[^，,；;。]{0,12}?[和及与、]$/.test(s.slice(o.end, q.start))))
      out.push({ start: q.start, end: q.end });
  }
  return out;
}
