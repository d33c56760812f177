// Who drafted, read backwards from a standard or a count in its sentence: the last drafting role
// said before it ("主导和参与制修订…", "参与…修订") and the organisation opening its clause.
import { DRAFTING_VERBS, NEUTRAL_VERBS, ROLE_WORDS } from "../../../graph/standard-vocabulary.js";
import type { DraftingRole } from "../../../graph/types.js";

export type Marker = { kind: "role"; role: DraftingRole } | { kind: "verb" } | { kind: "neutral" };

const alt = (words: readonly string[]) => words.map((w) => w.replace(/[()]/g, "\\$&")).join("|");
const MARKERS = new Map<string, Marker>([
  ...ROLE_WORDS.map(([w, role]) => [w, { kind: "role", role }] as [string, Marker]),
  ...DRAFTING_VERBS.map((w) => [w, { kind: "verb" }] as [string, Marker]),
  ...NEUTRAL_VERBS.map((w) => [w, { kind: "neutral" }] as [string, Marker]),
]);
// Longest first, so "主导和参与" is one marker and not "主导" then "参与".
const MARKER_RE = new RegExp(
  [...MARKERS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => alt([w]))
    .join("|"),
  "g",
);

export interface RoleReading {
  /** The role in force, null when the last word said is a drafting verb without a role (制定) or a neutral one (发布). */
  role: DraftingRole | null;
  /** Whether any drafting word (role or verb) governs: a bare "国家标准3项" after "拥有" is not drafting. */
  drafting: boolean;
  /** Offset in the text where the governing words start (the role word, else the verb). */
  at: number;
}

/**
 * The drafting role governing what follows `text` (the sentence up to a standard or a count). A role
 * word reaches over a list ("主导制定国际标准2项、国家标准5项") until another verb is said
 * ("…，发布地方标准9项" ends it). A drafting verb takes the role written right before it.
 */
export function roleBefore(text: string): RoleReading | null {
  const found = [...text.matchAll(MARKER_RE)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
    marker: MARKERS.get(m[0])!,
  }));
  const last = found[found.length - 1];
  if (!last) return null;
  if (last.marker.kind === "neutral") return { role: null, drafting: false, at: last.start };
  if (last.marker.kind === "role") return { role: last.marker.role, drafting: true, at: last.start };
  const prev = found[found.length - 2];
  const roleRightBefore = prev && prev.marker.kind === "role" && prev.end === last.start ? prev : null;
  return roleRightBefore && roleRightBefore.marker.kind === "role"
    ? { role: roleRightBefore.marker.role, drafting: true, at: roleRightBefore.start }
    : { role: null, drafting: true, at: last.start };
}

const ORG_SUFFIX = "(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|公司|研究院|研究所|设计院|大学|学院|协会|学会|商会|中心|工厂|厂)";
// The firm that opens a clause, just before its drafting words: "某某科技有限公司主导制定…", "某某集团累计参与…".
const ADVERBS = "(?:近年来|近三年|累计|先后|分别|共|均|已|还|也|等单位|等企业)*";
const ORG_AT_END = new RegExp(`([\\u4e00-\\u9fa5A-Za-z0-9()（）]{2,40}?${ORG_SUFFIX})${ADVERBS}$`);
// "该公司参与…", "公司累计主导…": a clause that only refers back to a firm named before.
const REFERS_BACK = new RegExp(`^((?:该|本|这家|此)?(?:公司|企业|集团|单位))${ADVERBS}$`);
// Words no organisation's name holds: a whole region speaking (全市), a verb, a count
// ("全市拥有3个检测中心" is a statement, not a firm).
const NOT_A_NAME = /全[国省市区县]|拥有|新建|建成|建设|获得|实现|达到|完成|新增|累计|共有|\d/;
// The subject opening a sentence: a firm's name, or a word referring back to one.
const SUBJECT_AT_START = new RegExp(
  `^((?:该|本|这家|此)?(?:公司|企业|集团|单位)|[\\u4e00-\\u9fa5A-Za-z0-9()（）]{2,40}?${ORG_SUFFIX})(?![\\u4e00-\\u9fa5]{0,2}(?:${ORG_SUFFIX}))`,
);
// A date opening the clause is not part of the name ("2022年某某公司…").
const LEADING_DATE = /^(?:(?:19|20)\d\d年(?:度|以来)?|今年|去年|近年来)/;
// Where a clause starts: after punctuation; an organisation named later than this is not the subject.
const CLAUSE_START = /[，,；;。：:！!？?]/g;

export type Drafter = { organization: string } | { refersBack: string } | null;

/** A firm named at the start of `text`, or a word referring back to one. */
function subjectAtEnd(clause: string): Drafter {
  const back = REFERS_BACK.exec(clause);
  if (back) return { refersBack: back[1] };
  const m = ORG_AT_END.exec(clause);
  if (!m) return null;
  const name = m[1].replace(/^(?:其中|其|由|经|以|并|和|与|及)/, "");
  return NOT_A_NAME.test(name) ? null : { organization: name };
}

/**
 * The organisation that drafted: the one opening the clause before `at` ("某某有限公司主导制定…"), else
 * the subject opening the sentence, which carries over its commas ("某某公司作为第一起草单位，牵头起草…",
 * "某某公司获评…，参与制定…").
 */
export function drafterBefore(text: string, at: number): Drafter {
  const head = text.slice(0, at);
  let from = 0;
  for (const m of head.matchAll(CLAUSE_START)) from = m.index + 1;
  const clause = head
    .slice(from)
    .replace(/^[ \t“"]+/, "")
    .replace(LEADING_DATE, "");
  const own = subjectAtEnd(clause);
  if (own || from === 0) return own;
  const opening = head
    .replace(/^[ \t“"]+/, "")
    .replace(LEADING_DATE, "")
    .replace(/^[，,]/, "");
  const subject = SUBJECT_AT_START.exec(opening);
  return subject ? subjectAtEnd(subject[1]) : null;
}

const ROLE_ALT = ROLE_WORDS.map(([w]) => w).join("|");
// "《…》由某某公司牵头起草", "DB32/T …由某某研究院负责制定": the drafter written after the standard,
// in the same clause.
const PASSIVE = new RegExp(
  `^[^，,；;。]{0,20}?由([\\u4e00-\\u9fa5A-Za-z0-9()（）]{2,40}?${ORG_SUFFIX})(?:等单位|等企业|等)?(${ROLE_ALT}|负责)?(?:${alt(DRAFTING_VERBS)})`,
);

/** The drafter a passive clause after a standard names, the role it states (负责 → led) and where the clause's drafting verb ends. */
export function drafterAfter(text: string): { organization: string; role: DraftingRole | null; end: number } | null {
  const m = PASSIVE.exec(text);
  if (!m || NOT_A_NAME.test(m[1])) return null;
  const role = m[2] === "负责" ? "led" : (ROLE_WORDS.find(([w]) => w === m[2])?.[1] ?? null);
  return { organization: m[1], role, end: m[0].length };
}
