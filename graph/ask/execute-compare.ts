// Comparisons: which of several places has the higher figure or goal (A和B的X哪个高?), whether one
// award's stated total exceeds another's (A比B多吗?), and the gap between two figures (差多少).
// Each side is looked up exactly as a single question about it would be.
import type { AskContext } from "./context.js";
import type { ItemDraft } from "./evidence.js";
import { awardCount, type Outcome } from "./execute-awards.js";
import { bestObservation, bestTarget, targetsOf } from "./execute-metrics.js";
import type { ParsedQuestion } from "./query.js";

/** Which way the question compares: 多/高/大 want the larger, 少/低/小 the smaller. */
const wantsLarger = (rest: string) => !/(更|较|最)?(少|低|小|差)(吗|么|\?|？|$)|哪个[^|?？]{0,6}(少|低|小)/.test(rest);

interface Side {
  label: string;
  value: number | null;
  items: ItemDraft[];
  note: string;
}

/** One place's figure, or its goal when the question speaks of 目标. */
async function placeValue(ctx: AskContext, q: ParsedQuestion, region: string, text: string): Promise<Side> {
  if (/目标|指标要求/.test(text)) {
    const t = bestTarget(await targetsOf(ctx, { ...q, policies: [], regions: [region] }), {
      ...q,
      key: text,
      year: null,
      numbers: [],
      policies: [],
    });
    return t
      ? {
          label: region,
          value: t.value,
          items: [{ name: t.metric, value: t.value, unit: t.unit, year: t.deadline_year, facts: [t] }],
          note: `${region}：目标“${t.metric}”${t.comparator}${t.value}${t.unit ?? ""}（${t.deadline_year ?? "期限未写"}年）`,
        }
      : { label: region, value: null, items: [], note: `${region}：图中没有相符的目标` };
  }
  const b = await bestObservation(ctx, q, text, [region]);
  return b
    ? {
        label: region,
        value: b.o.value,
        items: [{ name: b.o.metric, value: b.o.value, unit: b.o.unit, year: b.o.year, facts: [b.o] }],
        note: `${region}：${b.o.metric}${b.o.value}${b.o.unit ?? ""}`,
      }
    : { label: region, value: null, items: [], note: `${region}：图中没有相符的数字` };
}

/** A named policy's goal for the metric the question names (《某意见》的X目标比某省高吗?). */
async function policyGoal(ctx: AskContext, q: ParsedQuestion): Promise<Side> {
  const t = bestTarget(await targetsOf(ctx, { ...q, regions: [] }), { ...q, year: null });
  const label = q.policies[0];
  return t
    ? {
        label,
        value: t.value,
        items: [{ name: t.metric, value: t.value, unit: t.unit, year: t.deadline_year, facts: [t] }],
        note: `${label}：目标“${t.metric}”${t.comparator}${t.value}${t.unit ?? ""}`,
      }
    : { label, value: null, items: [], note: `${label}：图中没有相符的目标` };
}

/** One award's count, as "有多少…" about it alone would give. */
async function awardValue(ctx: AskContext, q: ParsedQuestion, i: number): Promise<Side> {
  const slot = q.awards[i];
  const o = await awardCount(ctx, { ...q, awards: [slot], regions: [], form: "count", editions: [] });
  return {
    label: slot.surface,
    value: typeof o.answer === "number" ? o.answer : null,
    items: o.items,
    note: `${slot.surface}：${o.notes.join("")}`,
  };
}

export async function compare(ctx: AskContext, q: ParsedQuestion): Promise<Outcome> {
  const larger = wantsLarger(q.rest);
  const sides =
    q.awards.length >= 2
      ? await Promise.all(q.awards.map((_, i) => awardValue(ctx, q, i)))
      : q.policies.length === 1 && q.regions.length === 1
        ? await Promise.all([policyGoal(ctx, q), placeValue(ctx, q, q.regions[0], q.key)])
        : await Promise.all(q.regions.map((r) => placeValue(ctx, q, r, q.key)));
  const items = sides.flatMap((s) => s.items);
  const notes = [`${sides.map((s) => s.note).join("；")}。`];
  const known = sides.filter((s): s is Side & { value: number } => s.value != null);
  // Every side must be known: comparing with a figure the documents do not give is a guess.
  if (known.length < 2 || known.length !== sides.length) return { answer: [], items, notes: [...notes, "缺少一方的数字，无法比较。"] };
  if (q.form === "bool") {
    const [a, b] = known;
    return { answer: larger ? a.value > b.value : a.value < b.value, items, notes };
  }
  const best = known.reduce((x, y) => (larger ? (y.value > x.value ? y : x) : y.value < x.value ? y : x));
  const tied = known.filter((s) => s.value === best.value);
  return { answer: tied.map((s) => s.label), items, notes };
}

const decimals = (x: number) => (String(x).split(".")[1] ?? "").length;

/**
 * 甲和乙差多少: the two clauses around 和/与 each name one figure (a goal when the clause says
 * 目标); the answer is the gap between them, to the precision the figures are written in.
 */
export async function difference(ctx: AskContext, q: ParsedQuestion): Promise<Outcome> {
  const body = q.key.replace(/(相?差|差距|高出|低了?|多了?|少了?)[^|]*$/, "");
  const parts = body.split(/和|与|跟|同|比/).filter((p) => p.length >= 2);
  if (parts.length !== 2) return { answer: [], items: [], notes: ["没有识别出要比较的两个数字。"] };
  const region = q.regions[0];
  const sides = await Promise.all(
    parts.map(async (part): Promise<Side> => {
      if (/目标/.test(part)) {
        const t = bestTarget(await targetsOf(ctx, q), { ...q, key: part, year: null, numbers: [] });
        return t
          ? {
              label: part,
              value: t.value,
              items: [{ name: t.metric, value: t.value, unit: t.unit, year: t.deadline_year, facts: [t] }],
              note: `目标“${t.metric}”${t.comparator}${t.value}${t.unit ?? ""}`,
            }
          : { label: part, value: null, items: [], note: `“${part}”没有相符的目标` };
      }
      const b = await bestObservation(ctx, q, part, region ? [region] : []);
      return b
        ? {
            label: part,
            value: b.o.value,
            items: [{ name: b.o.metric, value: b.o.value, unit: b.o.unit, year: b.o.year, facts: [b.o] }],
            note: `实际“${b.o.metric}”${b.o.value}${b.o.unit ?? ""}`,
          }
        : { label: part, value: null, items: [], note: `“${part}”没有相符的数字` };
    }),
  );
  const items = sides.flatMap((s) => s.items);
  const notes = [`${sides.map((s) => s.note).join("；")}。`];
  const [a, b] = sides;
  if (a.value == null || b.value == null) return { answer: [], items, notes: [...notes, "缺少一方的数字，无法计算差值。"] };
  const places = Math.max(decimals(a.value), decimals(b.value));
  return { answer: Number(Math.abs(a.value - b.value).toFixed(places)), items, notes };
}
