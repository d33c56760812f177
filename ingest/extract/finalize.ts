import { factKey } from "../../graph/fact-keys.js";
import { stableHash } from "../../graph/ids.js";
import type { Evidence, Fact } from "../../graph/types.js";
import type { NewFact } from "./extractor.js";

/**
 * Gives facts their ids and merges facts with the same key (a fact stated in the body and again
 * in a list is one fact with two evidence spans; fields one statement left empty are filled).
 */
export function finalizeFacts(facts: NewFact[]): Fact[] {
  const byKey = new Map<string, Fact>();
  for (const f of facts) {
    const key = factKey(f);
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, { ...f, id: stableHash(key), evidence: dedupeEvidence(f.evidence) } as Fact);
      continue;
    }
    const target = existing as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(f)) if (target[k] == null && v != null) target[k] = v;
    existing.evidence = dedupeEvidence([...existing.evidence, ...f.evidence]);
  }
  return [...byKey.values()];
}

function dedupeEvidence(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = `${e.doc}:${e.start}:${e.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
