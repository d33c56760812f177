// Questions about standards (issue 17), answered from the standards the graph holds and from the
// observations that count standards by level:
//   "GB/T 19580是什么标准?"             → the standard's title, level in the note
//   "某某质量奖依据哪个标准评审?"          → the standards the texts say that award is reviewed against
//   "哪些企业主导制定过国家标准?"          → organisations named as drafting a standard of that level
//   "某市2021年新增了多少项国家标准?"      → observations counting standards of that one level
//   "某某公司主导制定了哪些标准?"          → what the texts say that organisation drafted
// Each returns null when the question is not of its form, so the general parser answers it.
import type { Backend } from "../backend/backend.js";
import type { DraftingRole, ObservationFact, StandardEntity, StandardLevel, StandardRef } from "../types.js";
import type { AskContext } from "./context.js";
import { regionScope } from "./context.js";
import type { ParsedQuestion } from "./query.js";
import type { AnswerItem, AskResult } from "./types.js";

type StandardAnswer = Pick<AskResult, "answer" | "items"> & { intent: string; text: string };

/** Level words as questions write them, longest first (国家标准 before 国家). */
const LEVEL_WORDS: Array<[string, StandardLevel]> = [
  ["国际标准", "international"],
  ["国家标准", "national"],
  ["行业标准", "industry"],
  ["地方标准", "local"],
  ["团体标准", "group"],
  ["企业标准", "enterprise"],
];
const LEVEL_NAMES: Record<StandardLevel, string> = {
  international: "国际标准",
  national: "国家标准",
  industry: "行业标准",
  local: "地方标准",
  group: "团体标准",
  enterprise: "企业标准",
};

const levelIn = (q: string): StandardLevel | null => LEVEL_WORDS.find(([w]) => q.includes(w))?.[1] ?? null;

// A code as typed in a question: GB/T 19580, GBT19580-2012, ISO 9001:2015, DB32/T 1234.
const CODE =
  /\b((?:ISO\/IEC|ISO|IEC|GB\/[TZ]|GB[TZ]?|DB\d{2,4}\/[TZ]?|[A-Z]{2}\/T|T\/[A-Z]{2,10}|Q\/[A-Z0-9]{1,12})\s*\d+(?:[.-]\d+)*(?:\s*[-—:]\s*\d{2,4})?)/i;
const TITLE = /《([^《》]+)》/;
const DRAFTING = /主导|牵头|主持|参与|参编|制定|制订|起草|研制|制修订/;
const WHICH_DRAFTERS = /(哪些|哪家|哪几家)(企业|单位|公司|机构|组织)|谁/;
const REVIEW = /(依据|按照|对照|根据|参照|采用|用).{0,6}(标准|准则)|(标准|准则).{0,8}(评审|评价|评选)/;
const COUNT = /(多少|几)项?/;

async function titles(backend: Backend, docs: string[]): Promise<Map<string, string | null>> {
  const ids = [...new Set(docs)].sort();
  return new Map((ids.length ? await backend.documents(ids) : []).map((d) => [d.id, d.title]));
}

async function refEvidence(backend: Backend, refs: StandardRef[]): Promise<AnswerItem["evidence"]> {
  const t = await titles(
    backend,
    refs.map((r) => r.evidence.doc),
  );
  return refs.slice(0, 5).map((r) => ({
    doc: r.evidence.doc,
    title: t.get(r.evidence.doc) ?? null,
    text: r.evidence.text,
    start: r.evidence.start,
    end: r.evidence.end,
  }));
}

const nameOf = (s: StandardEntity) => (s.title ? `${s.code ? `${s.code} ` : ""}${s.title}` : (s.code ?? s.key));

/** "GB/T 19580是什么标准?" / "《…准则》是什么标准?": the standard named by code or title. */
async function whatStandard(backend: Backend, q: string): Promise<StandardAnswer | null> {
  if (!/(是什么|是哪个|是何|指什么|什么是).{0,2}(标准)?|全称|名称/.test(q)) return null;
  const asked = CODE.exec(q)?.[1] ?? TITLE.exec(q)?.[1];
  if (!asked) return null;
  const s = await backend.standard(asked);
  const intent = "standard_lookup";
  // A title the graph has no standard for may be a policy's: the general parser answers that.
  if (!s && !CODE.test(q) && !/标准/.test(q)) return null;
  if (!s) return { intent, text: `查找标准“${asked}”：图中没有这个标准。`, answer: [], items: [] };
  const level = s.level ? `，${LEVEL_NAMES[s.level]}` : "";
  const answer = s.title ?? s.code ?? s.key;
  return {
    intent,
    text: `查找标准“${asked}”：${nameOf(s)}${level}${s.editions.length ? `（引用版本：${s.editions.join("、")}年）` : ""}。`,
    answer: [answer],
    items: [
      {
        name: answer,
        note: [s.code, s.level ? LEVEL_NAMES[s.level] : null].filter(Boolean).join("，"),
        evidence: await refEvidence(backend, s.mentions),
      },
    ],
  };
}

/** "某奖依据哪个标准评审?": the standards whose texts say that award's review is made against them. */
async function reviewStandard(ctx: AskContext, parsed: ParsedQuestion, q: string): Promise<StandardAnswer | null> {
  if (!REVIEW.test(q) || !/哪|什么/.test(q) || !/评审|评价|评选|评定/.test(q)) return null;
  const named = parsed.awards.flatMap((a) => a.awards);
  const surface = /([\p{Script=Han}]{2,20}?奖)/u.exec(q)?.[1];
  if (!named.length && !surface) return null;
  const all = await ctx.backend.standards({});
  // An award named in full, else one whose name ends in what was asked (市长质量奖 → 某市市长质量奖).
  const matches = (a: string) => named.includes(a) || (!named.length && !!surface && a.endsWith(surface));
  const found = all.filter((s) => s.evaluates.some(matches));
  const awards = [...new Set(found.flatMap((s) => s.evaluates.filter(matches)))];
  const items: AnswerItem[] = [];
  for (const s of found) {
    const refs = s.mentions.filter((r) => r.evaluates?.some(matches));
    items.push({ name: nameOf(s), award: awards.find((a) => s.evaluates.includes(a)), evidence: await refEvidence(ctx.backend, refs) });
  }
  const asked = named.join("、") || surface;
  return {
    intent: "award_review_standard",
    text: `查找${asked}评审所依据的标准${awards.length ? `（${awards.join("、")}）` : ""}。`,
    answer: items.map((i) => i.name),
    items,
  };
}

/** The drafting roles a question asks about: 主导 → led, 参与 → participated, both or neither → any. */
function rolesAsked(q: string): { led: boolean; took: boolean; roles: DraftingRole[] | null } {
  const led = /主导|牵头|主持/.test(q);
  const took = /参与|参编|参加/.test(q);
  return {
    led,
    took,
    roles: led && !took ? ["led", "led_or_participated"] : took && !led ? ["participated", "led_or_participated"] : null,
  };
}

/**
 * "哪些企业主导制定过国家标准?": organisations the texts name as drafting standards of that level,
 * whether they name the standard ("某公司主导起草的GB/T …") or count them ("某公司主导制定国家标准3项").
 * "主导和参与" statements answer both a 主导 and a 参与 question: the text does not split them.
 */
async function drafters(ctx: AskContext, q: string): Promise<StandardAnswer | null> {
  if (!WHICH_DRAFTERS.test(q) || !DRAFTING.test(q) || !/标准/.test(q)) return null;
  const level = levelIn(q);
  const { led, took, roles } = rolesAsked(q);
  const statements = (await ctx.backend.standardDrafting(level ? { level } : {})).filter(
    (d) => !roles || (d.role != null && roles.includes(d.role)),
  );
  const byOrg = new Map<string, typeof statements>();
  for (const d of statements) (byOrg.get(d.organization!) ?? byOrg.set(d.organization!, []).get(d.organization!)!).push(d);
  const t = await titles(
    ctx.backend,
    statements.map((d) => d.evidence.doc),
  );
  const items: AnswerItem[] = [...byOrg].map(([org, list]) => ({
    name: org,
    note: list
      .map((d) =>
        d.standard
          ? [d.standard.code, d.standard.title].filter(Boolean).join(" ")
          : `${d.levels.map((l) => LEVEL_NAMES[l]).join("、")}${d.count ?? ""}项`,
      )
      .join("；"),
    evidence: list.slice(0, 5).map((d) => ({
      doc: d.evidence.doc,
      title: t.get(d.evidence.doc) ?? null,
      text: d.evidence.text,
      start: d.evidence.start,
      end: d.evidence.end,
    })),
  }));
  return {
    intent: "standard_drafters",
    text: `查找文本中点名${led && !took ? "主导" : took && !led ? "参与" : ""}制定${level ? LEVEL_NAMES[level] : "标准"}的单位。`,
    answer: items.map((i) => i.name),
    items,
  };
}

/**
 * "某市2021年新增了多少项国家标准?": observations counting standards of that one level (a count
 * shared by several levels, "国家和行业标准290项", does not answer for one of them), in the region
 * and year asked. Several documents stating the same figure give it once.
 */
async function levelCount(ctx: AskContext, parsed: ParsedQuestion, q: string): Promise<StandardAnswer | null> {
  const level = levelIn(q);
  if (!level || !COUNT.test(q)) return null;
  const obs = await ctx.backend.observations({ ...(parsed.regions.length ? { regions: regionScope(ctx, parsed.regions) } : {}) });
  const wanted = obs.filter(
    (f: ObservationFact) =>
      f.standard_levels?.length === 1 && f.standard_levels[0] === level && (parsed.year == null || f.year === parsed.year),
  );
  if (!wanted.length) return null;
  const values = [...new Set(wanted.map((f) => f.value))];
  const answer = values.length === 1 ? values[0] : values.reduce((a, b) => a + b, 0);
  const t = await titles(
    ctx.backend,
    wanted.flatMap((f) => f.evidence.map((e) => e.doc)),
  );
  const items: AnswerItem[] = wanted.map((f) => ({
    name: f.metric,
    value: f.value,
    unit: f.unit,
    year: f.year,
    evidence: f.evidence.slice(0, 5).map((e) => ({ doc: e.doc, title: t.get(e.doc) ?? null, text: e.text, start: e.start, end: e.end })),
  }));
  return {
    intent: "standard_count",
    text: `查找${parsed.regions.join("、")}${parsed.year != null ? `${parsed.year}年` : ""}${LEVEL_NAMES[level]}的数量${values.length > 1 ? "（几项记载数字不同，取其和）" : ""}。`,
    answer,
    items,
  };
}

/**
 * "某某公司主导制定了哪些标准?": what the texts say one organisation drafted, the organisation named in
 * full as a drafter in the graph: the standards it names, else its counts by level.
 */
async function draftedBy(ctx: AskContext, q: string): Promise<StandardAnswer | null> {
  if (!DRAFTING.test(q) || !/标准/.test(q) || !/哪些|什么|哪几|多少|几项/.test(q)) return null;
  const level = levelIn(q);
  const all = await ctx.backend.standardDrafting({});
  // The longest drafter name the question contains (a name inside a longer one is not asked).
  const org = [...new Set(all.map((d) => d.organization!))].filter((o) => q.includes(o)).sort((a, b) => b.length - a.length)[0];
  if (!org) return null;
  const { roles } = rolesAsked(q);
  const list = all.filter(
    (d) => d.organization === org && (!level || d.levels.includes(level)) && (!roles || (d.role != null && roles.includes(d.role))),
  );
  const t = await titles(
    ctx.backend,
    list.map((d) => d.evidence.doc),
  );
  const label = (d: (typeof list)[number]) =>
    d.standard
      ? [d.standard.code, d.standard.title].filter(Boolean).join(" ")
      : `${d.levels.map((l) => LEVEL_NAMES[l]).join("、")}${d.count ?? ""}项`;
  const items: AnswerItem[] = list.map((d) => ({
    name: label(d),
    ...(d.year != null ? { year: d.year } : {}),
    evidence: [
      { doc: d.evidence.doc, title: t.get(d.evidence.doc) ?? null, text: d.evidence.text, start: d.evidence.start, end: d.evidence.end },
    ],
  }));
  // "多少项" over counts only: their sum; else the standards and counts by name.
  const counted = /多少|几项/.test(q) && list.length > 0 && list.every((d) => d.count != null && !d.standard);
  const answer = counted ? list.reduce((sum, d) => sum + d.count!, 0) : items.map((i) => i.name);
  return { intent: "organization_standards", text: `查找文本所载${org}制定的${level ? LEVEL_NAMES[level] : "标准"}。`, answer, items };
}

/** The standards questions asked before the general parser: they have forms of their own. */
export async function answerStandardQuestion(ctx: AskContext, parsed: ParsedQuestion, question: string): Promise<StandardAnswer | null> {
  return (
    (await whatStandard(ctx.backend, question)) ??
    (await reviewStandard(ctx, parsed, question)) ??
    (await draftedBy(ctx, question)) ??
    (await drafters(ctx, question))
  );
}

/** A count of standards by level, tried when the general parser found nothing. */
export async function answerStandardCount(ctx: AskContext, parsed: ParsedQuestion, question: string): Promise<StandardAnswer | null> {
  return levelCount(ctx, parsed, question);
}

/** A standards answer in the shape of every answer. */
export function standardResult(question: string, a: StandardAnswer): AskResult {
  return { question, interpretation: { intent: a.intent, slots: {}, text: a.text }, answer: a.answer, items: a.items, suggestions: [] };
}
