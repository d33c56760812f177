// Who a prose sentence says received something: the names in an enumeration before the verb
// ("A、B和C荣获…", "A等3家企业获得…"), the sentence's subject when the verb's clause has none
// ("凭借…，以最高分获得…"), and what a single name is (organisation, person, brand, project, region).
import type { Span } from "../../text/sentences.js";
import { type AwardContext, inDocumentProvince } from "./context.js";
import { nameLikeWords, readEnumeration, type StatedCount, statedTotal } from "./enumerations.js";
import type { Recipient } from "./facts.js";
import { classify, type ShortMode } from "./list-items.js";
import { cleanName, isOrgName, nameStartBefore, resolveShortName, STRONG_SUFFIX, tokenIndexAt } from "./organisation-names.js";
import { isPersonName, parseOrgAndName, parsePerson } from "./persons.js";
import { cnNumber } from "./years.js";

const CLAUSE_BREAK = /[，,；;：:。！？!?]/;
/** A clause ends at punctuation or a double dash (——), not at the dash of a year range (2019—2021). */
export function breaksAt(text: string, i: number): boolean {
  return CLAUSE_BREAK.test(text[i]) || (text[i] === "—" && (text[i + 1] === "—" || text[i - 1] === "—"));
}
const AGGREGATE = /\d+\s*(?:家|个|名|项|批|位|人|件|次|届)|[一二两三四五六七八九十几多数]+\s*(?:家|个|名|位|批)|一批|多家|部分|若干/;
export const LEAD =
  /^(?:(?:19|20)\d{2}\s*年度?(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?|\d{1,2}\s*月\s*\d{1,2}\s*日|近日|日前|近期|此前|目前|其中|此外|同时|另外|另|今年|去年|最近|近年来|近年|截至目前|在此次评选中|本次|此次|经评审|经研究|热烈祝贺|祝贺|恭喜|据悉|据了解|记者获悉|对(?=[\u4e00-\u9fff]{4})|[一二三四五六七八九十]是|(?:辖区|区|市|县|省|境)内|[,，\s])+/;
const TRAIL =
  /(?:先后|分别|均|都|也|还|再次|又|再|已|曾|相继|同时|一举|成功|连续[\u4e00-\u9fff\d]{1,3}(?:年|届|次)|共同|首次|已经|将|被|就|则|更|正式|此前|一并|顺利|此次|本次|这次|今年|去年|日前|近日|双双|一同|分(?=$)|在(?=$)|凭借[^，,]*|以[^，,]*)+$/;
// What a clause of names may end with when the verb follows in the next clause ("A和B脱颖而出，分获…").
const STANDOUT = /(?:脱颖而出|表现突出|表现优异|成绩突出|成绩优异|榜上有名|双双|均|一同|共同)+$/;
const MANNER = /^(?:凭借|以|因|通过|依托|经|由于|在|并|还|也|又|再|先后|均|此次|再次|相继|成功|一举|顺利)/;
export const REGION_PRONOUN = /^(?:我|本|全)(省|市|区|县)(.*)$/;
/** "(以下简称X)", "(原Y)" after a name: not part of it. */
const ALIAS_PARENS = /\((?:以下|下文|下)?简?称[^()]*\)|\(原[^()]*\)/g;

/** The organisation a sentence opens with (its subject), or null. */
export function sentenceSubject(ctx: AwardContext, s: Span): Recipient | null {
  const text = s.text.replace(LEAD, "");
  const offset = s.text.length - text.length;
  // Full names the document writes, longest first.
  let best: string | null = null;
  for (const f of [...ctx.fullNames, ...ctx.declared.map((d) => d.short)])
    if (text.startsWith(f) && (!best || f.length > best.length)) best = f;
  if (best) return classify(resolveShortName(best, ctx.fullNames, ctx.declared) ?? best, ctx, "any");
  // Else the leading name-like tokens (中盐金坛主要从事… → 中盐金坛).
  const start = s.start + offset;
  const tokens = ctx.doc.tokens;
  let end = start;
  for (let i = tokenIndexAt(tokens, start); i < tokens.length && tokens[i].end <= s.end; i++) {
    const t = tokens[i];
    if (t.start < start) continue;
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
export function recipientsBefore(
  ctx: AwardContext,
  s: Span,
  verbAt: number,
  floor = 0,
): { list: Recipient[]; start: number; stated?: number | null; respectively?: boolean; etc?: boolean; counts?: StatedCount[] } | null {
  const text = s.text.slice(0, verbAt);
  let cs = text.length;
  while (cs > floor && !breaksAt(text, cs - 1)) cs--;
  let pre = text.slice(cs).replace(ALIAS_PARENS, "");
  const lead = LEAD.exec(pre)?.[0].length ?? 0;
  pre = pre.slice(lead);
  const start = cs + lead;
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
  // "A、B等4家组织和C公司D1名个人荣获…": groups of names with their stated counts.
  const en = readEnumeration(ctx, s, s.start + start, pre, "any");
  if (en && !en.unread.length) {
    const total = statedTotal(en.counts);
    return { list: en.recipients, start, stated: total?.count ?? null, respectively, etc: true, counts: en.counts };
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
  // A short name no full name resolves must read as nouns where it stands ("新培育" does not).
  if (list.some((r) => r.type === "organization" && !isOrgName(r.name) && !nameLikeWords(ctx, s.start + start, r.name))) return null;
  return { list, start, stated, respectively, etc: !!(etc && etc.index > 0) };
}

/** "A和B脱颖而出，分获…": the names a clause before the verb's own (empty) clause consists of. */
function previousClauseNames(
  ctx: AwardContext,
  s: Span,
  text: string,
  end: number,
  floor: number,
): { list: Recipient[]; start: number } | null {
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
export function namesIn(ctx: AwardContext, s: Span, at: number, text: string, shortMode: ShortMode, personal = false): Recipient[] | null {
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
export function disagrees(stated: number | null, named: number): boolean {
  return stated != null && (named > stated || (named >= 2 && named < stated));
}

/** "A有限公司和B有限公司": a company name followed by 和/与/及 and more (project names excepted). */
export function joinsTwoNames(text: string): boolean {
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
export function single(ctx: AwardContext, s: Span, _at: number, raw: string, shortMode: ShortMode, personal = false): Recipient | null {
  let text = cleanName(raw.replace(ALIAS_PARENS, ""));
  // "吴中区的某某有限公司", "我市的某某有限公司": the name is what follows 的.
  const de = text.lastIndexOf("的");
  if (de > 0 && isOrgName(text.slice(de + 1))) text = text.slice(de + 1);
  // "我市某某有限公司": the pronoun says where the firm is; it is not part of the name.
  const own = /^(?:我|本)(?:省|市|区|县)/.exec(text);
  if (own && isOrgName(text.slice(own[0].length))) text = text.slice(own[0].length);
  if (!text) return null;
  if (personal && isPersonName(text)) return { name: text, type: "person", affiliation: null, role: null };
  const bare = personal ? parseOrgAndName(text) : null;
  if (bare) return { name: bare.name, type: "person", affiliation: bare.affiliation, role: null };
  const comrade = /^([\u4e00-\u9fff]{2,4})同志$/.exec(text);
  if (comrade && isPersonName(comrade[1])) return { name: comrade[1], type: "person", affiliation: null, role: null };
  const person = parsePerson(text);
  if (person) return { name: person.name, type: "person", affiliation: person.affiliation, role: person.role };
  // "某某有限公司的“某某”商标": a brand and its owner.
  const owned = /^(.+?)的“([^“”]{1,12})”(?:商标|品牌)$/.exec(raw.trim());
  if (owned && isOrgName(cleanName(owned[1])))
    return { name: cleanName(owned[2]), type: "brand", affiliation: cleanName(owned[1]), role: null };
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
  if (region.length) return { name: inDocumentProvince(region, ctx).name, type: "region", affiliation: null, role: null };
  return classify(text, ctx, shortMode);
}

export function pronounRegion(level: string, ctx: AwardContext): string | null {
  const { province, city, local } = ctx.regions;
  if (level === "省") return province?.name ?? null;
  if (level === "市") return (local?.name.endsWith("市") ? local.name : city?.name) ?? null;
  return local?.name ?? null;
}
