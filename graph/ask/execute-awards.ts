// Award questions: who won what (with year, region, tier, kind of recipient), how many, which
// year, who won both; and one recipient's record. All reads go through the Backend.
import type { AwardFilter } from "../backend/backend.js";
import { parseChineseNumber } from "../chinese-numerals.js";
import { compareFacts } from "../queries.js";
import type { AwardFact, Level, ObservationFact, RecipientType, Tier } from "../types.js";
import { type AskContext, recipientScope } from "./context.js";
import type { ItemDraft } from "./evidence.js";
import { awardSurfaces } from "./lexicon.js";
import { matchKey } from "./normalize.js";
import type { AwardSlot, EntitySlot, ParsedQuestion } from "./query.js";
import { compareSimilarity, similarity } from "./similarity.js";
import { inSubList } from "./sub-list.js";
import { NUM } from "./time.js";
import { ALL_TIERS, DEFAULT_TIERS, TIER_SUFFIX } from "./vocabulary.js";

export interface Outcome {
  answer: string[] | number | boolean;
  items: ItemDraft[];
  /** Sentences added to the interpretation: how the answer was reached. */
  notes: string[];
}

/** The award as answers write it: 提名奖 appended for nominations (中国质量奖提名奖). */
export const awardLabel = (f: Pick<AwardFact, "award" | "tier">) => f.award + (TIER_SUFFIX[f.tier] ?? "");

const uniq = <T>(xs: T[]) => [...new Set(xs)];

interface Scope {
  slot: AwardSlot | null;
  regions: string[];
  tiers: Tier[];
  types: RecipientType[] | null;
  year: number | null;
  edition: number | null;
  yearFrom: number | null;
  yearTo: number | null;
  qualityAwardsOnly: boolean;
  level: Level | null;
  status: ParsedQuestion["status"];
}

/** Does a fact's status fit what the question asks (candidates only, formal grants only, either)? */
export function statusFits(f: AwardFact, status: ParsedQuestion["status"]): boolean {
  if (status === "proposed") return f.status === "proposed";
  if (status === "formal") return f.status !== "proposed";
  return true;
}

/** A yes/no question about winning counts formal grants only, unless it asks about candidates. */
const boolStatus = (q: ParsedQuestion): ParsedQuestion["status"] => q.status ?? "formal";

/** Why a candidate is not a winner, for the interpretation. */
function candidateNote(facts: AwardFact[]): string[] {
  const c = facts.filter((f) => f.status === "proposed");
  if (!c.length) return [];
  const names = uniq(c.map((f) => `${f.recipient}（${awardLabel(f)}${f.year ? `，${f.year}年` : ""}）`)).slice(0, 5);
  return [`${names.join("、")}只是拟授奖/初选/公示名单中的候选对象，尚未正式获奖，不算获奖。`];
}

function scopeOf(q: ParsedQuestion, slot: AwardSlot | null, useGlobalTime = true): Scope {
  return {
    slot,
    regions: q.regions,
    tiers: slot?.tiers ?? q.tiers ?? DEFAULT_TIERS,
    types: q.recipientTypes,
    year: slot?.year ?? (useGlobalTime ? q.year : null),
    edition: slot?.edition ?? (useGlobalTime ? q.edition : null),
    yearFrom: useGlobalTime ? q.yearFrom : null,
    yearTo: useGlobalTime ? q.yearTo : null,
    qualityAwardsOnly: !slot && q.qualityAwardsOnly,
    level: slot ? null : q.level,
    status: q.form === "bool" ? boolStatus(q) : q.status,
  };
}

async function awardFacts(ctx: AskContext, s: Scope): Promise<AwardFact[]> {
  const base: AwardFilter = {};
  if (s.year != null) base.year = s.year;
  if (s.yearFrom != null) base.yearFrom = s.yearFrom;
  if (s.yearTo != null) base.yearTo = s.yearTo;
  if (s.edition != null) base.edition = s.edition;
  if (s.types?.length === 1) base.recipientType = s.types[0];
  if (s.level) base.level = s.level;
  const rr = recipientScope(ctx, s.regions);
  if (rr) base.recipientRegions = rr;
  const names = s.slot ? s.slot.awards : [undefined];
  const lists = await Promise.all(names.map((award) => ctx.backend.awards(award ? { ...base, award } : base)));
  const seen = new Set<string>();
  return lists
    .flat()
    .filter((f) => !seen.has(f.id) && (seen.add(f.id), true))
    .filter((f) => s.tiers.includes(f.tier))
    .filter((f) => !s.types || s.types.includes(f.recipient_type))
    .filter((f) => !s.qualityAwardsOnly || f.award.includes("质量奖"))
    .filter((f) => statusFits(f, s.status))
    .sort(compareFacts);
}

/** One item per recipient, in the order the graph states them. */
function byRecipient(facts: AwardFact[]): ItemDraft[] {
  const items = new Map<string, ItemDraft>();
  for (const f of facts) {
    const item = items.get(f.recipient);
    if (item) item.facts.push(f);
    else items.set(f.recipient, { name: f.recipient, award: awardLabel(f), year: f.year, tier: f.tier, facts: [f] });
  }
  return [...items.values()];
}

/** The facts under the list heading the question names (see sub-list.ts), with a note on what was done. */
async function subListOf(ctx: AskContext, q: ParsedQuestion, facts: AwardFact[]): Promise<{ facts: AwardFact[]; notes: string[] }> {
  const word = q.subList;
  if (!word || !facts.length) return { facts, notes: [] };
  const read = ctx.backend.documentText;
  if (!read) return { facts, notes: [`这个后端不保存原文，无法按“${word}”小标题筛选，列出全部。`] };
  const docs = uniq(facts.map((f) => f.doc));
  const texts = new Map<string, string>();
  for (const doc of docs) {
    const text = await read.call(ctx.backend, doc);
    if (text != null) texts.set(doc, text);
  }
  const r = inSubList(facts, texts, word);
  // A word that names no heading or group in these documents was not a sub-list: nothing to say.
  return r.found ? { facts: r.facts, notes: [`只取原文“${word}”小标题下（或“等N家${word}…”所指）的对象。`] } : { facts, notes: [] };
}

export async function awardRecipients(ctx: AskContext, q: ParsedQuestion): Promise<Outcome> {
  const slots = q.awards.length ? q.awards : [null];
  const all = (await Promise.all(slots.map((slot) => awardFacts(ctx, scopeOf(q, slot)))))
    .flat()
    .filter((f) => !q.recipientNames || q.recipientNames.includes(f.recipient))
    .sort(compareFacts);
  const { facts, notes: subNotes } = q.form === "list" ? await subListOf(ctx, q, all) : { facts: all, notes: [] };
  const items = byRecipient(facts);
  const names = items.map((i) => i.name);
  if (q.form === "bool") {
    const notes = names.length
      ? []
      : candidateNote((await Promise.all(slots.map((slot) => awardFacts(ctx, { ...scopeOf(q, slot), status: null })))).flat());
    return { answer: names.length > 0, items, notes };
  }
  if (q.personAffiliation) {
    // …的个人是哪家企业的? names the winners' organisations, not the winners.
    const orgs = new Map<string, ItemDraft>();
    for (const f of facts) {
      if (!f.affiliation) continue;
      const item = orgs.get(f.affiliation);
      if (item) item.facts.push(f);
      else orgs.set(f.affiliation, { name: f.affiliation, note: f.recipient, facts: [f] });
    }
    return { answer: [...orgs.keys()], items: [...orgs.values()], notes: ["答案为个人获奖者的所在单位。"] };
  }
  return { answer: names, items, notes: subNotes };
}

export async function awardIntersection(ctx: AskContext, q: ParsedQuestion): Promise<Outcome> {
  // A year written beside one award belongs to that award only (2021年X获奖企业中，哪家同时获得了Y).
  const local = q.awards.some((a) => a.year != null || a.edition != null);
  const sets = await Promise.all(q.awards.map((slot) => awardFacts(ctx, scopeOf(q, slot, !local))));
  const [first, ...others] = sets;
  const keep = new Set(first.map((f) => f.recipient).filter((r) => others.every((o) => o.some((f) => f.recipient === r))));
  const facts = sets
    .flat()
    .filter((f) => keep.has(f.recipient))
    .sort(compareFacts);
  const items = byRecipient(facts);
  return { answer: q.form === "bool" ? items.length > 0 : items.map((i) => i.name), items, notes: [] };
}

export async function awardYear(ctx: AskContext, q: ParsedQuestion): Promise<Outcome> {
  const facts = (
    await Promise.all(q.awards.map((slot) => awardFacts(ctx, { ...scopeOf(q, slot), tiers: slot.tiers ?? q.tiers ?? ALL_TIERS })))
  ).flat();
  return q.form === "edition" ? editionsOf(facts) : yearsOf(facts);
}

function editionsOf(facts: AwardFact[]): Outcome {
  const numbered = facts.filter((f) => f.edition != null);
  const editions = uniq(numbered.map((f) => f.edition as number)).sort((a, b) => a - b);
  const notes = facts.length && !numbered.length ? ["图中有相关记录，但原文没有写第几届。"] : [];
  const items = numbered.map((f) => ({ name: f.recipient, award: awardLabel(f), year: f.year, tier: f.tier, facts: [f] as AwardFact[] }));
  return { answer: editions.length === 1 ? editions[0] : editions.map(String), items, notes };
}

function yearsOf(facts: AwardFact[]): Outcome {
  const dated = facts.filter((f) => f.year != null);
  const years = uniq(dated.map((f) => f.year as number)).sort((a, b) => a - b);
  const notes = facts.length && !dated.length ? ["图中有相关记录，但原文没有写年份。"] : [];
  const items = dated.map((f) => ({ name: f.recipient, award: awardLabel(f), year: f.year, tier: f.tier, facts: [f] as AwardFact[] }));
  return { answer: years.length === 1 ? years[0] : years.map(String), items, notes };
}

// ---- counts: a stated aggregate first, else the named recipients counted ----

const COUNT_UNITS = /^(家|个|名|位|人|户|所|项)$/;
// Counts of applicants and candidates, not of winners (培育 is used of winners: 培育省长质量奖企业N家).
const NOT_WINNERS = /申报|推荐|争创|创建|参评|候选|拟|目标|入围/;
const CUMULATIVE = /累计|现有|拥有|共有|目前|已有/;
const ASKS_TOTAL = /共|总数|合计|全[省市区县国]/;
const EDITION = new RegExp(`第(${NUM})届`);

function metricTypes(mk: string): Set<RecipientType> {
  const out = new Set<RecipientType>();
  if (/企业|组织|单位|公司|机构/.test(mk)) out.add("organization");
  if (/个人|获奖者|(?<![个名])人(?!民|才)/.test(mk)) out.add("person");
  return out;
}

function typesAgree(mk: string, want: RecipientType[] | null): boolean {
  if (!want) return true;
  // 多少个区县设立了… counts places.
  if (want.includes("region") && /区县|县区|城市|地区|[区县市]$/.test(mk)) return true;
  const w = new Set(want.filter((t) => t === "organization" || t === "person"));
  if (w.size === 0) return false;
  const m = metricTypes(mk);
  return m.size === w.size && [...w].every((t) => m.has(t));
}

async function statedAggregate(
  ctx: AskContext,
  q: ParsedQuestion,
  s: Scope,
  region: string,
  oneRound = true,
): Promise<ObservationFact | null> {
  const wantTimes = /几次|多少次/.test(q.rest);
  // The award as the question wrote it (鲁班奖) counts too: documents shorten names the same way.
  const surfaces = s.slot ? uniq([matchKey(s.slot.surface), ...s.slot.awards.flatMap((a) => awardSurfaces(a, ctx.regions))]) : [];
  // A national title is also written without 全国/中国 (质量标杆 for 全国质量标杆).
  for (const x of [...surfaces]) if (NATIONAL.test(x) && x.length >= 6) surfaces.push(x.replace(NATIONAL, ""));
  const wantNominee = s.tiers.length === 1 && s.tiers[0] === "nominee";
  const [obs, editionFacts] = await Promise.all([
    ctx.backend.observations({ regions: [region] }),
    s.edition != null && s.slot
      ? Promise.all(s.slot.awards.map((award) => ctx.backend.awards({ award }))).then((l) => l.flat().filter((f) => f.edition != null))
      : Promise.resolve([]),
  ]);
  const ok = obs.filter((o) => {
    const mk = matchKey(o.metric);
    if (!(wantTimes ? o.unit === "次" : COUNT_UNITS.test(o.unit ?? ""))) return false;
    if (surfaces.length ? !surfaces.some((x) => mk.includes(x)) : !(s.qualityAwardsOnly && mk.includes("质量奖"))) return false;
    // 申报/培育 … counts are not winners, unless the question asks in those words (培育了多少家…).
    const notWinners = NOT_WINNERS.exec(mk);
    if (notWinners && !q.key.includes(notWinners[0])) return false;
    // A total "(含提名奖)" counts winners and nominees together: it answers a question that
    // includes nominations, not one about winners or nominees alone.
    const inclusive = /(含|包括|包含)提名/.test(mk);
    const wantInclusive = s.tiers.includes("winner") && s.tiers.includes("nominee");
    if (wantInclusive ? !inclusive : inclusive || /提名/.test(mk) !== wantNominee) return false;
    const ed = EDITION.exec(mk);
    if (ed) {
      if (parseChineseNumber(ed[1]) !== s.edition) return false;
    } else if (s.edition != null) {
      // A total for one round is often written without the round (全省共有7家组织…获省长质量奖)
      // right beside that round's winners: take it only if the nearest dated winners are that round's.
      // It is taken only when the question asks for a total (共有, 一共, 全省): otherwise the round's
      // named recipients answer, since such a sentence is as often a running total.
      if (CUMULATIVE.test(mk) || roundOf(o, editionFacts) !== s.edition || !oneRound || !ASKS_TOTAL.test(q.rest)) return false;
    }
    // A running total answers "2023年底累计有几家" (its own year), not "2023年有几家获奖".
    const asOf = /累计|截至|截止|年底|年末/.test(q.key) && o.year === s.year;
    if (s.year != null && ((CUMULATIVE.test(mk) && !asOf) || (o.year != null && o.year !== s.year))) return false;
    if (s.yearFrom != null) return false;
    if (q.fromValue != null && o.value === q.fromValue) return false;
    if (s.yearTo != null && o.year != null && o.year > s.yearTo) return false;
    return typesAgree(mk, s.types);
  });
  // A growth question (从N家增加到多少) wants the latest, largest running total.
  if (q.fromValue != null) ok.sort((a, b) => b.value - a.value);
  else
    ok.sort(
      (a, b) =>
        compareSimilarity(similarity(matchKey(a.metric), q.key), similarity(matchKey(b.metric), q.key)) || (b.year ?? 0) - (a.year ?? 0),
    );
  return ok[0] ?? null;
}

const NEAR = 300;

/** The edition of the award facts stated closest to an observation in its document (within NEAR characters). */
function nearestEdition(o: ObservationFact, facts: AwardFact[]): number | null {
  const at = o.evidence[0]?.start ?? 0;
  let best: { d: number; edition: number } | null = null;
  for (const f of facts) {
    if (f.doc !== o.doc || f.edition == null) continue;
    for (const e of f.evidence) {
      const d = Math.abs(e.start - at);
      if (d <= NEAR && (!best || d < best.d)) best = { d, edition: f.edition };
    }
  }
  return best?.edition ?? null;
}

/**
 * The round an undated total speaks of: the round of the winners stated right beside it, else
 * the newest round its document reports (a news report's total is about the round it announces).
 */
function roundOf(o: ObservationFact, facts: AwardFact[]): number | null {
  const near = nearestEdition(o, facts);
  if (near != null) return near;
  const inDoc = facts.filter((f) => f.doc === o.doc && f.edition != null).map((f) => f.edition as number);
  return inDoc.length ? Math.max(...inDoc) : null;
}

const NATIONAL = /^(全国|中国|国家)/;

function awardRegionOf(ctx: AskContext, slot: AwardSlot | null): string | null {
  if (!slot) return null;
  // A national award's totals are the country's.
  if (slot.awards.length && slot.awards.every((a) => NATIONAL.test(a))) return ctx.regions.find((r) => r.level === "country")?.name ?? null;
  // An award known only by the words of the question (某地质量奖): the place it starts with.
  if (!slot.awards.length)
    return (
      ctx.regions
        .filter(
          (r) => r.level !== "country" && (slot.surface.startsWith(r.name) || (r.short.length >= 2 && slot.surface.startsWith(r.short))),
        )
        .sort((x, y) => y.name.length - x.name.length)[0]?.name ?? null
    );
  const found = uniq(
    slot.awards.map((a) => ctx.regions.filter((r) => a.startsWith(r.name)).sort((x, y) => y.name.length - x.name.length)[0]?.name ?? null),
  );
  return found.length === 1 ? found[0] : null;
}

export async function awardCount(ctx: AskContext, q: ParsedQuestion): Promise<Outcome> {
  const slot = q.awards[0] ?? null;
  const wantTimes = /几次|多少次/.test(q.rest);
  // Several places (常州和株洲…有几家) are counted one by one and added up, each from its own total.
  const regions: Array<string | null> = q.regions.length ? q.regions : [null];
  // So are several rounds (第七届和第八届…一共).
  const editions: Array<number | null> = q.editions.length > 1 ? q.editions : [null];
  let total = 0;
  let known = 0;
  const items: ItemDraft[] = [];
  const notes: string[] = [];
  for (const region of regions)
    for (const edition of editions) {
      const scope = scopeOf(q, slot);
      const s = { ...scope, regions: region ? [region] : q.regions, edition: edition ?? scope.edition };
      const aggregateRegion = region ?? awardRegionOf(ctx, slot);
      const stated = aggregateRegion ? await statedAggregate(ctx, q, s, aggregateRegion, editions.length === 1) : null;
      const where = `${aggregateRegion ?? ""}${edition != null ? `第${edition}届` : ""}`;
      if (stated) {
        total += stated.value;
        known++;
        items.push({ name: stated.metric, value: stated.value, unit: stated.unit, year: stated.year, facts: [stated] });
        notes.push(`${where}：原文给出总数“${stated.metric}”${stated.value}${stated.unit ?? ""}。`);
        continue;
      }
      const facts = await awardFacts(ctx, s);
      const grant = wantTimes ? null : statedTotal(facts, s.types);
      if (grant) {
        total += grant.count;
        known++;
        items.push(...byRecipient(facts));
        notes.push(`${where || "全部"}：原文写明共${grant.count}${grant.of ?? ""}，其中列出名称的${grant.named}个。`);
        continue;
      }
      const counted = wantTimes ? facts.length : byRecipient(facts).length;
      total += counted;
      if (counted) known++;
      items.push(...byRecipient(facts));
      notes.push(`${region ?? "全部"}：按图中列出的${wantTimes ? "获奖记录" : "获奖对象"}计数，共${counted}。`);
    }
  // No stated total and nobody named: the documents do not say, which is not the same as zero.
  if (known === 0) return { answer: [], items: [], notes: [...notes, "图中既没有总数也没有名单，不作推断。"] };
  return { answer: total, items, notes };
}

/** The recipient kind a stated total counts (等43个组织 → organisations, 5名个人 → persons), if it says. */
function totalKind(of: string | null): RecipientType | null {
  if (!of) return null;
  if (/个人|人|名|位/.test(of)) return "person";
  if (/组织|企业|单位|家|公司|机构/.test(of)) return "organization";
  return null;
}

/**
 * The total the granting clauses state (等43个组织) when every fact in scope carries one: each
 * grant counted once, by its stated number, however many of its recipients are named.
 */
function statedTotal(facts: AwardFact[], types: RecipientType[] | null): { count: number; of: string | null; named: number } | null {
  if (!facts.length || facts.some((f) => !f.stated_total)) return null;
  const grants = new Map<string, { count: number; of: string | null }>();
  for (const f of facts) {
    const t = f.stated_total as { count: number; of: string | null };
    grants.set(`${f.doc}|${f.award}|${f.tier}|${f.year ?? ""}|${f.edition ?? ""}|${t.count}|${t.of ?? ""}`, t);
  }
  const list = [...grants.values()];
  // A total of another kind (个人) does not answer a question about organisations.
  if (
    types &&
    list.some((t) => {
      const k = totalKind(t.of);
      return k != null && !types.includes(k);
    })
  )
    return null;
  const named = byRecipient(facts).length;
  const count = list.reduce((n, t) => n + t.count, 0);
  if (count < named) return null;
  const ofs = uniq(list.map((t) => t.of));
  return { count, of: ofs.length === 1 ? ofs[0] : null, named };
}

// ---- one recipient's record ----

function entityFilter(q: ParsedQuestion, defaultTiers: Tier[], status: ParsedQuestion["status"] = q.status) {
  return (f: AwardFact): boolean => {
    if (!statusFits(f, status)) return false;
    if (q.year != null && f.year !== q.year) return false;
    if (q.yearFrom != null && (f.year == null || f.year < q.yearFrom)) return false;
    if (q.yearTo != null && (f.year == null || f.year > q.yearTo)) return false;
    if (q.edition != null && f.edition !== q.edition) return false;
    if (q.level && !q.awards.length && f.level !== q.level) return false;
    const bySlot = q.awards.some((a) => a.awards.includes(f.award) && (a.tiers ?? q.tiers ?? defaultTiers).includes(f.tier));
    const byWord = q.qualityAwardsOnly && f.award.includes("质量奖") && (q.tiers ?? defaultTiers).includes(f.tier);
    if (q.awards.length || q.qualityAwardsOnly) return bySlot || byWord;
    return (q.tiers ?? defaultTiers).includes(f.tier);
  };
}

async function entityFacts(ctx: AskContext, e: EntitySlot, q?: ParsedQuestion): Promise<AwardFact[]> {
  if (q?.affiliates) {
    // The organisation's people: person awards whose affiliation is the organisation.
    const people = await ctx.backend.awards({ recipientType: "person" });
    return people.filter((f) => f.affiliation != null && e.names.includes(f.affiliation)).sort(compareFacts);
  }
  const lists = await Promise.all(e.names.map((recipient) => ctx.backend.awards({ recipient })));
  return lists.flat().sort(compareFacts);
}

export async function entityAffiliation(ctx: AskContext, _q: ParsedQuestion, e: EntitySlot): Promise<Outcome> {
  const facts = (await entityFacts(ctx, e)).filter((f) => f.affiliation);
  const items = new Map<string, ItemDraft>();
  for (const f of facts) {
    const name = f.affiliation as string;
    const item = items.get(name);
    if (item) item.facts.push(f);
    else items.set(name, { name, ...(f.role ? { note: f.role } : {}), facts: [f] });
  }
  return { answer: [...items.keys()], items: [...items.values()], notes: [] };
}

export async function entityAwards(ctx: AskContext, q: ParsedQuestion, e: EntitySlot): Promise<Outcome> {
  const facts = (await entityFacts(ctx, e, q)).filter(entityFilter(q, ALL_TIERS));
  const items = new Map<string, ItemDraft>();
  for (const f of facts) {
    const label = awardLabel(f);
    const item = items.get(label);
    if (item) item.facts.push(f);
    else items.set(label, { name: label, award: label, year: f.year, tier: f.tier, facts: [f] });
  }
  return { answer: [...items.keys()], items: [...items.values()], notes: [] };
}

export async function entityHasAward(ctx: AskContext, q: ParsedQuestion, e: EntitySlot): Promise<Outcome> {
  const all = await entityFacts(ctx, e, q);
  const facts = all.filter(entityFilter(q, DEFAULT_TIERS, boolStatus(q)));
  const candidates = facts.length ? [] : candidateNote(all.filter(entityFilter(q, DEFAULT_TIERS, null)));
  return {
    answer: facts.length > 0,
    items: facts.map((f) => ({ name: awardLabel(f), award: awardLabel(f), year: f.year, tier: f.tier, facts: [f] })),
    notes: facts.length ? [] : candidates.length ? candidates : [`图中没有${e.names[0]}获得该奖项的记录。`],
  };
}

export async function entityAwardCount(ctx: AskContext, q: ParsedQuestion, e: EntitySlot): Promise<Outcome> {
  const facts = (await entityFacts(ctx, e, q)).filter(entityFilter(q, DEFAULT_TIERS));
  // One award in one year (or edition) is one time, however often the documents repeat it.
  const times = uniq(
    facts.map((f) => `${f.award}|${f.tier}|${f.year ?? ""}|${f.edition ?? ""}|${f.year == null && f.edition == null ? f.id : ""}`),
  );
  return {
    answer: times.length,
    items: facts.map((f) => ({ name: awardLabel(f), award: awardLabel(f), year: f.year, tier: f.tier, facts: [f] })),
    notes: [],
  };
}

export async function entityAwardYear(ctx: AskContext, q: ParsedQuestion, e: EntitySlot): Promise<Outcome> {
  const facts = (await entityFacts(ctx, e, q)).filter(entityFilter(q, DEFAULT_TIERS));
  return q.form === "edition" ? editionsOf(facts) : yearsOf(facts);
}

const TITLE = /董事长|副董事长|总经理|副总经理|总裁|总工程师|首席质量官|党委书记|书记|厂长|院长|负责人/;

/**
 * The organisation's people (X公司董事长是谁?): the persons the graph records with that
 * affiliation; a job title in the question keeps those whose evidence gives that title.
 */
export async function entityPeople(ctx: AskContext, q: ParsedQuestion, e: EntitySlot): Promise<Outcome> {
  const facts = await entityFacts(ctx, e, { ...q, affiliates: true });
  const title = TITLE.exec(q.rest)?.[0];
  const titled = title ? facts.filter((f) => f.evidence.some((ev) => ev.text.includes(title)) || f.role?.includes(title)) : [];
  const chosen = titled.length ? titled : facts;
  const items = byRecipient(chosen);
  return { answer: items.map((i) => i.name), items, notes: [] };
}

/**
 * Which awards fit (哪些城市的市长质量奖公布了获奖名单?): the award names that have recipients in
 * scope. Asked about candidates only (只是拟授奖/初选名单), the awards whose every recipient in the
 * graph is still a candidate.
 */
export async function awardsList(ctx: AskContext, q: ParsedQuestion): Promise<Outcome> {
  const slots = q.awards.length ? q.awards : [null];
  // 哪些城市的某奖: the places describe the awards, not their recipients.
  const types = q.recipientTypes?.filter((t) => t !== "region");
  const scope = (slot: AwardSlot | null): Scope => ({
    ...scopeOf(q, slot),
    tiers: slot?.tiers ?? q.tiers ?? ALL_TIERS,
    status: null,
    types: types?.length ? types : null,
  });
  const all = (await Promise.all(slots.map((slot) => awardFacts(ctx, scope(slot))))).flat();
  const byAward = new Map<string, AwardFact[]>();
  for (const f of all) byAward.set(f.award, [...(byAward.get(f.award) ?? []), f]);
  const keep = [...byAward].filter(([, facts]) =>
    q.status === "proposed" ? facts.every((f) => f.status === "proposed") : facts.some((f) => f.status !== "proposed"),
  );
  const items = keep.map(([award, facts]) => ({ name: award, award, year: facts[0].year, facts: facts.slice(0, 3) }));
  return { answer: keep.map(([award]) => award), items, notes: [] };
}

// ---- rankings ----

const CITY_LEVELS = new Set(["city"]);

/** The region of the asked level (a city, a province) that a recipient's region lies in. */
function regionAtLevel(ctx: AskContext, name: string | null | undefined, level: string): string | null {
  for (let n = name ?? null, i = 0; n && i < 8; i++) {
    const rec = ctx.regions.find((r) => r.name === n);
    if (!rec) return null;
    if (rec.level === level || (level === "city" && CITY_LEVELS.has(rec.level))) return rec.name;
    n = rec.parent;
  }
  return null;
}

/**
 * 获奖次数最多的企业 / 哪个城市的获奖企业最多: award facts in scope grouped by recipient (times:
 * one award in one year or round counts once) or by the recipients' city or province (distinct
 * recipients); the top group, with ties.
 */
export async function awardRanking(ctx: AskContext, q: ParsedQuestion): Promise<Outcome> {
  const slots = q.awards.length ? q.awards : [null];
  const byPlace = /(城市|地市|哪个市|哪些市)/.test(q.rest)
    ? "city"
    : /(省份|哪个省|哪些省)/.test(q.rest)
      ? "province"
      : /(区县|哪个区|哪个县)/.test(q.rest)
        ? "district"
        : null;
  const types = q.recipientTypes?.filter((t) => t !== "region");
  const facts = (
    await Promise.all(slots.map((slot) => awardFacts(ctx, { ...scopeOf(q, slot), types: types?.length ? types : null })))
  ).flat();
  const groups = new Map<string, { keys: Set<string>; facts: AwardFact[] }>();
  for (const f of facts) {
    const g = byPlace ? regionAtLevel(ctx, f.recipient_region, byPlace) : f.recipient;
    if (!g) continue;
    const k = byPlace
      ? f.recipient
      : `${f.award}|${f.tier}|${f.year ?? ""}|${f.edition ?? ""}|${f.year == null && f.edition == null ? f.id : ""}`;
    const e = groups.get(g) ?? { keys: new Set<string>(), facts: [] };
    e.keys.add(k);
    e.facts.push(f);
    groups.set(g, e);
  }
  if (!groups.size) return { answer: [], items: [], notes: ["图中没有可排名的获奖记录。"] };
  const fewest = /最少/.test(q.rest);
  const ranked = [...groups].sort((a, b) => (fewest ? a[1].keys.size - b[1].keys.size : b[1].keys.size - a[1].keys.size));
  const top = ranked[0][1].keys.size;
  const winners = ranked.filter(([, e]) => e.keys.size === top);
  const unit = byPlace ? "个获奖对象" : "次";
  return {
    answer: winners.map(([g]) => g),
    items: winners.map(([g, e]) => ({ name: g, value: e.keys.size, unit, facts: e.facts.slice(0, 5) })),
    notes: [
      `排名：${ranked
        .slice(0, 5)
        .map(([g, e]) => `${g}${e.keys.size}${unit}`)
        .join("，")}${ranked.length > 5 ? "……" : ""}。`,
    ],
  };
}
