// Which quantified items are goals, and the goal's deadline. A policy document's figures are its
// goals; a news text states goals where it looks ahead: a deadline (到2022年底), a striving verb
// (力争, 争创), or a section that turns to the present year's plan (今年…将…).

import { metricKey } from "../../../graph/metrics.js";
import type { TargetFact } from "../../../graph/types.js";
import type { PreparedDocument } from "../prepared-document.js";
import type { SectionYear } from "./context.js";
import type { QuantityItem } from "./items.js";

type NewTarget = Omit<TargetFact, "id">;

const STRIVE = /力争|争创|争取|确保(?!了)|目标是|目标为|预计|计划到|力求/;
const DONE = /累计|已经|已|现有|拥有|共有|获得|获评|完成了|实现了/;

export interface GoalContext {
  policyDoc: string | null;
  speaking: number | null;
  section: SectionYear | null;
  sentenceText: string;
  /** The last deadline named in the document before this sentence (a policy's 到2020年 paragraph). */
  lastDeadline: number | null;
  /** The year a plan's title plans for ("…2019年行动计划"): the deadline of its undated goals. */
  planYear?: number | null;
  /** The paragraph opens with a period of review ("近年来，…", "2018年以来"): it states outcomes. */
  reviewParagraph?: boolean;
}

/** A policy's review of where things stand ("“十三五”时期…达到…", "截至2020年底…") states outcomes. */
const REVIEW = /时期|期间|以来|截至|截止|已经|已达|已有|现有|分别达到了/;

export function isGoal(item: QuantityItem, ctx: GoalContext): boolean {
  if (ctx.reviewParagraph && item.toYear == null && !STRIVE.test(ctx.sentenceText)) return false;
  if (ctx.policyDoc) return item.toYear != null || STRIVE.test(ctx.sentenceText) || !REVIEW.test(ctx.sentenceText);
  const reference = ctx.section?.year ?? ctx.speaking ?? 0;
  if (item.toYear != null && item.toYear >= reference) return true;
  if (STRIVE.test(ctx.sentenceText)) return true;
  if (ctx.section?.plan) {
    if (item.year != null && ctx.speaking != null && item.year < ctx.speaking) return false;
    return !DONE.test(ctx.sentenceText);
  }
  return false;
}

export function deadlineOf(item: QuantityItem, ctx: GoalContext): number | null {
  if (item.toYear != null) return item.toYear;
  if (item.year != null && (ctx.speaking == null || item.year >= ctx.speaking)) return item.year;
  if (ctx.policyDoc) return ctx.lastDeadline ?? ctx.planYear ?? null;
  if (ctx.section?.plan) return ctx.section.year;
  return ctx.lastDeadline ?? ctx.speaking;
}

export function targetFact(doc: PreparedDocument, item: QuantityItem, ctx: GoalContext, region: string | null): NewTarget {
  return {
    doc: doc.record.id,
    kind: "target",
    evidence: [{ doc: doc.record.id, start: item.start, end: item.end, text: doc.record.text.slice(item.start, item.end) }],
    policy: ctx.policyDoc,
    region,
    metric: item.metric,
    metric_key: metricKey(item.metric),
    comparator: item.comparator,
    value: item.value,
    ...(item.valueMax != null ? { value_max: item.valueMax } : {}),
    unit: item.unit,
    deadline_year: deadlineOf(item, ctx),
  };
}
