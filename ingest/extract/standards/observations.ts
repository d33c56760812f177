// Counts of standards by level stay observations and targets (the policy extractor reads them as
// figures): this stage gives such a fact the levels and role of the drafting count it states, so
// that "国家标准40项" and "行业标准12项" can be summed and compared without a new fact.
import type { Evidence, StandardDrafting } from "../../../graph/types.js";
import type { Extraction, NewFact } from "../extractor.js";

const overlaps = (a: Evidence, b: Evidence) => a.doc === b.doc && a.start < b.end && b.start < a.end;

/** The drafting count an observation states: same value, evidence overlapping, the closest by end. */
function countFor(f: NewFact & { kind: "observation" | "target" }, counts: StandardDrafting[]): StandardDrafting | null {
  const matches = counts.filter((c) => c.count === f.value && f.evidence.some((e) => overlaps(e, c.evidence)));
  if (!matches.length) return null;
  const end = f.evidence[0].end;
  return matches.reduce((best, c) => (Math.abs(c.evidence.end - end) < Math.abs(best.evidence.end - end) ? c : best));
}

export function annotateStandardCounts(e: Extraction): Extraction {
  const counts = e.standards?.drafting.filter((d) => d.count != null && d.standard == null) ?? [];
  if (!counts.length) return e;
  const facts = e.facts.map((f) => {
    if (f.kind !== "observation" && f.kind !== "target") return f;
    const c = countFor(f, counts);
    return c ? { ...f, standard_levels: c.levels, standard_role: c.role } : f;
  });
  return { ...e, facts };
}
