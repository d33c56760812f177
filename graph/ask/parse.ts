// Question → typed query: names from the lexicon (longest first), then patterns for time,
// tiers, recipient kinds, counts and question words on what is left. Pure: no backend calls.
import { regionWithin } from "../regions.js";
import type { Level, RecipientType, RegionRecord, Tier } from "../types.js";
import { findMentions, type Lexicon, type Mention } from "./lexicon.js";
import { matchKey, normalizeQuestion } from "./normalize.js";
import type { AskForm, AwardSlot, EntitySlot, Intent, ParsedQuestion } from "./query.js";
import { organisationsFor } from "./short-names.js";
import { coverage } from "./similarity.js";
import { subListWord } from "./sub-list.js";
import { parseTime } from "./time.js";
import {
  ALL_TIERS,
  AWARD_SYNONYMS,
  DEFAULT_TIERS,
  FORMAL_TIERS,
  GENERIC_AWARD,
  GRADES,
  LEVEL_HEAD,
  STATUS_WORDS,
  SUB_AWARD_WORD,
  TIER_WORDS,
} from "./vocabulary.js";

export { ALL_TIERS, DEFAULT_TIERS };

// Marks a removed name or time expression in `rest`, so words on either side do not join up.
const GAP = "|";

const INCLUSIVE_AFTER = new RegExp(`^\\(?${TIER_WORDS.inclusive.source}`);
const FORMAL_AFTER = new RegExp(`^\\(?[^)|]{0,6}(${TIER_WORDS.formal.source})`);
// A grade right after the name, or after a category label (经济类银奖).
const GRADE_AFTER = GRADES.map(([word, tier]) => [new RegExp(`^([^|?？奖]{1,4}类)?${word}`), tier] as const);

/** What the words right after an award name say about its tier (提名奖, (含提名奖), 正式奖, 金奖). */
function tierAfter(after: string): Tier[] | null {
  if (INCLUSIVE_AFTER.test(after)) return ALL_TIERS;
  if (FORMAL_AFTER.test(after)) return FORMAL_TIERS;
  if (/^(的)?提名/.test(after)) return ["nominee"];
  for (const [re, tier] of GRADE_AFTER) if (re.test(after)) return [tier];
  return null;
}

function recipientTypes(rest: string): RecipientType[] | null {
  const out = new Set<RecipientType>();
  const both = /(单位|企业|组织|公司)[^|]{0,3}(和|及|与|或|、|含|包括)个人|个人(和|及|与|或|、)(单位|企业|组织)/.test(rest);
  if (both) {
    out.add("organization");
    out.add("person");
  }
  if (/企业|公司|单位|组织|机构|哪家|几家|多少家/.test(rest)) out.add("organization");
  if (/个人|哪位|几位|多少位|几名个人|哪些人/.test(rest)) out.add("person");
  if (/工程|项目/.test(rest)) out.add("project");
  if (/品牌|商标/.test(rest)) out.add("brand");
  if (/城市|地区|区县|县区|哪个区|哪个市|哪些市|哪些区/.test(rest)) out.add("region");
  return out.size ? [...out] : null;
}

/** 国家级/省级/市级/区级 before an honour word: the level of award asked for. */
function levelOf(rest: string): Level | null {
  const m = /(国家级|国家层面|全国性|省级|省部级|市级|地市级|区级|县级)(的)?(质量奖|奖项|荣誉|奖|称号|表彰|认证)/.exec(rest);
  if (!m) return null;
  if (/国家|全国/.test(m[1])) return "national";
  if (/省/.test(m[1])) return "provincial";
  if (/市/.test(m[1])) return "municipal";
  return m[1] === "县级" ? "county" : "district";
}

function askForm(text: string): AskForm {
  const clauses = text.split(/[?？。!！;；]/).filter((c) => c.trim());
  const first = clauseForm(clauses.length ? clauses : [text]);
  // 有个人获奖者吗?都是谁?: a yes/no clause followed by one asking for names asks for the names.
  if (
    first === "bool" &&
    clauses.length > 1 &&
    clauseForm(clauses.slice(1)) === "list" &&
    /谁|哪些|哪几|哪家|名单/.test(clauses.slice(1).join(""))
  )
    return "list";
  return first;
}

function clauseForm(clauses: string[]): AskForm {
  // The first clause with a question word decides (…目标? 实际达到了吗? is a list question).
  for (const c of clauses) {
    if (/哪一届|第几届|哪届|哪一批|第几批/.test(c)) return "edition";
    if (/哪一年|哪年|哪一年份|什么时候|何时|什么年份|年份是/.test(c)) return "year";
    if (/哪些|哪家|哪个|哪几|哪位|什么|谁/.test(c)) return "list";
    // 名单/列出 ask for names unless the clause counts them (提名奖名单共有几家?).
    if (/几|多少|数量|总数是|是多大/.test(c)) return /是多少|为多少|多少[%％]|率/.test(c) ? "value" : "count";
    if (/吗|么|嘛|是否|有没有|是不是|能否|可否/.test(c)) return "bool";
    if (/名单|列出|有何/.test(c)) return "list";
    // A question that is only the figure's name (某省食品抽检合格率?, …的目标?) asks for its value.
    if (/(目标|率|指数|比重|占比|得分|分数|总数|数值|总值|产值|金额)$/.test(c.trim())) return "value";
  }
  return "list";
}

export interface ParseContext {
  lexicon: Lexicon;
  /** Newest year in the graph, what 近三年 and 今年 are counted from. */
  newestYear: number | null;
}

/** The question as the parser reads it: normalised, award synonyms in their usual form. */
export function questionText(question: string): string {
  let text = normalizeQuestion(question);
  for (const [word, canonical] of AWARD_SYNONYMS) text = text.replace(word, canonical);
  return text;
}

export function parseQuestion(question: string, ctx: ParseContext): ParsedQuestion {
  const text = questionText(question);
  const key = matchKey(text);
  const time = parseTime(key, ctx.newestYear);
  const inTime = (m: { start: number; end: number }) => time.spans.some((s) => m.start < s.end && m.end > s.start);
  const mentions = findMentions(ctx.lexicon, key).filter((m) => !inTime(m));

  // `rest`: the key with names and time blanked out, for question words and recipient kinds.
  // Offsets are UTF-16 units throughout (the spans, the lexicon), so a surrogate pair is two.
  let rest = "";
  const blank = new Array<boolean>(key.length).fill(false);
  for (const m of [...mentions, ...time.spans]) for (let i = m.start; i < m.end; i++) blank[i] = true;
  for (let i = 0; i < key.length; i++) rest += blank[i] ? (i > 0 && blank[i - 1] ? "" : GAP) : key[i];

  const awards: AwardSlot[] = [];
  const entities: EntitySlot[] = [];
  const ambiguous: EntitySlot[] = [];
  const regions: string[] = [];
  const policies: string[] = [];
  for (const [i, m] of mentions.entries()) {
    const next = mentions[i + 1];
    if (m.kind === "region" && next?.kind === "award" && next.start === m.end && regionalised(next, m.names[0], ctx.lexicon)) {
      // 株洲市 + 市长质量奖 is one name, 株洲市市长质量奖: the region belongs to the award.
      continue;
    }
    if (m.kind === "award") {
      const prev = mentions[i - 1];
      const slot = awardSlot(m, key, time.spans);
      if (prev?.kind === "region" && prev.end === m.start && regionalised(m, prev.names[0], ctx.lexicon)) {
        const region = ctx.lexicon.regions.find((r) => r.name === prev.names[0]);
        const own = m.names.filter((a) => a.startsWith(prev.names[0]));
        // An award of that region the graph does not have stays named, so the answer is honestly empty.
        slot.awards = own.length ? own : [`${region?.name ?? prev.names[0]}${m.surface}`];
        slot.surface = prev.surface + m.surface;
      } else if (prev?.end !== m.start && LEVEL_HEAD[key[m.start - 1]] && /^(人民)?政府/.test(m.surface)) {
        // 市政府质量奖 / 省政府质量奖 with no place: every award of that level of government.
        const level = LEVEL_HEAD[key[m.start - 1]];
        const ofLevel = slot.awards.filter((a) => issuerLevel(a, ctx.lexicon) === level);
        if (ofLevel.length) {
          slot.awards = ofLevel;
          slot.surface = key[m.start - 1] + m.surface;
        }
      }
      awards.push(slot);
    } else if (m.kind === "region") {
      // 某地 + 质量奖 with no such award in the graph (its totals may still be stated): the
      // place's award, named as written, not a place filter on every 质量奖.
      const own = /^质量(管理)?奖/.exec(key.slice(m.end));
      if (own && !(next?.kind === "award" && next.start === m.end) && !inTime({ start: m.end, end: m.end + own[0].length })) {
        awards.push({
          surface: m.surface + own[0],
          awards: [],
          tiers: tierAfter(key.slice(m.end + own[0].length, m.end + own[0].length + 12)),
          year: null,
          edition: null,
        });
        continue;
      }
      for (const n of m.names) if (!regions.includes(n)) regions.push(n);
    } else if (m.kind === "policy") {
      for (const n of m.names) if (!policies.includes(n)) policies.push(n);
    } else {
      const slot: EntitySlot = { surface: m.surface, kind: m.kind, names: m.names };
      if (m.names.length > 1) ambiguous.push(slot);
      else if (!entities.some((e) => e.names[0] === m.names[0])) entities.push(slot);
    }
  }
  for (const slot of awards) localiseAward(slot, regions, ctx.lexicon);
  const unknownAwards: string[] = [];
  rest = awardsBySuffix(rest, awards, ctx.lexicon, unknownAwards);
  includeSubAwards(key, awards, ctx.lexicon);
  // A title in 《》 that is not exactly a known policy: the closest known title, if close.
  if (policies.length === 0) {
    for (const m of text.matchAll(/《([^》]{2,80})》/g)) {
      const want = matchKey(m[1]);
      let best: { title: string; score: number } | null = null;
      for (const [i, title] of ctx.lexicon.policies.entries()) {
        const k = ctx.lexicon.policyKeys[i];
        const score = Math.min(coverage(k, want), coverage(want, k));
        if (score >= 0.7 && (!best || score > best.score)) best = { title, score };
      }
      if (best) policies.push(best.title);
    }
  }

  let tiers: Tier[] | null = null;
  if (/正式奖|不含提名|不是提名|非提名/.test(rest)) tiers = FORMAL_TIERS;
  else if (/含提名|包括提名/.test(rest)) tiers = ALL_TIERS;
  // 获奖企业和提名奖企业一共有几家: winners and nominees together.
  else if (
    /(获奖|获得者|正式奖)[^|?？]{0,6}(和|及|与|以及|、|加上?)[^|?？]{0,2}提名|提名[^|?？]{0,6}(和|及|与|以及|、|加上?)[^|?？]{0,2}(获奖|正式奖)/.test(
      rest,
    )
  )
    tiers = ALL_TIERS;
  else if (/提名/.test(rest) && !awards.some((a) => a.tiers)) tiers = ["nominee"];

  const form = askForm(text);
  const numbers = [...key.matchAll(/(\d+(?:\.\d+)?)\s*(%|个|家|项|件|批次|倍|万|亿|天|次|名)/g)].map((m) => Number(m[1]));
  const rawHint =
    /哪些([^|?？]{1,12}?)的?目标/.exec(rest)?.[1] ?? /(?:设定|提出|确定|制定|规定|设置)了?([^|?？]{2,30}?)的?目标/.exec(key)?.[1] ?? null;
  // Question words and a year beside the metric (设定了哪些2035年的目标) are not part of it.
  const metricHint =
    rawHint
      ?.replace(/^(的|哪些|什么|哪几[个项]|各项|各类)+/, "")
      .replace(/(到)?\d{4}年(底|末)?(的)?/g, "")
      .replace(/^的|的$/g, "") || null;

  // 从第三届后的12家增加到多少家: the 12 (and the round it is dated by) describe the old figure.
  const growth = /从[^|?？]{0,12}?(\d+(?:\.\d+)?)[^|?？\d]{0,3}(增加|增长|提高|上升|提升|发展|扩大)到?了?(多少|几)/.exec(key);
  const fromValue = growth ? Number(growth[1]) : null;
  const { refs: policyRefs, asked: askedPolicyType } = policyWords(rest, regions.length > 0);
  const personAffiliation =
    /(个人|获奖者|获得者)[^|?？]{0,6}(是|来自|属于|在)?(哪家|哪个|什么|哪一家)(企业|公司|单位)|(个人|获奖者|获得者)[^|?？]{0,6}所在(的)?(单位|企业|公司)/.test(
      rest,
    );
  const q: ParsedQuestion = {
    text,
    key,
    intent: "unknown",
    form,
    entities,
    awards,
    qualityAwardsOnly: /质量奖/.test(rest),
    tiers,
    regions,
    recipientTypes: personAffiliation ? ["person"] : recipientTypes(rest),
    personAffiliation,
    level: levelOf(rest),
    year: time.year,
    yearFrom: time.yearFrom,
    yearTo: time.yearTo,
    edition: fromValue != null ? null : time.edition,
    editions: fromValue != null ? [] : time.editions,
    fromValue,
    timeNotes: time.notes,
    policies,
    policyRefs: policies.length ? [] : policyRefs,
    askedPolicyType,
    numbers,
    sum: /合计|一共|总共|共计|加起来|总计/.test(rest) && regions.length > 1,
    metricHint: metricHint && metricHint.length >= 2 ? metricHint : null,
    rest,
    ambiguous,
    status: STATUS_WORDS.proposed.test(rest) ? "proposed" : STATUS_WORDS.formal.test(rest) ? "formal" : null,
    affiliates:
      entities.some((e) => e.kind === "organization") &&
      /董事长|总经理|总裁|总工程师|首席质量官|质量官|厂长|院长|书记|负责人|法定代表人|员工|职工|个人|人员/.test(rest),
    subList: subListWord(rest),
    unknownName: entities.length || ambiguous.length ? null : (unknownOrganisation(rest) ?? unknownSubject(rest) ?? unknownPlace(rest)),
  };
  // An award the graph has never heard of (詹天佑奖 when no document names it): say so, answer [].
  if (!q.unknownName && awards.length === 0 && unknownAwards.length) {
    q.unknownName = unknownAwards[0];
    q.unknownAward = true;
  }
  if (q.unknownName) {
    // A fragment or an abbreviation of known names is a name too; with the place written
    // right before it (某市 + 某小学) when that is how the question wrote the name.
    const at = key.indexOf(matchKey(q.unknownName));
    const place = mentions.find((m) => m.kind === "region" && m.end === at);
    const withPlace = place ? organisationsFor(ctx.lexicon, place.surface + q.unknownName) : [];
    const fits = withPlace.length ? withPlace : organisationsFor(ctx.lexicon, q.unknownName);
    const surface = withPlace.length && place ? place.surface + q.unknownName : q.unknownName;
    // What to look up when the lexicon holds no organisations for them yet (answer.ts asks again).
    q.nameLookups = place ? [q.unknownName, place.surface + q.unknownName] : [q.unknownName];
    if (fits.length === 1) q.entities.push({ surface, kind: "organization", names: fits });
    else if (fits.length > 1) q.ambiguous.push({ surface, kind: "organization", names: fits });
    if (fits.length) {
      q.unknownName = null;
      // The place was part of the name, not a scope.
      if (withPlace.length && place) q.regions = q.regions.filter((r) => !place.names.includes(r));
    }
  }
  placeAsNamePart(q, mentions, ctx.lexicon);
  q.asksPeople = q.affiliates && q.entities.length === 1 && /谁|哪位|哪些人|什么人|姓名|名字/.test(q.rest);
  q.intent = chooseIntent(q);
  return q;
}

const LEVEL_OF_HEAD: Record<string, RegionRecord["level"]> = LEVEL_HEAD;

/**
 * A base name (市长质量奖) asked about a place (株洲有几家企业获得过市长质量奖) means that place's
 * own award: keep the awards whose region contains the place; if the graph has none, name the
 * place's award (株洲市市长质量奖) so the answer is honestly empty rather than another city's.
 */
function localiseAward(slot: AwardSlot, regions: string[], lex: Lexicon): void {
  if (!regions.length || !slot.awards.some((a) => a !== slot.surface) || slot.awards.includes(slot.surface)) return;
  if (!/^([省市区县]长|政府|人民政府)/.test(slot.surface)) return;
  const own = slot.awards.filter((a) =>
    regions.some((r) => lex.regions.some((ar) => a.startsWith(ar.name) && regionWithin(lex.regions, r, ar.name))),
  );
  if (own.length) {
    slot.awards = own;
    return;
  }
  const level = LEVEL_OF_HEAD[slot.surface[0]];
  const home = regions
    .map((r) => {
      for (let n: string | null | undefined = r, i = 0; n && i < 8; i++) {
        const rec = lex.regions.find((x) => x.name === n);
        if (!rec) return null;
        if (!level || rec.level === level) return rec.name;
        n = rec.parent;
      }
      return null;
    })
    .find((x) => x);
  if (home) slot.awards = [home + slot.surface];
}

/** The level of the government issuing an award, from the place its name starts with. */
function issuerLevel(award: string, lex: Lexicon): RegionRecord["level"] | null {
  return lex.regions.filter((r) => award.startsWith(r.name)).sort((a, b) => b.name.length - a.name.length)[0]?.level ?? null;
}

/** Is this award mention a base name (市长质量奖) that a region written right before it completes? */
function regionalised(award: Mention, region: string, lex: Lexicon): boolean {
  if (!/^[省市区县]长|^政府|^人民政府|^质量奖/.test(award.surface)) return false;
  return award.names.some((a) => a !== award.surface) && lex.regions.some((r) => r.name === region && r.level !== "country");
}

function awardSlot(m: Mention, key: string, spans: Array<{ start: number; end: number; year?: number; edition?: number }>): AwardSlot {
  // A year or edition written right before the award (2019年宜昌市市长质量奖, 第三届…) belongs to it.
  const before = spans.filter((s) => s.end === m.start || (s.end === m.start - 1 && key[s.end] === "的"));
  return {
    surface: m.surface,
    awards: m.names,
    tiers: tierAfter(key.slice(m.end, m.end + 12)) ?? (m.tier ? [m.tier] : null),
    year: before.find((s) => s.year != null)?.year ?? null,
    edition: before.find((s) => s.edition != null)?.edition ?? null,
  };
}

const VERB = /(获得|荣获|获评|获|入选|被评为|被认定为|摘得|斩获|拿到|得到|评上|当选)/;
const ADVERBS = /(既|也|都|曾经|曾|先后|均|已经|已|正式|还|是否|有没有|同时|分别|累计|共|一共|总共|还有)+$/;
const NOT_A_NAME =
  /哪|什么|谁|几|多少|企业|单位|组织|个人|工程|项目|品牌|商标|城市|地区|有|的|是|在|和|及|与|年|届|中|里|奖|荣誉|称号|认证|标准|、|,|，/;
const NAME_ENDING = /(公司|集团|厂|研究所|研究院|医院|学校|大学|中心)$/;

/**
 * The subject of "X获得过…" when X is not a name the graph knows: a question about 华为 must
 * not be answered with everyone's awards.
 */
function unknownSubject(rest: string): string | null {
  const v = VERB.exec(rest);
  if (!v) return null;
  const before =
    rest
      .slice(0, v.index)
      .split(/[|?？!！。;；:：]/)
      .pop() ?? "";
  const subject = before.replace(ADVERBS, "").trim();
  if (subject.length < 2 || !/\p{Script=Han}/u.test(subject)) return null;
  if (NAME_ENDING.test(subject) && !/^(哪|什么|几|多少)/.test(subject)) return subject;
  if (NOT_A_NAME.test(subject)) return null;
  // Only a name at the start of the question (after a place, if any) is a subject; elsewhere it
  // is more likely a phrase.
  return /^\|?$/.test(rest.slice(0, v.index - before.length)) ? subject : null;
}

const LEGAL_NAME =
  /(?:^|\|)([\p{Script=Han}()]{2,24}?(?:股份有限公司|有限责任公司|有限公司|集团公司|股份公司|公司|研究所|研究院|医院|小学|中学|大学|学校|工厂))/u;

/** Does this name end in an organisation's legal form (…有限公司, …研究院)? */
export const isFullOrganisationName = (name: string) =>
  /(公司|研究所|研究院|医院|小学|中学|大学|学校|工厂)$/.test(name) && name.length >= 6;

/** A full organisation name (ending in its legal form) the graph does not know, anywhere in the question. */
function unknownOrganisation(rest: string): string | null {
  const m = LEGAL_NAME.exec(rest);
  if (!m || /哪|什么|几|多少|谁|的|获|是|企业|单位|这|那|该|其/.test(m[1].slice(0, -2))) return null;
  return m[1];
}

/**
 * A name that starts with a place's short form (某地云 for 某地云计算有限公司): the place read first
 * leaves a stub before the verb; place and stub together may be an organisation's short name.
 */
function placeAsNamePart(q: ParsedQuestion, mentions: Mention[], lex: Lexicon): void {
  const place = mentions[0];
  if (q.entities.length || q.ambiguous.length || q.unknownName || place?.kind !== "region" || place.start !== 0) return;
  const stub = /^\|([\p{Script=Han}]{1,6}?)(?=获得|荣获|获评|获|是|拿|得过|入选)/u.exec(q.rest)?.[1];
  if (!stub || NOT_A_NAME.test(stub)) return;
  (q.nameLookups ??= []).push(place.surface + stub);
  const fits = organisationsFor(lex, place.surface + stub);
  if (fits.length !== 1) return;
  q.entities.push({ surface: place.surface + stub, kind: "organization", names: fits });
  q.regions = q.regions.filter((r) => !place.names.includes(r));
}

const NOT_A_PLACE =
  /^(这些|那些|这个|那个|请问|文件|文中|图中|其中|所有|全部|全省|全市|全国|全区|全县|目前|现在|今年|去年|前年|近|最近|累计|一共|总共|共有|哪|什么|谁|有|我|你|本|该|各|每|其他|另外|还有|以上|以下|此外|截至|截止)/;

/**
 * A place the graph does not know at the start of the question (北京 in 北京有哪些企业…): without
 * this, the question would be answered for every region, which is a guess.
 */
function unknownPlace(rest: string): string | null {
  const m = /^(\p{Script=Han}{2,6}?)(?=有|的|企业|单位|个人|工程|共|累计|目前|现有|哪|获|荣获|地区|全市|全省|全区)/u.exec(rest);
  if (!m || NOT_A_PLACE.test(m[1]) || /奖|质量|荣誉|称号|认证|标准|品牌|名单|政策|目标|获|评|得/.test(m[1])) return null;
  return m[1];
}

/**
 * Awards named by the end of their name (鲁班奖 for 中国建设工程鲁班奖, 詹天佑奖 …): the shortest
 * ending of a word in 奖 that ends some award in the graph and is not a generic ending.
 * Returns `rest` with those words blanked.
 */
function awardsBySuffix(rest: string, awards: AwardSlot[], lex: Lexicon, unknown: string[]): string {
  // 奖补/奖励/奖金 are money, not an award's name (兑现了多少质量强市奖补资金).
  return rest.replace(/[\p{Script=Han}A-Za-z0-9]{2,16}奖(?![补励金惩])/gu, (word) => {
    // What is left of the word after its last question word or verb is the award's name.
    const name = word.replace(/^.*(获得过|获得|荣获|获评|获|过|的|哪些|什么|多少[次个家项名位]?|几[次个家项名位]?|了|和|或|及|与|、)/, "");
    // A question word left in it (哪个奖, 哪一项奖) asks for an award rather than naming one.
    if (name.length >= 3 && !GENERIC_AWARD.test(name) && !/^[省市区县国]/.test(name) && !/哪|什么|几|多少|啥/.test(name))
      unknown.push(name);
    for (let n = 3; n <= word.length; n++) {
      const suffix = word.slice(-n);
      if (GENERIC_AWARD.test(suffix)) continue;
      const fits = lex.suffixes.get(suffix) ?? [];
      if (fits.length) {
        if (unknown[unknown.length - 1] === name) unknown.pop();
        awards.push({ surface: suffix, awards: fits, tiers: null, year: null, edition: null });
        return word.slice(0, -n) + GAP;
      }
    }
    return word;
  });
}

// Kinds of policy document, longest first so 实施意见 is read before 意见.
const POLICY_WORD =
  /(纲要|实施意见|指导意见|意见|行动计划|行动方案|实施方案|工作方案|方案|管理办法|评选办法|评审办法|办法|决定|规划|条例)/g;
const ASKING = /(哪个|哪份|哪一个|哪一份|哪部|什么|哪些|哪项|哪一)$/;

/**
 * Policies named by kind (某省纲要, 加快建设质量强省的实施意见) and the kind asked for (哪个纲要).
 * A bare 决定/意见 with no words or place before it is a verb or a common noun, not a reference.
 */
function policyWords(rest: string, placeNamed: boolean): { refs: ParsedQuestion["policyRefs"]; asked: string | null } {
  const refs: ParsedQuestion["policyRefs"] = [];
  let asked: string | null = null;
  for (const m of rest.matchAll(POLICY_WORD)) {
    const before = rest.slice(0, m.index);
    if (ASKING.test(before)) {
      asked ??= m[1];
      continue;
    }
    const words = (before.split(/[|?？,，。;；、]/).pop() ?? "").replace(/^(的|对|在|按|按照|根据|依据|为|是)+/, "");
    const atPlace = /\|的?$/.test(before) && placeNamed;
    if (words.length >= 2 || (atPlace && !/^(决定|意见)$/.test(m[1]))) refs.push({ word: m[1], words });
  }
  return { refs, asked };
}

/**
 * 某市质量奖(含创新奖、优胜奖): the separately named awards of the same issuer the brackets name
 * are counted with the main one (某市…质量管理创新奖, 某市…质量管理优胜奖).
 */
function includeSubAwards(key: string, awards: AwardSlot[], lex: Lexicon): void {
  const m = /(含|包括|包含|连同)([^)）|?？]{2,30})/.exec(key);
  const main = awards[0];
  if (!m || !main?.awards.length) return;
  const words = [...m[2].matchAll(SUB_AWARD_WORD)].map((w) => w[1]);
  if (!words.length) return;
  const issuers = uniqueStrings(
    main.awards.map((a) => lex.regions.filter((r) => a.startsWith(r.name)).sort((x, y) => y.name.length - x.name.length)[0]?.name ?? ""),
  );
  const subs = uniqueStrings(words.flatMap((w) => lex.suffixes.get(w) ?? []))
    .filter((a) => issuers.some((r) => r && a.startsWith(r)))
    .sort();
  if (!subs.length) return;
  main.awards = uniqueStrings([...main.awards, ...subs]);
  main.surface = `${main.surface}(含${words.join("、")})`;
  // A sub-award also found on its own (优胜奖 read by its ending) is now part of the main slot.
  for (let i = awards.length - 1; i > 0; i--) if (awards[i].awards.every((a) => subs.includes(a))) awards.splice(i, 1);
}

const uniqueStrings = (xs: string[]) => [...new Set(xs)];

const COMPARE_WHICH = /哪个(省|市|地区|城市|区|县|地方|地)?[^|?？]{0,6}(更|较|最)?(高|低|多|少|大|小)/;
const COMPARE_BOOL = /比[^?？]{0,30}(更|还)?(多|少|高|低|大|小)(吗|么|\?|？|$)/;
const DIFFERENCE = /差(多少|几)|相差|差距(是|有)?多少|高出多少|低了?多少/;

// The question asks which awards (哪些质量奖…, 哪些城市的|某奖|…), not who won them.
const ASKS_AWARDS =
  /(?<!(获得|获|得|拿|评)过?了?)哪些(质量奖|奖项)(?!的?(获奖|企业|单位|组织|个人))|哪些(城市|地方|地区|省份|省市|地市)的\|/;

function chooseIntent(q: ParsedQuestion): Intent {
  if (DIFFERENCE.test(q.rest)) return "difference";
  if (q.form === "list" && !q.entities.length && ASKS_AWARDS.test(q.rest)) return "awards_list";
  // 获奖次数最多的企业, 哪个城市的获奖企业最多: a ranking of award records, not a figure.
  if (
    !q.entities.length &&
    /最(多|少)|排名第一|数量第一/.test(q.rest) &&
    /获奖|获得|次数|荣获|得奖/.test(q.rest) &&
    !/率|金额|资金/.test(q.rest)
  )
    return "award_ranking";
  if (COMPARE_WHICH.test(q.rest) && q.regions.length >= 2) return "compare";
  const policyVsPlace = (q.policies.length === 1 || q.policyRefs.length === 1) && q.regions.length === 1 && /目标/.test(q.rest);
  if (q.form === "bool" && COMPARE_BOOL.test(q.rest) && (q.awards.length >= 2 || q.regions.length >= 2 || policyVsPlace)) return "compare";
  const goal = goalIntent(q);
  // An award the graph has no facts for may still be a goal's or a stated total's subject
  // (争创几个某某质量奖, 有几家某某质量奖企业): those are looked up by its words.
  if (q.unknownAward && q.unknownName) {
    if (goal) return goal;
    if (q.form === "count" || q.form === "value") {
      q.awards.push({ surface: q.unknownName, awards: [], tiers: null, year: q.year, edition: q.edition });
      q.unknownName = null;
      return "award_count";
    }
  }
  if (q.ambiguous.length && q.entities.length === 0) {
    // 某集团的哪些公司获得过某奖: the short name selects its companies rather than needing one.
    if (q.awards.length && q.form === "list" && /哪些|哪几|哪家/.test(q.rest)) {
      q.recipientNames = q.ambiguous.flatMap((a) => a.names);
      return "award_recipients";
    }
    return "ambiguous";
  }
  if (q.unknownName) return "unknown";
  return goal ?? otherIntent(q);
}

function goalIntent(q: ParsedQuestion): Intent | null {
  const policyWords = /政策|文件|目标|规划|决定|意见|方案|办法|纲要/.test(q.rest);
  // "到2020年…要达到多少" asks for a goal even when no policy or 目标 is named.
  const goalWords =
    /目标|指标要求|计划|力争|争取|争创|预期/.test(q.rest) ||
    /要(求)?(新)?(达到|实现|超过|突破|提高到|提升到|控制在|保持在|稳定在|低于|不低于|培育|建设|建成|新建|创建|打造|培养)/.test(q.rest) ||
    (/到\d{4}年/.test(q.key) && /要|确保|提出|规划/.test(q.rest));
  const hasPolicy = q.policies.length > 0 || q.policyRefs.length > 0;
  if (hasPolicy && q.form === "year" && !goalWords) return "policy_year";
  // 为贯彻哪个纲要, 依据什么办法: a policy of that kind.
  if (q.askedPolicyType && q.form === "list" && !/目标|指标/.test(q.rest)) return "policies_list";
  if (
    !goalWords &&
    !q.metricHint &&
    /(哪些|什么|哪几[个项份])(质量)?(政策|文件|规划|办法|方案|意见|法律|法规|纲要)/.test(q.rest) &&
    !/目标/.test(q.rest)
  )
    return "policies_list";
  if (hasPolicy || goalWords) {
    if (/(哪些|哪个|哪项|什么|哪份)(政策|文件|规划|决定|意见|方案|办法|纲要)/.test(q.rest)) return "policies_with_target";
    if (q.form === "bool") return "target_met";
    // The goals of a named policy, or of a place's policies (成都的决定设定了哪些2035年的目标?).
    if ((hasPolicy || q.regions.length) && /哪些|什么/.test(q.rest) && /目标|指标/.test(q.rest)) return "policy_targets";
    if (q.form === "count" || q.form === "value") return "target_value";
  } else if (policyWords && /(哪些|哪个|哪项|什么)(政策|文件)/.test(q.rest)) return "policies_with_target";
  return null;
}

function otherIntent(q: ParsedQuestion): Intent {
  if (q.entities.length) {
    if (q.entities[0].kind === "person" && /哪家|哪个单位|什么单位|哪个企业|哪个公司|什么公司|在哪|所在|任职|单位是/.test(q.rest))
      return "entity_affiliation";
    switch (q.form) {
      case "bool":
        return "entity_has_award";
      case "count":
        return "entity_award_count";
      case "year":
      case "edition":
        return "entity_award_year";
      default:
        return "entity_awards";
    }
  }
  // Money (奖励资金多少万元) and a rank (数量在全省排第几) are reported figures even when an award is named beside them.
  if (
    (q.form === "count" || q.form === "value") &&
    /资金|金额|奖金|经费|万元|亿元|第几(?![届批])|排名|排第|位次|名次|比重|占比|比例|百分比/.test(q.rest)
  )
    return "observation_value";
  if (q.awards.length || ((q.tiers || q.qualityAwardsOnly || q.level) && q.form !== "value")) {
    if (q.awards.length >= 2 && /既|同时|又|也|均|都|并且|而且/.test(q.rest)) return "award_intersection";
    switch (q.form) {
      case "year":
      case "edition":
        return "award_year";
      case "count":
      case "value":
        return "award_count";
      default:
        return "award_recipients";
    }
  }
  if (q.form === "count" || q.form === "value") return "observation_value";
  if (q.form === "bool" && q.numbers.length) return "observation_check";
  // A region that is itself honoured (株洲市获得过哪些荣誉?).
  if (q.regions.length === 1 && /荣誉|表彰|奖|称号|认证/.test(q.rest) && !q.recipientTypes) return "entity_awards";
  return "unknown";
}
