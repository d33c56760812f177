// What a standard reference is linked to, read once every extractor has run: the award whose
// review it is the basis of, and the policy whose own text cites it. Facts of the same document
// say which awards and policies there are.
import type { StandardRef, Warning } from "../../../graph/types.js";
import { spanAt } from "../../text/sentences.js";
import type { Extraction, NewFact } from "../extractor.js";
import type { PreparedDocument } from "../prepared-document.js";

type PolicyFact = NewFact & { kind: "policy" };

const within = (outer: { start: number; end: number }, inner: { start: number; end: number }) =>
  outer.start <= inner.start && inner.end <= outer.end;

/**
 * The awards a basis reference is the review standard of: the programmes of the policies the same
 * sentence cites ("按照《某奖评审办法》、《…准则》评审" → 某奖), else the one award the document grants.
 * Several awards and no policy to choose by: none, with a warning.
 */
function evaluatedAwards(doc: PreparedDocument, ref: StandardRef, facts: NewFact[], warnings: Warning[]): string[] {
  const sentence = spanAt(doc.sentences, ref.evidence.start);
  const policies = facts.filter((f): f is PolicyFact => f.kind === "policy" && !!sentence && f.evidence.some((e) => within(sentence, e)));
  const programmes = [...new Set(policies.flatMap((p) => p.programmes ?? []))];
  if (programmes.length) return programmes;
  const granted = [...new Set(facts.flatMap((f) => (f.kind === "award" ? [f.award] : [])))];
  if (granted.length === 1) return granted;
  if (granted.length > 1) {
    warnings.push({
      doc: ref.doc,
      code: "standard-award-unresolved",
      message: `the review standard "${ref.title ?? ref.code}" may be that of ${granted.join(", ")}`,
      evidence: ref.evidence,
    });
  }
  return [];
}

/** Policies whose own text this is: a policy fact whose title the document's title carries. */
function ownPolicies(doc: PreparedDocument, facts: NewFact[]): string[] {
  const title = doc.record.title ?? "";
  return [...new Set(facts.flatMap((f) => (f.kind === "policy" && title.includes(f.title) ? [f.title] : [])))];
}

export function linkStandardRefs(doc: PreparedDocument, e: Extraction): Extraction {
  if (!e.standards?.refs.length) return e;
  const warnings: Warning[] = [];
  const cited = ownPolicies(doc, e.facts);
  const refs = e.standards.refs.map((ref) => {
    const evaluates = ref.evaluation_basis ? evaluatedAwards(doc, ref, e.facts, warnings) : [];
    return { ...ref, ...(evaluates.length ? { evaluates } : {}), ...(cited.length ? { cited_by: cited } : {}) };
  });
  return { ...e, warnings: [...e.warnings, ...warnings], standards: { ...e.standards, refs } };
}
