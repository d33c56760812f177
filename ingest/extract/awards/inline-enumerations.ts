// Awards stated in running prose: "A、B荣获“全国质量标杆”称号", "X集团有限公司获得2021年某省省长质量奖",
// "授予A、B、C等3家企业2021年度某市市长质量奖", "“省长质量奖获奖企业”——X公司",
// "“某某”商标获“A”“B”等品牌认证", "作为省级示范车间和国家级“绿色工厂”".
import type { Evidence, GazetteerEntry, Tier, Warning } from "../../../graph/types.js";
import type { Span } from "../../text/sentences.js";
import { canonicalTitle, findAwardMentions, type AwardMention } from "./award-names.js";
import { paragraphAt, type AwardContext } from "./context.js";
import { evidence, makeFact, type AwardInfo, type NewAwardFact, type Recipient } from "./facts.js";
import { classify, type ShortMode } from "./list-items.js";
import { cleanName, isOrgName, nameStartBefore, resolveShortName, STRONG_SUFFIX } from "./organisation-names.js";
import { isPersonName, parsePerson } from "./persons.js";
import { assessmentGrade, commendations, designation } from "./region-honours.js";
import { cnNumber, findEditions, findParenYears, findYears, isDeadlineYear } from "./years.js";

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
  String.raw`(拟)?(荣获|获得(?!者)|喜获|斩获|摘得|摘取|夺得|问鼎|捧得|荣膺|获评|获颁|获授|被评为|被授予|被认定为|被命名为|被确定为|被列为|被评定为|被([\u4e00-\u9fff]{2,16}?)(?:评为|评定为|认定为|命名为|确定为|列为)|入选|通过|获奖(?=[，,。；;！!]|$)|${LISTED}(?=[，,。；;！!]|$)|获(?![批准悉取益得知救奖]))`,
  "g",
);
const GRANT = /(拟)?(?:决定)?授予/g;
const TIER_WORD: Record<string, Tier> = { 提名奖: "nominee", 金奖: "gold", 银奖: "silver", 铜奖: "bronze" };
const CLAUSE_BREAK = /[，,；;：:。！？!?]/;
/** A clause ends at punctuation or a double dash (——), not at the dash of a year range (2019—2021). */
function breaksAt(text: string, i: number): boolean {
  return CLAUSE_BREAK.test(text[i]) || (text[i] === "—" && (text[i + 1] === "—" || text[i - 1] === "—"));
}
const AGGREGATE = /\d+\s*(?:家|个|名|项|批|位|人|件|次|届)|[一二两三四五六七八九十几多数]+\s*(?:家|个|名|位|批)|一批|多家|部分|若干/;
const LEAD = /^(?:(?:19|20)\d{2}\s*年度?(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?|\d{1,2}\s*月\s*\d{1,2}\s*日|近日|日前|近期|此前|目前|其中|此外|同时|另外|另|今年|去年|最近|近年来|近年|截至目前|在此次评选中|本次|此次|经评审|经研究|热烈祝贺|祝贺|恭喜|据悉|据了解|记者获悉|对(?=[\u4e00-\u9fff]{4})|[一二三四五六七八九十]是|[,，\s])+/;
const TRAIL = /(?:先后|分别|均|都|也|还|再次|又|再|已|曾|相继|同时|一举|成功|连续[\u4e00-\u9fff\d]{1,3}(?:年|届|次)|共同|首次|已经|将|被|就|则|更|正式|此前|一并|顺利|此次|本次|这次|今年|去年|日前|近日|双双|一同|分(?=$)|在(?=$)|凭借[^，,]*|以[^，,]*)+$/;
// What a clause of names may end with when the verb follows in the next clause ("A和B脱颖而出，分获…").
const STANDOUT = /(?:脱颖而出|表现突出|表现优异|成绩突出|成绩优异|榜上有名|双双|均|一同|共同)+$/;
const MANNER = /^(?:凭借|以|因|通过|依托|经|由于|在|并|还|也|又|再|先后|均|此次|再次|相继|成功|一举|顺利)/;
const REGION_PRONOUN = /^(?:我|本|全)(省|市|区|县)(.*)$/;

export function extractProse(ctx: AwardContext): ProseResult {
  const out: ProseResult = { facts: [], warnings: [], aliases: [], totals: [] };
  let previous: { s: Span; m: AwardMention } | null = null;
  for (const s of ctx.doc.sentences) {
    // The award the paragraph last named, for "个人奖由…获得" in the next sentence.
    if (previous && paragraphAt(ctx.doc, previous.s.start) !== paragraphAt(ctx.doc, s.start)) previous = null;
    elidedAwardFacts(ctx, s, previous, out);
    const named = findAwardMentions(s.text, ctx).pop();
    if (named) previous = { s, m: named };
    const t = s.text;
    if (/获|评为|认定为|命名为|确定为|列为|入选|通过|问鼎|荣膺|摘得|夺得|捧得|被授予|榜|名列|位列|在列/.test(t)) receiveFacts(ctx, s, out);
    if (t.includes("授予")) grantFacts(ctx, s, out);
    if (/奖|标杆|精品|制造|信用|品牌/.test(t)) appositionFacts(ctx, s, out);
    if (t.includes("作为")) designationFacts(ctx, s, out);
    if (t.includes("考核")) gradeFacts(ctx, s, out);
  }
  return out;
}

interface Found {
  info: AwardInfo;
  /** Several years in a parenthesis after the award: one fact each (…质量奖(2015年、2018年)). */
  years?: number[];
  /** Sentence-relative end of the award phrase. */
  end: number;
}

/** Awards named in `phrase` (sentence-relative offset `base`): known programmes and quoted honours. */
function awardsIn(ctx: AwardContext, s: Span, base: number, phrase: string, proposed: boolean): Found[] {
  const found: Found[] = [];
  const para = paragraphAt(ctx.doc, s.start);
  const mentions = findAwardMentions(phrase, ctx);
  let cursor = 0;
  const add = (m: Pick<AwardMention, "award" | "level" | "region" | "tier" | "category">, start: number, end: number) => {
    const lead = phrase.slice(cursor, start);
    cursor = end;
    const info = awardInfo(ctx, s, para, s.start + base + start, s.start + base + end, lead, m, proposed);
    const paren = findParenYears(phrase.slice(end, end + 40)).find((p) => p.start <= 1);
    found.push({ info, end: base + end + (paren ? paren.end : 0), years: paren && paren.years.length > 1 ? paren.years : undefined });
  };
  // Quoted honours that are not a known programme (“平安百年品质工程创建示范项目”).
  const quotes = [...phrase.matchAll(/“([^“”]{2,30})”/g)];
  const items: Array<{ start: number; end: number; m: Pick<AwardMention, "award" | "level" | "region" | "tier" | "category"> }> = [];
  for (const m of mentions) {
    let end = m.end;
    if (phrase[end] === "”") end++;
    end += /^(?:称号|荣誉称号|认证)?/.exec(phrase.slice(end))![0].length;
    items.push({ start: m.start, end, m });
  }
  for (const q of quotes) {
    const qs = q.index!;
    const qe = qs + q[0].length;
    if (items.some((it) => it.start < qe && qs < it.end)) continue;
    if (mentions.some((m) => m.start >= qs && m.end <= qe)) continue;
    // A quoted word inside a longer name (“一站式”服务试点) is not the honour itself.
    if (!/^(?:$|[”"、，,；;。和及与等“]|称号|荣誉|认证|证书|奖牌)/.test(phrase.slice(qe))) continue;
    const prev = items.filter((it) => it.end <= qs).pop();
    const prefixStart = Math.max(prev ? prev.end : 0, lastBreak(phrase.slice(0, qs)));
    const prefix = phrase.slice(prefixStart, qs).replace(/^[、和及与以及]+/, "").replace(/^(?:了|为|首批|第\S{1,3}批)/, "");
    const t = canonicalTitle(stripLead(prefix), q[1], ctx);
    if (!t) continue;
    let end = qe + /^(?:称号|荣誉称号|认证)?/.exec(phrase.slice(qe))![0].length;
    items.push({ start: prefixStart + (phrase.slice(prefixStart, qs).length - prefix.length), end, m: { ...t, category: null } });
  }
  // "分获某市市长质量奖和提名奖": a tier word alone after an award is that award's tier.
  for (const t of phrase.matchAll(/(?:和|及|与|、|以及)(提名奖|金奖|银奖|铜奖)/g)) {
    const at = t.index! + t[0].length - t[1].length;
    if (items.some((it) => it.start < at + t[1].length && at < it.end)) continue;
    const prev = items.filter((it) => it.end <= at && mentions.some((m) => m.award === it.m.award)).pop();
    if (prev) items.push({ start: at, end: at + t[1].length, m: { ...prev.m, tier: TIER_WORD[t[1]] } });
  }
  items.sort((a, b) => a.start - b.start);
  for (const it of items) add(it.m, it.start, it.end);
  return found;
}

function stripLead(prefix: string): string {
  return prefix.replace(/^(?:(?:19|20)\d{2}\s*年度?|第\s*[0-9一二三四五六七八九十]+\s*[届批]|首\s*[届批]|本届|了|等)+/, "");
}

function lastBreak(text: string): number {
  let i = text.length;
  while (i > 0 && !/[，,；;。]/.test(text[i - 1])) i--;
  return i;
}

/** Year, edition and tier for an award at [start, end) (document offsets) with `lead` words before it. */
function awardInfo(
  ctx: AwardContext, s: Span, para: number, start: number, end: number, lead: string,
  m: Pick<AwardMention, "award" | "level" | "region" | "tier" | "category">, proposed: boolean,
): AwardInfo {
  const norm = ctx.doc.norm;
  // Year: in the award phrase, else the last one earlier in the sentence, else a parenthesis right
  // after it, else the section's opening year, else 今年/去年 against the document date.
  const upto = norm.slice(s.start, end);
  const years = findYears(upto).filter((y) => !isDeadlineYear(upto, y.start, y.end) && !/^\s*\d{1,2}\s*月\s*\d{1,2}\s*日.*截至/.test(upto.slice(y.end)));
  const year = years.length ? years[years.length - 1] : null;
  const after = findParenYears(norm.slice(end, Math.min(s.end, end + 40))).find((p) => p.start <= 1);
  let yearValue = after ? after.years[after.years.length - 1] : year?.year ?? null;
  const yearLabel = after ? after.label : year?.label ?? null;
  if (yearValue == null) yearValue = ctx.sectionYears[para] ?? null;
  if (yearValue == null && ctx.doc.year != null) {
    const before = norm.slice(s.start, end);
    if (/今年|本年度/.test(before)) yearValue = ctx.doc.year;
    else if (/去年|上年度/.test(before)) yearValue = ctx.doc.year - 1;
  }
  // Edition: 第N届/首批 in the words before the award, else one given to the same award earlier in the sentence.
  let edition = findEditions(lead).pop()?.edition ?? null;
  if (edition == null) {
    const earlier = norm.slice(s.start, start);
    const base = m.award.replace(/^.*?(省长|市长|区长|县长|中国)/, "$1");
    const re = /第\s*([0-9零〇一二两三四五六七八九十百]+)\s*届([^，,。；;]{0,12})/g;
    for (const e of earlier.matchAll(re)) if (e[2].includes(base) || m.award.endsWith(e[2].replace(/\s/g, ""))) edition = cnNumber(e[1]);
  }
  if (yearValue == null && ctx.reviewYear != null) yearValue = ctx.reviewYear;
  if (yearValue == null && edition != null && ctx.dateYear != null) yearValue = ctx.dateYear;
  return { award: m.award, level: m.level, region: m.region, tier: m.tier, category: m.category, edition, year: yearValue, yearLabel, proposed: proposed || ctx.proposed };
}

/** The organisation a sentence opens with (its subject), or null. */
function sentenceSubject(ctx: AwardContext, s: Span): Recipient | null {
  const text = s.text.replace(LEAD, "");
  const offset = s.text.length - text.length;
  // Full names the document writes, longest first.
  let best: string | null = null;
  for (const f of [...ctx.fullNames, ...ctx.declared.map((d) => d.short)]) if (text.startsWith(f) && (!best || f.length > best.length)) best = f;
  if (best) return classify(resolveShortName(best, ctx.fullNames, ctx.declared) ?? best, ctx, "any");
  // Else the leading name-like tokens (中盐金坛主要从事… → 中盐金坛).
  const start = s.start + offset;
  const toks = ctx.doc.tokens.filter((t) => t.start >= start && t.end <= s.end);
  let end = start;
  for (const t of toks) {
    if (!/^(?:ns|nz|nt|nr|nrt|x|j|n|eng)$/.test(t.tag) || !/^[\u4e00-\u9fffA-Za-z0-9]+$/.test(t.word)) break;
    end = t.end;
    if (end - start >= 4 && /^(?:x|j|n|nz|nt)$/.test(t.tag)) break;
  }
  const name = ctx.doc.norm.slice(start, end);
  return name.length >= 3 ? classify(name, ctx, "any") : null;
}

/**
 * The recipients written before a verb in the same clause. Returns null when that text is not a list
 * of names (an aggregate count, a description), [] when the clause has no subject of its own.
 */
function recipientsBefore(
  ctx: AwardContext, s: Span, verbAt: number, floor = 0,
): { list: Recipient[]; start: number; stated?: number | null; respectively?: boolean; etc?: boolean } | null {
  const text = s.text.slice(0, verbAt);
  let cs = text.length;
  while (cs > floor && !breaksAt(text, cs - 1)) cs--;
  let pre = text.slice(cs).replace(/\((?:以下|下文|下)?简?称[^()]*\)|\(原[^()]*\)/g, "");
  const lead = LEAD.exec(pre)?.[0].length ?? 0;
  pre = pre.slice(lead);
  let start = cs + lead;
  // "A、B分别获得X和Y": the i-th name goes with the i-th award.
  const respectively = /分别[\u4e00-\u9fff]{0,2}$|分$/.test(pre);
  pre = pre.replace(TRAIL, "");
  if (!pre && cs > floor) {
    const prev = previousClauseNames(ctx, s, text, cs - 1, floor);
    if (prev) return { ...prev, respectively };
  }
  if (!pre || MANNER.test(pre)) {
    const subject = cs === 0 && pre ? null : sentenceSubject(ctx, s);
    return subject ? { list: [subject], start: 0 } : null;
  }
  // "A、B、C等3家企业获得…": the names, and a total to check them against.
  const etc = /等\s*(\d+|[一二两三四五六七八九十]+)?\s*(?:家|个|名|位)?(?:企业|单位|组织|个人|同志)?$/.exec(pre);
  let stated: number | null = null;
  if (etc && etc.index > 0) {
    stated = etc[1] ? cnNumber(etc[1]) : null;
    pre = pre.slice(0, etc.index);
  }
  if (AGGREGATE.test(pre)) return null;
  const list = namesIn(ctx, s, s.start + start, pre, "any");
  if (!list) return null;
  return { list, start, stated, respectively, etc: !!(etc && etc.index > 0) };
}

/** "A和B脱颖而出，分获…": the names a clause before the verb's own (empty) clause consists of. */
function previousClauseNames(ctx: AwardContext, s: Span, text: string, end: number, floor: number): { list: Recipient[]; start: number } | null {
  let cs = end;
  while (cs > floor && !breaksAt(text, cs - 1)) cs--;
  let pre = text.slice(cs, end);
  const lead = LEAD.exec(pre)?.[0].length ?? 0;
  pre = pre.slice(lead).replace(STANDOUT, "");
  if (!pre || AGGREGATE.test(pre) || MANNER.test(pre)) return null;
  const list = namesIn(ctx, s, s.start + cs + lead, pre, "resolved");
  return list?.length ? { list, start: cs + lead } : null;
}

/** Names in an enumeration: A、B和C / A与B. Whole strings first (project names contain 及/和). */
function namesIn(ctx: AwardContext, s: Span, at: number, text: string, shortMode: ShortMode, personal = false): Recipient[] | null {
  // Whole string first: project names contain 及/和; a company name followed by 和 is two names.
  const one = joinsTwoNames(text) ? null : single(ctx, s, at, text, shortMode, personal);
  if (one) return [one];
  const out: Recipient[] = [];
  for (const part of text.split(/[、，,]/)) {
    const r = joinsTwoNames(part) ? null : single(ctx, s, at, part, shortMode, personal);
    if (r) {
      out.push(r);
      continue;
    }
    const sub = part.split(/以及|和|与|及/);
    if (sub.length < 2) return out.length ? null : trimmed(ctx, at, text);
    for (const p of sub) {
      const x = single(ctx, s, at, p, shortMode, personal);
      if (!x) return null;
      out.push(x);
    }
  }
  return out.length ? out : null;
}

/**
 * "A等7家" names one representative of seven: not a disagreement. Several names that fall short of
 * the total ("A、B等3家") or more names than it are.
 */
function disagrees(stated: number | null, named: number): boolean {
  return stated != null && (named > stated || (named >= 2 && named < stated));
}

/** "A有限公司和B有限公司": a company name followed by 和/与/及 and more (project names excepted). */
function joinsTwoNames(text: string): boolean {
  return /(?:公司|集团|院|所|中心|医院|学校|大学|厂)(?:和|与|及|以及)[\u4e00-\u9fff]/.test(text) && !/(?:工程|项目)$/.test(text);
}

/** A clause whose leading words are not part of the name: keep the organisation name at its end. */
function trimmed(ctx: AwardContext, at: number, text: string): Recipient[] | null {
  const ends = [...text.matchAll(STRONG_SUFFIX)];
  const last = ends[ends.length - 1];
  if (!last || last.index! + last[0].length !== text.length) return null;
  const start = nameStartBefore(ctx.doc, at + last.index!);
  const name = cleanName(ctx.doc.norm.slice(start, at + text.length));
  return isOrgName(name) ? [{ name, type: "organization", affiliation: null, role: null }] : null;
}

/** `personal`: the text says the names are of persons ("A等2名个人"), so a bare name is a person. */
function single(ctx: AwardContext, s: Span, _at: number, raw: string, shortMode: ShortMode, personal = false): Recipient | null {
  let text = cleanName(raw.replace(/\((?:以下|下文|下)?简?称[^()]*\)|\(原[^()]*\)/g, ""));
  // "吴中区的某某有限公司", "我市的某某有限公司": the name is what follows 的.
  const de = text.lastIndexOf("的");
  if (de > 0 && isOrgName(text.slice(de + 1))) text = text.slice(de + 1);
  if (!text) return null;
  if (personal && isPersonName(text)) return { name: text, type: "person", affiliation: null, role: null };
  const comrade = /^([\u4e00-\u9fff]{2,4})同志$/.exec(text);
  if (comrade && isPersonName(comrade[1])) return { name: comrade[1], type: "person", affiliation: null, role: null };
  const person = parsePerson(text);
  if (person) return { name: person.name, type: "person", affiliation: person.affiliation, role: person.role };
  // "某某有限公司的“某某”商标": a brand and its owner.
  const owned = /^(.+?)的“([^“”]{1,12})”(?:商标|品牌)$/.exec(raw.trim());
  if (owned && isOrgName(cleanName(owned[1]))) return { name: cleanName(owned[2]), type: "brand", affiliation: cleanName(owned[1]), role: null };
  const brand = /^(.{1,12}?)(?:商标|品牌|牌)$/.exec(raw.trim());
  if (brand && /^“.+”$/.test(brand[1].trim())) {
    const owner = sentenceSubject(ctx, s);
    return { name: cleanName(brand[1]), type: "brand", affiliation: owner?.type === "organization" ? owner.name : null, role: null };
  }
  // "某集团有限公司承建的某某工程": the project is the recipient, not its builder.
  const built = /^.+?(?:承建|建设|施工|设计|监理|参建|投资)的(.+(?:工程|项目))$/.exec(text);
  if (built) return classify(built[1], ctx, "none");
  const pronoun = REGION_PRONOUN.exec(text);
  if (pronoun) {
    const r = pronounRegion(pronoun[1], ctx);
    return r ? { name: r, type: "region", affiliation: null, role: null } : null;
  }
  const region = ctx.index.lookup(text);
  if (region.length) return { name: region.find((e) => e.province === ctx.regions.province?.name)?.name ?? region[0].name, type: "region", affiliation: null, role: null };
  return classify(text, ctx, shortMode);
}

export function pronounRegion(level: string, ctx: AwardContext): string | null {
  const { province, city, local } = ctx.regions;
  if (level === "省") return province?.name ?? null;
  if (level === "市") return (local?.name.endsWith("市") ? local.name : city?.name) ?? null;
  return local?.name ?? null;
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
    const bare = !phrase.trim() && (/^(?:获奖|入选|获评|荣获|获此殊荣)$/.test(verb) || new RegExp(`^${LISTED}$`).test(verb));
    if (!awards.length) awards = tierOnly(ctx, s, v.index!, vEnd, phrase, bare);
    if (!awards.length) {
      awards = unquotedHonours(ctx, s, v.index!, vEnd, phrase, verb, issuer);
      regionHonour = awards.length > 0;
    }
    if (!awards.length) continue;
    let who = recipientsBefore(ctx, s, v.index!, ownFloor);
    if (regionHonour && !who?.list.length && ctx.regions.self) {
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
        const first = /(?:成为|是|系|作为)[\u4e00-\u9fff]{0,8}(?:首家|第一家|唯一一家|唯一|又一家|第[一二三四五六七八九十\d]+家)$/.test(s.text.slice(0, v.index!));
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
          out.facts.push(makeFact(ctx, r, { ...info, year }, evidence(ctx, s.start + who.start, s.start + a.end)));
        }
      }
    }
    if (disagrees(who.stated ?? null, who.list.length)) {
      out.warnings.push({ doc: ctx.doc.record.id, code: "count_mismatch", message: `${who.stated} announced, ${who.list.length} named`, evidence: evidence(ctx, s.start, s.end) });
    }
    countCheck(ctx, s, vEnd, awards, out);
  }
}

/** "A荣获某省政府质量奖，B获得提名奖": a tier alone refers to the award named earlier in the sentence. */
function tierOnly(ctx: AwardContext, s: Span, verbAt: number, vEnd: number, phrase: string, bare = false): Found[] {
  // Also "…名单公布，A公司获此殊荣": 此殊荣 is the award named earlier in the same sentence.
  // "…名单揭晓，A、B获奖": 获奖 on its own refers back the same way.
  const t = bare ? ["", "此奖"] : /^\s*(?:了)?(提名奖|金奖|银奖|铜奖|鼓励奖|优秀奖|(?:此|该|这一|这项)(?:殊荣|荣誉|奖项|称号|奖))\s*$/.exec(phrase);
  if (!t) return [];
  const earlier = findAwardMentions(s.text.slice(0, verbAt), ctx).pop();
  if (!earlier) return [];
  const tier = ({ 提名奖: "nominee", 金奖: "gold", 银奖: "silver", 铜奖: "bronze", 鼓励奖: "other", 优秀奖: "other" } as Record<string, Tier>)[t[1]] ?? earlier.tier;
  const para = paragraphAt(ctx.doc, s.start);
  const info = awardInfo(ctx, s, para, s.start + earlier.start, s.start + earlier.end, s.text.slice(Math.max(0, earlier.start - 8), earlier.start), { ...earlier, tier }, false);
  return [{ info, end: vEnd + phrase.length }];
}

/** Commendations and designations with no quotes (获国务院、省政府…表彰, 被…确定为…示范城市). */
function unquotedHonours(ctx: AwardContext, s: Span, verbAt: number, vEnd: number, phrase: string, verb: string, issuer: string | undefined): Found[] {
  const pre = s.text.slice(0, verbAt).replace(/^.*(?:[，,；;：:]|——)/, "").replace(LEAD, "");
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

/** "授予A、B、C等3家企业2021年度某市市长质量奖": recipients after the verb, award after them. */
function grantFacts(ctx: AwardContext, s: Span, out: ProseResult) {
  for (const g of s.text.matchAll(GRANT)) {
    const gEnd = g.index! + g[0].length;
    let ce = gEnd;
    while (ce < s.text.length && !/[，,；;。！？]/.test(s.text[ce])) ce++;
    const rest = s.text.slice(gEnd, ce);
    const mentions = findAwardMentions(rest, ctx);
    const quote = rest.indexOf("“");
    let awardAt = mentions[0]?.start ?? -1;
    if (quote >= 0 && (awardAt < 0 || quote < awardAt)) awardAt = quote;
    if (awardAt <= 0) continue;
    let names = rest.slice(0, awardAt);
    let stated: number | null = null;
    let summarised = "";
    // "A、B等3家企业", "A等3家组织和B同志": a total summarises the names written before it.
    // Also without 等: "A、B2家组织和C、D2名个人".
    names = names.replace(/(?:等\s*(\d+|[一二两三四五六七八九十]+)?\s*(?:家|个|名|位|项)?(?:企业|单位|组织|个人)?|(\d+|[两二三四五六七八九十]+)\s*(?:家|个|名|位|项)(?:企业|单位|组织|个人|同志))(?=\s*(?:和|及|、|(?:19|20)\d{2}|第|$))/g, (_a, n1: string | undefined, n2: string | undefined, at: number, all: string) => {
      const n = n1 ?? n2;
      if (n && stated == null) {
        stated = cnNumber(n);
        summarised = all.slice(0, at);
      }
      return "";
    });
    names = names.replace(/(?:(?:19|20)\d{2}\s*年度?|第\s*\S{1,3}\s*届)\s*$/, "");
    const personal = /等\s*(?:\d+|[一二两三四五六七八九十]+)?\s*(?:名|位)(?:个人|同志)?|等(?:个人|同志)|(?:\d+|[两二三四五六七八九十]+)\s*(?:名|位)(?:个人|同志)/.test(rest.slice(0, awardAt));
    const list = namesIn(ctx, s, s.start + gEnd, names, "any", personal);
    if (!list?.length) continue;
    const awards = awardsIn(ctx, s, gEnd + awardAt - (rest.slice(0, awardAt).length - rest.slice(0, awardAt).trimEnd().length), s.text.slice(gEnd + awardAt, ce), !!g[1]);
    // Years/editions written between the names and the award belong to the award.
    for (const a of awards) {
      const between = rest.slice(names.length, awardAt);
      const y = findYears(between).pop();
      const e = findEditions(between).pop();
      const info = { ...a.info, year: y ? y.year : a.info.year, yearLabel: y ? y.label : a.info.yearLabel, edition: e ? e.edition : a.info.edition };
      for (const r of list) out.facts.push(makeFact(ctx, r, info, evidence(ctx, s.start + g.index!, s.start + a.end)));
    }
    const counted = summarised ? namesIn(ctx, s, s.start + gEnd, summarised, "any")?.length ?? list.length : list.length;
    if (disagrees(stated, counted)) {
      out.warnings.push({ doc: ctx.doc.record.id, code: "count_mismatch", message: `${stated} announced, ${counted} named`, evidence: evidence(ctx, s.start, s.end) });
    }
  }
}

/**
 * "个人奖由某公司董事长张某获得": a section of the award the previous sentence named (its year and
 * edition too), and who received it.
 */
function elidedAwardFacts(ctx: AwardContext, s: Span, previous: { s: Span; m: AwardMention } | null, out: ProseResult) {
  const m = /^(?:其中[，,]?)?(个人奖|组织奖|提名奖|个人提名奖|组织提名奖)(?:则)?由([^，,。；;]+?)(?:共同|分别)?(?:获得|摘得|捧得|夺得|斩获|荣获)/.exec(s.text.replace(LEAD, ""));
  if (!m || !previous) return;
  const lead = s.text.length - s.text.replace(LEAD, "").length;
  const list = namesIn(ctx, s, s.start + lead + m[0].indexOf(m[2]), m[2], "resolved", /个人/.test(m[1]));
  if (!list?.length) return;
  const p = previous;
  const tier: Tier = /提名/.test(m[1]) ? "nominee" : "winner";
  const info = awardInfo(ctx, p.s, paragraphAt(ctx.doc, p.s.start), p.s.start + p.m.start, p.s.start + p.m.end, p.s.text.slice(0, p.m.start).slice(-12), { ...p.m, tier }, false);
  info.category = /个人/.test(m[1]) ? "个人" : /组织/.test(m[1]) ? "组织" : info.category;
  for (const r of list) out.facts.push(makeFact(ctx, r, info, evidence(ctx, s.start + lead, s.start + lead + m[0].length)));
}

/** "“省长质量奖获奖企业”——X公司", "市长质量奖获奖单位为A、B": the award, then who won it. */
function appositionFacts(ctx: AwardContext, s: Span, out: ProseResult) {
  for (const m of findAwardMentions(s.text, ctx)) {
    const passive = /^[”"]?\s*(?:称号)?\s*由\s*([^，,。；;]+?)\s*(?:共同)?(?:获得|摘得|捧得|夺得|斩获|荣获)/.exec(s.text.slice(m.end));
    if (passive) {
      const list = namesIn(ctx, s, s.start + m.end, passive[1], "resolved");
      const info = awardInfo(ctx, s, paragraphAt(ctx.doc, s.start), s.start + m.start, s.start + m.end, s.text.slice(0, m.start).slice(-12), m, false);
      for (const r of list ?? []) out.facts.push(makeFact(ctx, r, info, evidence(ctx, s.start + m.start, s.start + m.end + passive[0].length)));
      continue;
    }
    let tail = /^[”"]?\s*(?:的)?(?:获奖|获得)?(?:企业|单位|组织|者|个人)(?:名单)?[”"]?\s*(?:——|—|(?:分别|依次)?(?:为|是)|有|包括|:|：)\s*[:：]?\s*/.exec(s.text.slice(m.end));
    // "共有3家企业获得某市政府质量奖，分别为A、B和C": a count with the verb, the names in the next clause.
    const counted = /(?:\d+|[一二两三四五六七八九十]+)\s*(?:家|个|名|位)[\u4e00-\u9fff]{0,4}(?:获得|荣获|获评|获)[^，,。；;]{0,12}$/.test(s.text.slice(0, m.start));
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
      const r = single(ctx, s, s.start + from, part, "resolved") ?? (named ? single(ctx, s, s.start + from, part.slice(0, named.index! + named[0].length), "none") : null);
      if (!r || r.type === "region") break;
      list.push(r);
    }
    if (!list.length) continue;
    const info = awardInfo(ctx, s, paragraphAt(ctx.doc, s.start), s.start + m.start, s.start + m.end, s.text.slice(0, m.start).slice(-12), m, false);
    for (const r of list) out.facts.push(makeFact(ctx, r, info, evidence(ctx, s.start + Math.max(0, m.start - (s.text[m.start - 1] === "“" ? 1 : 0)), s.start + ce)));
  }
}

/** "X公司…,作为省级智能制造示范车间和国家级“绿色工厂”,…": designations the subject holds. */
function designationFacts(ctx: AwardContext, s: Span, out: ProseResult) {
  for (const d of s.text.matchAll(/作为([^，,。；;]{4,60})/g)) {
    const subject = sentenceSubject(ctx, s);
    if (!subject || subject.type !== "organization") continue;
    for (const piece of d[1].split(/和|、|及/)) {
      const q = /^(.*?)“([^“”]+)”$/.exec(piece.trim());
      const [prefix, title] = q ? [q[1], q[2]] : ["", piece.trim()];
      const levelled = /^(?:省|市|国家|全国|中国|国家级|省级|市级)/.test(prefix + title) || ctx.index.lookup((prefix + title).slice(0, 2)).length > 0 || /[级部]$|的$/.test(prefix.replace(/评定的$|认定的$|命名的$/, "级"));
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
  out.facts.push(makeFact(ctx, { name: g.recipient, type: "region", affiliation: null, role: null }, info, evidence(ctx, s.start, s.start + g.end)));
}

/** "…获得2021年某省省长质量奖,累计6家企业获此荣誉": the stated total against the recipients the document names. */
function countCheck(ctx: AwardContext, s: Span, from: number, awards: Found[], out: ProseResult) {
  const m = /累计(?:有)?\s*(\d+|[一二两三四五六七八九十]+)\s*(?:家|个)(?:企业|单位)?获(?:此|该)(?:荣誉|殊荣|奖项|称号)/.exec(s.text.slice(from));
  if (!m || !awards.length) return;
  const award = awards[0].info;
  out.totals.push({ award: award.award, tier: award.tier, stated: cnNumber(m[1]), evidence: evidence(ctx, s.start, s.end) });
}
