// Follow-up questions in one conversation: the previous answer's interpretation comes back as
// `context` (the widget sends it; `qkg ask --context` takes it) and a reference in the new question
// (它, 该企业, 这家公司, 这个目标, 该奖项) is replaced by what the previous answer was about, before
// parsing. Only references are resolved; a question without one is read as it stands.
import type { AskResult, Interpretation } from "./types.js";

/** What a previous answer was about, kept in its interpretation's slots. */
export interface Focus {
  entity?: string;
  award?: string;
  /** A goal: its policy and metric, written so that the parser finds them again. */
  target?: string;
  /** The previous question as it was understood (references written out): what an ellipsis completes. */
  question?: string;
}

const ENTITY_REF = /(该企业|这家企业|这个企业|该公司|这家公司|这个公司|该单位|这家单位|这个单位|该组织|这个组织|它|他|她)/;
const TARGET_REF = /(这个目标|该目标|这一目标|此目标|这项目标|该项目标)/;
const AWARD_REF = /(这个奖项|该奖项|这个奖|该奖|这一奖项|此奖)/;

/** The focus a context carries: an AskResult, its interpretation, or the slots alone. */
export function focusOf(context: unknown): Focus {
  if (!context || typeof context !== "object") return {};
  const c = context as Partial<AskResult> & Partial<Interpretation>;
  const slots = (c.interpretation?.slots ?? c.slots ?? {}) as Interpretation["slots"];
  const str = (v: unknown) => (typeof v === "string" && v ? v : undefined);
  const first = (v: unknown) => (Array.isArray(v) && v.length === 1 && typeof v[0] === "string" ? v[0] : str(v));
  return {
    entity: first(slots.focus_entity) ?? first(slots.entity),
    award: first(slots.focus_award) ?? first(slots.award),
    target: str(slots.focus_target),
    question: str(slots.focus_question) ?? str(c.question),
  };
}

// 那2020年呢? 第七届的呢? 泉州呢?: nothing but a new value for one part of the previous question.
const ELLIPSIS = /^(?:那么?|那在|那如果是|如果是|换成|改成)?(.{1,30}?)(?:的情况|的)?(?:呢|怎么样|如何)[?？]?$/;
const YEAR = /\d{4}(?:\s*[~～\-—至到]\s*\d{4})?年度?/g;
const EDITION = /第[\d一二三四五六七八九十百]+[届屆批]/g;

/** The part an elliptical question gives (2020年 of 那2020年呢?), or null when it is a question of its own. */
export function ellipsisOf(question: string): string | null {
  const m = ELLIPSIS.exec(question.trim());
  return m && !/[吗么谁哪几多什]/.test(m[1]) ? m[1].trim() : null;
}

/**
 * The previous question with the year or edition the ellipsis gives in place of its own (written
 * in front when it had none); null when the ellipsis gives neither (a name: see replaceMention).
 */
export function completeEllipsis(previous: string, part: string): string | null {
  for (const re of [YEAR, EDITION]) {
    const given = part.match(re);
    if (!given || given.join("") !== part.replace(/\s/g, "")) continue;
    re.lastIndex = 0;
    return re.test(previous) ? previous.replace(re, given[0]) : given[0] + previous;
  }
  return null;
}

/** The question with its references to the previous answer written out; notes say what was replaced. */
export function resolveReferences(question: string, focus: Focus): { question: string; notes: string[] } {
  let q = question;
  const notes: string[] = [];
  const swap = (re: RegExp, by: string | undefined, what: string) => {
    const m = by ? re.exec(q) : null;
    if (!m || !by) return;
    q = q.slice(0, m.index) + by + q.slice(m.index + m[0].length);
    notes.push(`“${m[0]}”指上一问的${what}“${by}”`);
  };
  swap(TARGET_REF, focus.target, "目标");
  swap(AWARD_REF, focus.award, "奖项");
  swap(ENTITY_REF, focus.entity, "对象");
  return { question: q, notes };
}
