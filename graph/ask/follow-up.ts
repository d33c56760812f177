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
  return { entity: first(slots.focus_entity) ?? first(slots.entity), award: first(slots.focus_award) ?? first(slots.award), target: str(slots.focus_target) };
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
