import type { GazetteerEntry, Warning } from "../../graph/types.js";
import { extractAwards } from "./awards/index.js";
import type { Extraction, Extractor, NewFact } from "./extractor.js";
import { extractPolicyFacts } from "./policy/index.js";
import type { PreparedDocument } from "./prepared-document.js";

/** Every extractor, in order; each reads the prepared document and nothing else. */
export const EXTRACTORS: Extractor[] = [extractAwards, extractPolicyFacts];

export function extractDocument(doc: PreparedDocument, extractors = EXTRACTORS): Extraction {
  const facts: NewFact[] = [];
  const warnings: Warning[] = [];
  const aliases: GazetteerEntry[] = [];
  for (const extract of extractors) {
    const r = extract(doc);
    facts.push(...r.facts);
    warnings.push(...r.warnings);
    aliases.push(...r.aliases);
  }
  return { facts, warnings, aliases };
}
