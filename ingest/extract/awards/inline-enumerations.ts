// Awards stated in running prose: "A、B荣获“全国质量标杆”称号", "X集团有限公司获得2021年某省省长质量奖",
// "授予A、B、C等3家企业2021年度某市市长质量奖", "“省长质量奖获奖企业”——X公司",
// "“某某”商标获“A”“B”等品牌认证", "作为省级示范车间和国家级“绿色工厂”". The award phrase is read by
// prose-awards.ts, the names by prose-recipients.ts; this module holds the sentence patterns.
import { PROPOSED_STATUS_WORDS, STANDALONE_TIER_ALTERNATION } from "../../../graph/award-vocabulary.js";
import type { Evidence, GazetteerEntry, Tier, Warning } from "../../../graph/types.js";
import type { Span } from "../../text/sentences.js";
import { type AwardMention, canonicalTitle, findAwardMentions } from "./award-names.js";
import { type AwardContext, paragraphAt } from "./context.js";
import { countMismatches, type Enumeration, readEnumeration, type StatedCount, statedTotal } from "./enumerations.js";
import { type AwardInfo, evidence, makeFact, type NewAwardFact, type Recipient } from "./facts.js";
import { TIER_COLUMN } from "./list-headers.js";
import { cleanName, isOrgName, STRONG_SUFFIX } from "./organisation-names.js";
import { parsePerson } from "./persons.js";
import { awardInfo, awardsIn, type Found } from "./prose-awards.js";
import { breaksAt, disagrees, LEAD, namesIn, REGION_PRONOUN, recipientsBefore, sentenceSubject, single } from "./prose-recipients.js";
import { assessmentGrade, commendations, designation } from "./region-honours.js";
import { cnNumber, findEditions, findYears } from "./years.js";

export interface ProseResult {
  facts: NewAwardFact[];
  warnings: Warning[];
  aliases: GazetteerEntry[];
  /** Stated totals, checked once all facts of the document are known (the list may come later). */
  totals: StatedTotal[];
}

export interface StatedTotal {
  award: string;
  tier: string;
  stated: number | null;
  evidence: Evidence;
}

// Verbs of receiving. 获奖/获批/获悉… are not (获批建设 is a programme approval, not an award).
// "…评选结果公布，A、B和C榜上有名": being on the announced list, said without naming the award again.
const LISTED = "(?:榜上有名|名列其中|位列其中|赫然在列|均在其列|(?:光荣|成功|均)?上榜|(?:均|都)?(?:名列|位列)榜单)";
const RECEIVE = new RegExp(
  String.raw`(拟)?(荣获|获得(?!者)|喜获|斩获|摘得|摘取|夺得|问鼎|捧得|荣膺|获评|获颁|获授|被评为|被授予|被认定为|被命名为|被确定为|被列为|被评定为|被([\u4e00-\u9fff]{2,16}?)(?:评为|评定为|认定为|命名为|确定为|列为)|入选|通过|取得(?=了?\s*[“"]?[A-Z\u4e00-\u9fff]{0,12}?(?:奖|级|称号|荣誉))|获奖(?=[，,。；;！!]|$)|${LISTED}(?=[，,。；;！!]|$)|(?:光荣|成功|均)?上榜(?=[\u4e00-\u9fff\d“"~～—\-]{0,30}?奖)|获(?![批准悉取益得知救奖]))`,
  "g",
);
const LISTED_ALONE = new RegExp(`^${LISTED}$`);
const CANDIDATES_AFTER = new RegExp(
  `^[^，,。；;]{0,6}?(?:${PROPOSED_STATUS_WORDS.filter((w) => w.length > 1 && w !== "公示").join("|")}|建议)`,
);
const AGGREGATE_SUBJECT = /(?:\d+|[一二两三四五六七八九十百几多数]+)\s*(?:家|个|名|位|项|批)(?:[\u4e00-\u9fff]{0,6})$/;
// 授予 grants; 确定/评定/认定…为 designates ("确定A、B等10家企业为2017年度某省政府质量奖获奖初选企业").
const GRANT = /(拟)?(?:决定)?授予|(?:确定|评定|认定|命名)了?(?=[^。；;]{4,400}?为[^。；;]{0,30}?(?:奖|标杆))/g;

export function extractProse(ctx: AwardContext): ProseResult {
  const out: ProseResult = { facts: [], warnings: [], aliases: [], totals: [] };
  let previous: { s: Span; m: AwardMention } | null = null;
  for (const s of ctx.doc.sentences) {
    // The award the paragraph last named, for "个人奖由…获得" in the next sentence.
    if (previous && paragraphAt(ctx.doc, previous.s.start) !== paragraphAt(ctx.doc, s.start)) previous = null;
    elidedAwardFacts(ctx, s, previous, out);
    const mentions = findAwardMentions(s.text, ctx);
    if (mentions.length) previous = { s, m: mentions[mentions.length - 1] };
    const t = s.text;
    if (/获|取得|评为|认定为|命名为|确定为|列为|入选|通过|问鼎|荣膺|摘得|夺得|捧得|被授予|榜|名列|位列|在列/.test(t))
      receiveFacts(ctx, s, out);
    if (/授予|确定|评定|认定|命名/.test(t)) grantFacts(ctx, s, out);
    if (mentions.length) appositionFacts(ctx, s, mentions, out);
    if (t.includes("作为")) designationFacts(ctx, s, out);
    if (t.includes("考核")) gradeFacts(ctx, s, out);
  }
  return out;
}

function receiveFacts(ctx: AwardContext, s: Span, out: ProseResult) {
  const verbs = [...s.text.matchAll(RECEIVE)];
  let floor = 0;
  for (const [i, v] of verbs.entries()) {
    const verb = v[2];
    const vEnd = v.index! + v[0].length;
    let ce = vEnd;
    while (ce < s.text.length && !breaksAt(s.text, ce)) ce++;
    // "A获得X奖、B获得Y奖": the next verb's names end this award phrase and start after the separator.
    const ownFloor = floor;
    floor = 0;
    const next = verbs[i + 1];
    if (next && next.index! < ce) {
      const between = s.text.slice(vEnd, next.index!);
      const sep = Math.max(between.lastIndexOf("、"), between.lastIndexOf("和"), between.lastIndexOf("及"));
      if (sep >= 0) {
        ce = vEnd + sep;
        floor = ce + 1;
      }
    }
    const phrase = s.text.slice(vEnd, ce);
    if (verb === "通过" && !/认证/.test(phrase)) continue;
    let awards = awardsIn(ctx, s, vEnd, phrase, !!v[1]);
    // The award must follow the verb closely (获得了…, 获评第二批…), not somewhere later in the clause.
    awards = awards.filter((a, i) => i > 0 || a.end - vEnd - a.info.award.length <= 30);
    const issuer = v[3];
    let regionHonour = false;
    // 获奖/入选/榜上有名 with nothing after it refers back to the award named earlier in the sentence.
    const bare = !phrase.trim() && (/^(?:获奖|入选|获评|荣获|获此殊荣)$/.test(verb) || LISTED_ALONE.test(verb));
    if (!awards.length) awards = tierOnly(ctx, s, v.index!, vEnd, phrase, bare);
    if (!awards.length) {
      awards = unquotedHonours(ctx, s, v.index!, vEnd, phrase, verb, issuer);
      regionHonour = awards.length > 0;
    }
    if (!awards.length) continue;
    let who = recipientsBefore(ctx, s, v.index!, ownFloor);
    // No subject of its own: the honour is the region's. A counted subject ("112家企业被…列为…")
    // is an aggregate of firms, not the region.
    const aggregate = AGGREGATE_SUBJECT.test(s.text.slice(0, v.index!).replace(/^.*[，,；;：:]/, ""));
    if (regionHonour && !who?.list.length && ctx.regions.self && !aggregate) {
      who = { list: [{ name: ctx.regions.self.name, type: "region", affiliation: null, role: null }], start: 0 };
    }
    // "全市获得某认证的企业达到50家": the verb sits in a relative clause about other recipients;
    // "获得某奖的某某有限公司作经验交流" names its recipient right after 的.
    const rel = /^[”"]?(?:认证|称号|荣誉称号)?的/.exec(s.text.slice(awards[awards.length - 1].end));
    if (rel) {
      const from = awards[awards.length - 1].end + rel[0].length;
      const named = [...s.text.slice(from, from + 60).matchAll(STRONG_SUFFIX)].shift();
      const name = named ? cleanName(s.text.slice(from, from + named.index! + named[0].length)) : "";
      if (named && isOrgName(name) && !/[，,、和与及]/.test(name)) {
        who = { list: [{ name, type: "organization", affiliation: null, role: null }], start: v.index! };
        for (const a of awards) a.end = Math.max(a.end, from + named.index! + named[0].length);
      } else if (/^(?:[\u4e00-\u9fff]{0,4}(?:企业|单位|组织|个人|公司|集团|产品|品牌|项目|工程))/.test(s.text.slice(from))) {
        // "…获得某奖的企业达到25家" is about other recipients, unless the names come before 等
        // ("对A、B等获得某奖的企业给予奖励"). "获得某奖的消息传来" still says the subject received it.
        // "A公司成为我市首家获得某奖的企业": the subject is that 企业.
        const first = /(?:成为|是|系|作为)[\u4e00-\u9fff]{0,8}(?:首家|第一家|唯一一家|唯一|又一家|第[一二三四五六七八九十\d]+家)$/.test(
          s.text.slice(0, v.index!),
        );
        const subject = first ? sentenceSubject(ctx, s) : null;
        if (subject && subject.type === "organization") who = { list: [subject], start: 0 };
        else if (!(who?.etc && who.list.every((r) => r.type === "organization" || r.type === "person"))) continue;
      }
    }
    if (!who?.list.length) continue;
    const paired = who.respectively && who.list.length === awards.length && awards.length > 1;
    for (const [ai, a] of awards.entries()) {
      const info = { ...a.info };
      if (issuer && /^(?:国家|国务院|全国|中国)|部$|总局$/.test(issuer) && info.level !== "national") {
        info.level = "national";
        info.region = "中国";
      }
      for (const r of paired ? [who.list[ai]] : who.list) {
        if (r.type === "region" && /质量奖$/.test(info.award)) continue; // 株洲问鼎省长质量奖: a tally, not a winner
        if (regionHonour && r.type !== "region" && /表彰$|城市$/.test(info.award)) continue;
        for (const year of a.years ?? [info.year]) {
          const statedTotalOf = who.counts ? statedTotal(who.counts) : who.stated != null ? { count: who.stated, of: null } : null;
          out.facts.push(
            makeFact(ctx, r, { ...info, year, statedTotal: statedTotalOf }, evidence(ctx, s.start + who.start, s.start + a.end)),
          );
        }
      }
    }
    if (who.counts) {
      for (const c of countMismatches(who.counts)) {
        out.warnings.push({
          doc: ctx.doc.record.id,
          code: "count_mismatch",
          message: `${c.count} ${c.of ?? ""} stated, ${c.named} named`,
          evidence: evidence(ctx, s.start, s.end),
        });
      }
    } else if (disagrees(who.stated ?? null, who.list.length)) {
      out.warnings.push({
        doc: ctx.doc.record.id,
        code: "count_mismatch",
        message: `${who.stated} announced, ${who.list.length} named`,
        evidence: evidence(ctx, s.start, s.end),
      });
    }
    countCheck(ctx, s, vEnd, awards, out);
  }
}

const TIER_ALONE = new RegExp(`^\\s*(?:了)?(${STANDALONE_TIER_ALTERNATION}|(?:此|该|这一|这项)(?:殊荣|荣誉|奖项|称号|奖))\\s*$`);

/** "A荣获某省政府质量奖，B获得提名奖": a tier alone refers to the award named earlier in the sentence. */
function tierOnly(ctx: AwardContext, s: Span, verbAt: number, vEnd: number, phrase: string, bare = false): Found[] {
  // Also "…名单公布，A公司获此殊荣": 此殊荣 is the award named earlier in the same sentence.
  // "…名单揭晓，A、B获奖": 获奖 on its own refers back the same way.
  const t = bare ? ["", "此奖"] : TIER_ALONE.exec(phrase);
  if (!t) return [];
  const earlier = findAwardMentions(s.text.slice(0, verbAt), ctx).pop();
  if (!earlier) return [];
  const tier = TIER_COLUMN[t[1]] ?? earlier.tier;
  const para = paragraphAt(ctx.doc, s.start);
  const info = awardInfo(
    ctx,
    s,
    para,
    s.start + earlier.start,
    s.start + earlier.end,
    s.text.slice(Math.max(0, earlier.start - 8), earlier.start),
    { ...earlier, tier },
    false,
  );
  return [{ info, end: vEnd + phrase.length }];
}

/** Commendations and designations with no quotes (获国务院、省政府…表彰, 被…确定为…示范城市). */
function unquotedHonours(
  ctx: AwardContext,
  s: Span,
  verbAt: number,
  vEnd: number,
  phrase: string,
  verb: string,
  issuer: string | undefined,
): Found[] {
  const pre = s.text
    .slice(0, verbAt)
    .replace(/^.*(?:[，,；;：:]|——)/, "")
    .replace(LEAD, "");
  const topic = REGION_PRONOUN.exec(pre)?.[2] ?? "";
  const para = paragraphAt(ctx.doc, s.start);
  const honours = commendations(phrase, topic, ctx);
  if (!honours.length && /^被|获评/.test(verb)) {
    const d = designation(phrase, issuer, ctx);
    if (d) honours.push(d);
  }
  return honours.map((h) => ({
    info: awardInfo(ctx, s, para, s.start + vEnd, s.start + vEnd + phrase.length, "", { ...h, category: null }, false),
    end: vEnd + phrase.length,
  }));
}

/**
 * "授予A、B、C等3家企业2021年度某市市长质量奖；授予D…提名奖": recipients after the verb, the award
 * after them. A clause that follows with no verb of its own ("，E、F2家企业第七届某奖提名奖") is
 * granted by the same verb.
 */
function grantFacts(ctx: AwardContext, s: Span, out: ProseResult) {
  const grants = [...s.text.matchAll(GRANT)];
  for (const [gi, g] of grants.entries()) {
    const verbEnd = g.index! + g[0].length;
    let stop = verbEnd;
    while (stop < s.text.length && !/[；;。！？]/.test(s.text[stop])) stop++;
    if (grants[gi + 1] && grants[gi + 1].index! < stop) stop = grants[gi + 1].index!;
    let from = verbEnd;
    for (let first = true; from < stop; first = false) {
      const end = grantClause(ctx, s, g.index!, from, stop, !!g[1], first, out);
      if (end == null || !/^[，,]/.test(s.text.slice(end))) break;
      from = end + 1;
    }
  }
}

// What stands between the names and the award: "为", a year or edition, an opening quote.
const BEFORE_AWARD =
  /(?:为|授予)?\s*“?\s*(?:(?:19|20)\d{2}\s*(?:[—–\-~～至]\s*(?:19|20)\d{2})?\s*年度?|第\s*[0-9零〇一二两三四五六七八九十百]+\s*届|首\s*届)?\s*“?\s*$/;

/** One "names + award" clause of a grant from `from`; returns where its award phrase ends, or null. */
function grantClause(
  ctx: AwardContext,
  s: Span,
  verbAt: number,
  from: number,
  stop: number,
  proposed: boolean,
  first: boolean,
  out: ProseResult,
): number | null {
  const rest = s.text.slice(from, stop);
  const mentions = findAwardMentions(rest, ctx);
  const quote = rest.indexOf("“");
  let awardAt = mentions[0]?.start ?? -1;
  if (quote >= 0 && (awardAt < 0 || quote < awardAt)) awardAt = quote;
  if (awardAt <= 0) return null;
  const lead = rest.slice(0, awardAt);
  const tail = BEFORE_AWARD.exec(lead)!;
  const names = lead.slice(0, tail.index);
  const between = lead.slice(tail.index);
  const personal = /(?:名|位)(?:个人|同志)|等(?:个人|同志)/.test(names);
  const list = readEnumeration(ctx, s, s.start + from, names, "any", personal);
  // A clause with no verb of its own is a grant only when all of it reads as names.
  if (!list || (!first && list.unread.length)) return null;
  let ce = from + awardAt;
  while (ce < stop && !/[，,]/.test(s.text[ce])) ce++;
  const awardStart = from + awardAt + (s.text[from + awardAt] === "“" ? 0 : 0);
  const awards = awardsIn(ctx, s, awardStart, s.text.slice(awardStart, ce), proposed, grantingRegion(ctx));
  if (!awards.length) return null;
  const total = statedTotal(list.counts);
  for (const a of awards) {
    const y = findYears(between).pop();
    const e = findEditions(between).pop();
    // "…质量奖获奖初选企业", "…候选单位": the grant names candidates.
    const candidates = CANDIDATES_AFTER.test(s.text.slice(a.end, a.end + 10));
    const info = {
      ...a.info,
      year: y ? y.year : a.info.year,
      yearLabel: y ? y.label : a.info.yearLabel,
      edition: e ? e.edition : a.info.edition,
      statedTotal: total,
      proposed: a.info.proposed || candidates,
    };
    const evStart = first ? verbAt : from;
    for (const r of list.recipients) out.facts.push(makeFact(ctx, r, info, evidence(ctx, s.start + evStart, s.start + a.end)));
  }
  reportEnumeration(ctx, s, list, total, out);
  return awards[awards.length - 1].end;
}

/** The region whose government grants in this document (its own designations are named after it). */
function grantingRegion(ctx: AwardContext) {
  return ctx.speaksFor ?? ctx.regions.self;
}

/** Pieces no recogniser read, and a named count that differs from the stated total: warnings with the span. */
function reportEnumeration(ctx: AwardContext, s: Span, list: Enumeration, total: StatedCount | null, out: ProseResult) {
  for (const piece of list.unread) {
    out.warnings.push({
      doc: ctx.doc.record.id,
      code: "unread_recipient",
      message: `"${piece}" in an enumeration of recipients is no name the rules read`,
      evidence: evidence(ctx, s.start, s.end),
    });
  }
  for (const c of countMismatches(list.counts)) {
    out.warnings.push({
      doc: ctx.doc.record.id,
      code: "count_mismatch",
      message: `${c.count} ${c.of ?? ""} stated, ${c.named} named (of ${total?.count ?? c.count} in all)`,
      evidence: evidence(ctx, s.start, s.end),
    });
  }
}

/**
 * "个人奖由某公司董事长张某获得": a section of the award the previous sentence named (its year and
 * edition too), and who received it.
 */
function elidedAwardFacts(ctx: AwardContext, s: Span, previous: { s: Span; m: AwardMention } | null, out: ProseResult) {
  const m =
    /^(?:其中[，,]?)?(个人奖|组织奖|提名奖|个人提名奖|组织提名奖)(?:则)?由([^，,。；;]+?)(?:共同|分别)?(?:获得|摘得|捧得|夺得|斩获|荣获)/.exec(
      s.text.replace(LEAD, ""),
    );
  if (!m || !previous) return;
  const lead = s.text.length - s.text.replace(LEAD, "").length;
  const list = namesIn(ctx, s, s.start + lead + m[0].indexOf(m[2]), m[2], "resolved", /个人/.test(m[1]));
  if (!list?.length) return;
  const p = previous;
  const tier: Tier = /提名/.test(m[1]) ? "nominee" : "winner";
  const info = awardInfo(
    ctx,
    p.s,
    paragraphAt(ctx.doc, p.s.start),
    p.s.start + p.m.start,
    p.s.start + p.m.end,
    p.s.text.slice(0, p.m.start).slice(-12),
    { ...p.m, tier },
    false,
  );
  info.category = /个人/.test(m[1]) ? "个人" : /组织/.test(m[1]) ? "组织" : info.category;
  for (const r of list) out.facts.push(makeFact(ctx, r, info, evidence(ctx, s.start + lead, s.start + lead + m[0].length)));
}

/** "“省长质量奖获奖企业”——X公司", "市长质量奖获奖单位为A、B": the award, then who won it. */
function appositionFacts(ctx: AwardContext, s: Span, mentions: AwardMention[], out: ProseResult) {
  for (const m of mentions) {
    const passive = /^[”"]?\s*(?:称号)?\s*由\s*([^，,。；;]+?)\s*(?:共同)?(?:获得|摘得|捧得|夺得|斩获|荣获)/.exec(s.text.slice(m.end));
    if (passive) {
      const list = namesIn(ctx, s, s.start + m.end, passive[1], "resolved");
      const info = awardInfo(
        ctx,
        s,
        paragraphAt(ctx.doc, s.start),
        s.start + m.start,
        s.start + m.end,
        s.text.slice(0, m.start).slice(-12),
        m,
        false,
      );
      for (const r of list ?? [])
        out.facts.push(makeFact(ctx, r, info, evidence(ctx, s.start + m.start, s.start + m.end + passive[0].length)));
      continue;
    }
    // "…获奖企业——X", "…获奖单位为A、B", "…获得者某医院院长张某" (a title before the name is no separator).
    let tail =
      /^[”"]?\s*(?:的)?(?:获奖|获得)?(?:企业|单位|组织|者|个人)(?:名单)?[”"]?\s*(?:——|—|(?:分别|依次)?(?:为|是)|有|:|：)\s*[:：]?\s*|^[”"]?\s*获得者(?=[\u4e00-\u9fff])/.exec(
        s.text.slice(m.end),
      );
    // "共有3家企业获得某市政府质量奖，分别为A、B和C": a count with the verb, the names in the next clause.
    const counted = /(?:\d+|[一二两三四五六七八九十]+)\s*(?:家|个|名|位)[\u4e00-\u9fff]{0,4}(?:获得|荣获|获评|获)[^，,。；;]{0,12}$/.test(
      s.text.slice(0, m.start),
    );
    if (!tail && counted) tail = /^[”"]?(?:称号|荣誉称号)?\s*[，,]\s*(?:分别|依次|即)(?:为|是)?\s*[:：]?\s*/.exec(s.text.slice(m.end));
    // "…获奖企业——X" names the winner; so does "获得…的企业有：X" (the verb before the award).
    if (!tail || !(/获|者/.test(tail[0]) || counted || /(?:获得|荣获|获评|获)[^，,。；;]{0,12}$/.test(s.text.slice(0, m.start)))) continue;
    const from = m.end + tail[0].length;
    let ce = from;
    while (ce < s.text.length && !/[，,；;。！？]/.test(s.text[ce])) ce++;
    const list: Recipient[] = [];
    for (const part of s.text.slice(from, ce).split(/、|和|与|及/)) {
      // The name may run on into the sentence (——某某有限公司参观学习): keep the name itself.
      const named = [...part.matchAll(STRONG_SUFFIX)].shift();
      const r =
        single(ctx, s, s.start + from, part, "resolved") ??
        personAtStart(part) ??
        (named ? single(ctx, s, s.start + from, part.slice(0, named.index! + named[0].length), "none") : null);
      if (!r || r.type === "region") break;
      list.push(r);
    }
    if (!list.length) continue;
    const info = awardInfo(
      ctx,
      s,
      paragraphAt(ctx.doc, s.start),
      s.start + m.start,
      s.start + m.end,
      s.text.slice(0, m.start).slice(-12),
      m,
      false,
    );
    for (const r of list)
      out.facts.push(
        makeFact(ctx, r, info, evidence(ctx, s.start + Math.max(0, m.start - (s.text[m.start - 1] === "“" ? 1 : 0)), s.start + ce)),
      );
  }
}

/** "X公司…,作为省级智能制造示范车间和国家级“绿色工厂”,…": designations the subject holds. */
function designationFacts(ctx: AwardContext, s: Span, out: ProseResult) {
  const roles = [...s.text.matchAll(/作为([^，,。；;]{4,60})/g)];
  // The subject is read once (reading it may record a resolved short name), only when needed.
  const subject = roles.length ? sentenceSubject(ctx, s) : null;
  if (subject?.type !== "organization") return;
  for (const d of roles) {
    for (const piece of d[1].split(/和|、|及/)) {
      const q = /^(.*?)“([^“”]+)”$/.exec(piece.trim());
      const [prefix, title] = q ? [q[1], q[2]] : ["", piece.trim()];
      const levelled =
        /^(?:省|市|国家|全国|中国|国家级|省级|市级)/.test(prefix + title) ||
        ctx.index.lookup((prefix + title).slice(0, 2)).length > 0 ||
        /[级部]$|的$/.test(prefix.replace(/评定的$|认定的$|命名的$/, "级"));
      if (!levelled || !/示范|标杆|工厂|车间|精品|名牌|基地|领跑者|品牌/.test(title)) continue;
      const t = canonicalTitle(prefix, title, ctx);
      if (!t) continue;
      const info: AwardInfo = { ...t, category: null, edition: null, year: null, yearLabel: null, proposed: false };
      const yr = findYears(s.text.slice(0, d.index!)).pop();
      if (yr) info.year = yr.year;
      out.facts.push(makeFact(ctx, subject, info, evidence(ctx, s.start, s.start + d.index! + d[0].length)));
    }
  }
}

/** "全省质量工作考核某市…荣获…A级评定": an assessment grade given to a region. */
function gradeFacts(ctx: AwardContext, s: Span, out: ProseResult) {
  const g = assessmentGrade(s, ctx);
  if (!g) return;
  const info = awardInfo(ctx, s, paragraphAt(ctx.doc, s.start), s.start, s.start + g.end, "", { ...g.honour, category: null }, false);
  out.facts.push(
    makeFact(ctx, { name: g.recipient, type: "region", affiliation: null, role: null }, info, evidence(ctx, s.start, s.start + g.end)),
  );
}

/** "…获得2021年某省省长质量奖,累计6家企业获此荣誉": the stated total against the recipients the document names. */
function countCheck(ctx: AwardContext, s: Span, from: number, awards: Found[], out: ProseResult) {
  const m = /累计(?:有)?\s*(\d+|[一二两三四五六七八九十]+)\s*(?:家|个)(?:企业|单位)?获(?:此|该)(?:荣誉|殊荣|奖项|称号)/.exec(
    s.text.slice(from),
  );
  if (!m || !awards.length) return;
  const award = awards[0].info;
  out.totals.push({ award: award.award, tier: award.tier, stated: cnNumber(m[1]), evidence: evidence(ctx, s.start, s.end) });
}

/** "某医院院长张某的带领下…": the person a clause opens with (organisation, title, name), if any. */
function personAtStart(part: string): Recipient | null {
  for (let k = Math.min(part.length, 24); k >= 4; k--) {
    const p = parsePerson(part.slice(0, k));
    if (p?.affiliation) return { name: p.name, type: "person", affiliation: p.affiliation, role: p.role };
  }
  return null;
}
