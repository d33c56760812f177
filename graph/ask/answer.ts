// answerQuestion: the one implementation behind `qkg ask` and GET /api/v1/ask. A question is
// normalised, parsed into a typed query against the graph's own names, executed through the
// Backend interface, and returned with how it was understood and the evidence for each item.
// Anything the graph does not support is answered [] with suggestions, never guessed.
import type { Backend } from "../backend/backend.js";
import type { TargetFact } from "../types.js";
import { type AskContext, askContext } from "./context.js";
import { describe, slotsOf } from "./describe.js";
import { withEvidence } from "./evidence.js";
import {
  awardCount,
  awardIntersection,
  awardRanking,
  awardRecipients,
  awardsList,
  awardYear,
  entityAffiliation,
  entityAwardCount,
  entityAwards,
  entityAwardYear,
  entityHasAward,
  entityPeople,
  type Outcome,
} from "./execute-awards.js";
import { compare, difference } from "./execute-compare.js";
import {
  observationCheck,
  observationValue,
  policiesList,
  policiesWithTarget,
  policyTargets,
  policyYear,
  targetMet,
  targetValue,
} from "./execute-metrics.js";
import { completeEllipsis, ellipsisOf, type Focus, focusOf, resolveReferences } from "./follow-up.js";
import { findMentions } from "./lexicon.js";
import { matchKey, normalizeQuestion } from "./normalize.js";
import { isFullOrganisationName, parseQuestion, questionText } from "./parse.js";
import { resolvePolicyRefs } from "./policy-refs.js";
import type { EntitySlot, ParsedQuestion } from "./query.js";
import { answerStandardCount, answerStandardQuestion, standardResult } from "./standards.js";
import type { AskResult, Interpretation } from "./types.js";

/** Longest question accepted, in characters (code points). */
export const MAX_QUESTION_LENGTH = 200;

const EMPTY: Outcome = { answer: [], items: [], notes: [] };

async function execute(ctx: AskContext, q: ParsedQuestion): Promise<Outcome> {
  const entity: EntitySlot | undefined =
    q.entities[0] ??
    (q.intent === "entity_awards" && q.regions.length === 1 ? { surface: q.regions[0], kind: "region", names: [q.regions[0]] } : undefined);
  switch (q.intent) {
    case "award_recipients":
      return awardRecipients(ctx, q);
    case "award_intersection":
      return awardIntersection(ctx, q);
    case "award_count":
      return awardCount(ctx, q);
    case "award_year":
      return awardYear(ctx, q);
    case "entity_awards":
      // X公司董事长是谁? asks for the organisation's people, not their awards.
      if (q.asksPeople) return entityPeople(ctx, q, q.entities[0]);
      if (q.entities.length > 1)
        return combine(await Promise.all(q.entities.map((e) => entityAwards(ctx, q, e))), /都|共同|均|同时/.test(q.rest));
      return entity ? entityAwards(ctx, q, entity) : EMPTY;
    case "entity_has_award":
      if (q.entities.length > 1) {
        const each = await Promise.all(q.entities.map((e) => entityHasAward(ctx, q, e)));
        return { answer: each.every((o) => o.answer === true), items: each.flatMap((o) => o.items), notes: each.flatMap((o) => o.notes) };
      }
      return entity ? entityHasAward(ctx, q, entity) : EMPTY;
    case "entity_award_count":
      return entity ? entityAwardCount(ctx, q, entity) : EMPTY;
    case "entity_award_year":
      return entity ? entityAwardYear(ctx, q, entity) : EMPTY;
    case "entity_affiliation":
      return entity ? entityAffiliation(ctx, q, entity) : EMPTY;
    case "observation_value":
      return observationValue(ctx, q);
    case "observation_check":
      return observationCheck(ctx, q);
    case "policies_list":
      return policiesList(ctx, q);
    case "policy_year":
      return policyYear(ctx, q);
    case "policies_with_target":
      return policiesWithTarget(ctx, q);
    case "policy_targets":
      return policyTargets(ctx, q);
    case "target_value":
      return targetValue(ctx, q);
    case "target_met":
      return targetMet(ctx, q);
    case "award_ranking":
      return awardRanking(ctx, q);
    case "awards_list":
      return awardsList(ctx, q);
    case "compare":
      return compare(ctx, q);
    case "difference":
      return difference(ctx, q);
    default:
      // 某某有限公司获得过X吗? about a full name the graph has no record of: no, and say why.
      if (q.form === "bool" && q.unknownName && isFullOrganisationName(q.unknownName)) {
        return { answer: false, items: [], notes: [`图中没有${q.unknownName}的任何获奖或候选记录，故答“否”。`] };
      }
      return EMPTY;
  }
}

/** A 还 question's list without the award the previous answer was about. */
function besides(outcome: Outcome, q: ParsedQuestion, award: string | undefined): Outcome {
  if (!award || q.intent !== "entity_awards" || !Array.isArray(outcome.answer)) return outcome;
  const keep = (name: string) => name !== award;
  return {
    answer: outcome.answer.filter(keep),
    items: outcome.items.filter((i) => keep(i.name)),
    notes: [...outcome.notes, `“还”：不再列出上一问的${award}。`],
  };
}

/** Several recipients' lists: what they all have (都/共同) or what any has. */
function combine(outcomes: Outcome[], all: boolean): Outcome {
  const lists = outcomes.map((o) => (Array.isArray(o.answer) ? o.answer : []));
  const names = all ? lists[0].filter((n) => lists.every((l) => l.includes(n))) : [...new Set(lists.flat())];
  return {
    answer: names,
    items: outcomes.flatMap((o) => o.items).filter((i) => names.includes(i.name)),
    notes: all ? ["取各对象共同获得的奖项。"] : [],
  };
}

const isEmpty = (a: AskResult["answer"]) => Array.isArray(a) && a.length === 0;

async function suggestionsFor(ctx: AskContext, q: ParsedQuestion, outcome: Outcome): Promise<string[]> {
  if (q.intent === "ambiguous")
    return q.ambiguous
      .flatMap((a) => a.names)
      .slice(0, 5)
      .map((n) => `${n}获得过哪些奖?`);
  if (!isEmpty(outcome.answer)) return [];
  const out: string[] = [];
  // An award the question named, else one the graph has (the first in its order: one indexed row).
  const award =
    q.awards[0]?.awards[0] ?? ctx.lexicon.awards.find((a) => a.includes("质量奖")) ?? ctx.lexicon.awards[0] ?? (await ctx.examples()).award;
  if (q.intent === "unknown") {
    if (award) out.push(`${ctx.newestYear ?? ""}${ctx.newestYear ? "年" : ""}哪些企业获得了${award}?`);
    const policy = ctx.lexicon.policies[0] ?? (await ctx.examples()).policy;
    if (policy) out.push(`《${policy}》设定了哪些目标?`);
    out.push("问题中请写出奖项名称（如“省长质量奖”）、企业名称、年份或地区。");
    return out;
  }
  if (q.regions.length || q.year != null || q.edition != null || q.yearFrom != null || q.yearTo != null) {
    if (award) out.push(`哪些单位获得过${award}?（不限地区和年份）`);
  }
  if (q.entities[0]) out.push(`${q.entities[0].names[0]}获得过哪些奖?`);
  out.push("图中没有能回答这个问题的记录；答案为空并不表示事实上没有。");
  return out;
}

function emptyResult(question: string, text: string): AskResult {
  return { question, interpretation: { intent: "unknown", slots: {}, text }, answer: [], items: [], suggestions: [] };
}

/** What the answer is about, for a follow-up question (它, 这个目标) to refer to. */
function focusSlots(q: ParsedQuestion, outcome: Outcome): Interpretation["slots"] {
  const slots: Interpretation["slots"] = {};
  const entity =
    q.entities[0]?.names[0] ??
    (q.intent === "award_recipients" && Array.isArray(outcome.answer) && outcome.answer.length === 1 ? outcome.answer[0] : undefined);
  if (entity) slots.focus_entity = entity;
  const award = q.awards.length === 1 && q.awards[0].awards.length === 1 ? q.awards[0].awards[0] : undefined;
  if (award) slots.focus_award = award;
  const target = outcome.items.map((i) => i.facts[0]).find((f): f is TargetFact => f?.kind === "target");
  // Written with its value, not its year: a year would read as the year of the outcome asked about.
  if (target) slots.focus_target = `${target.policy ? `《${target.policy}》` : ""}${target.metric}${target.value}${target.unit ?? ""}目标`;
  return slots;
}

/**
 * The question with what it leaves to the previous one filled in: an ellipsis (那2020年呢?
 * 泉州呢?) completes the previous question; references (它, 这个目标) are written out.
 */
interface FollowUp {
  question: string;
  notes: string[];
  /** An award the previous answer was about, left out of a 还 question's list (它还获得过什么奖?). */
  besides?: string;
  /** The question a later ellipsis completes: this one, or the previous when this was not understood. */
  focusQuestion?: string;
}

async function followUpOf(backend: Backend, question: string, focus: Focus): Promise<FollowUp> {
  const part = focus.question ? ellipsisOf(normalizeQuestion(question)) : null;
  if (part && focus.question) {
    const whole = completeEllipsis(focus.question, part) ?? (await replaceMention(backend, focus.question, part));
    if (whole) return { question: whole, notes: [`“${part}”代入上一问，即“${whole}”`] };
    return { question, notes: [], focusQuestion: focus.question };
  }
  const resolved = resolveReferences(question, focus);
  const besides = resolved.notes.length && /还/.test(question) ? focus.award : undefined;
  return { ...resolved, ...(besides ? { besides } : {}) };
}

/**
 * The previous question with the name `part` in place of its name of the same kind (甲市 for 乙市);
 * a place also takes the place of the one an award's name begins with (乙市质量奖 → 甲市质量奖).
 */
async function replaceMention(backend: Backend, previous: string, part: string): Promise<string | null> {
  const ctx = await askContext(backend, `${previous}|${part}`);
  const given = findMentions(ctx.lexicon, matchKey(part));
  if (given.length !== 1 || given[0].end - given[0].start !== matchKey(part).length) return null;
  const key = matchKey(questionText(previous));
  const mentions = findMentions(ctx.lexicon, key);
  const old = mentions.find((m) => m.kind === given[0].kind);
  if (old) return old.names.join() === given[0].names.join() ? key : key.slice(0, old.start) + matchKey(part) + key.slice(old.end);
  if (given[0].kind !== "region") return null;
  for (const m of mentions.filter((x) => x.kind === "award")) {
    const place = ctx.regions
      .filter((r) => r.level !== "country")
      .flatMap((r) => [r.name, r.short].filter((p) => p.length >= 2 && m.surface.startsWith(p)).map((p) => ({ p, full: p === r.name })))
      .sort((a, b) => b.p.length - a.p.length)[0];
    // The place written as the award wrote its own: 甲市市长质量奖 → 乙市市长质量奖, 甲省长质量奖 → 乙省长质量奖.
    if (place) return key.slice(0, m.start) + (place.full ? given[0].names[0] : matchKey(part)) + key.slice(m.start + place.p.length);
  }
  return null;
}

/**
 * Answers one question from the graph. Never throws on the question's content; backend errors
 * propagate. `context` is the previous answer (or its interpretation) in the same conversation:
 * references to it in the question (它, 该企业, 这个目标) are resolved from it.
 */
export async function answerQuestion(backend: Backend, question: string, context?: unknown): Promise<AskResult> {
  const raw = typeof question === "string" ? question : String(question ?? "");
  if (!normalizeQuestion(raw)) return emptyResult(raw, "问题为空。");
  if ([...raw].length > MAX_QUESTION_LENGTH) return emptyResult(raw, `问题超过${MAX_QUESTION_LENGTH}个字符，未作解析。`);
  const followUp = context ? await followUpOf(backend, raw, focusOf(context)) : { question: raw, notes: [] };
  let ctx = await askContext(backend, followUp.question);
  let q = parseQuestion(followUp.question, { lexicon: ctx.lexicon, newestYear: ctx.newestYear });
  if (q.nameLookups?.length) {
    // A name the lexicon does not hold may be a fragment or an abbreviation of one: look it up so, read again.
    ctx = await askContext(backend, followUp.question, q.nameLookups);
    q = parseQuestion(followUp.question, { lexicon: ctx.lexicon, newestYear: ctx.newestYear });
  }
  if (!q.policies.length && q.policyRefs.length) q.policies = await resolvePolicyRefs(ctx, q);
  // Standards (issue 17): questions of their own forms first; a count by level when nothing else answers.
  const standard = await answerStandardQuestion(ctx, q, normalizeQuestion(followUp.question));
  if (standard) return standardResult(raw, standard);
  const outcome = besides(await execute(ctx, q), q, followUp.besides);
  const count = isEmpty(outcome.answer) ? await answerStandardCount(ctx, q, normalizeQuestion(followUp.question)) : null;
  if (count) return standardResult(raw, count);
  const items = await withEvidence(backend, outcome.items);
  const notes = [
    ...(followUp.notes.length ? [`承接上一问：${followUp.notes.join("；")}。`] : []),
    ...(q.timeNotes.length ? [`时间理解为：${q.timeNotes.join("；")}。`] : []),
    ...outcome.notes,
  ];
  return {
    question: raw,
    interpretation: {
      intent: q.intent,
      slots: { ...slotsOf(q), ...focusSlots(q, outcome), focus_question: followUp.focusQuestion ?? followUp.question },
      text: [describe(q), ...notes].join(""),
    },
    answer: outcome.answer,
    items,
    suggestions: await suggestionsFor(ctx, q, outcome),
  };
}
