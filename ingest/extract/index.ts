import { extractAwards } from "./awards/index.js";
import type { Extraction, Extractor } from "./extractor.js";
import { extractPolicyFacts } from "./policy/index.js";
import type { PreparedDocument } from "./prepared-document.js";
import { extractStandards } from "./standards/index.js";
import { linkStandardRefs } from "./standards/links.js";
import { annotateStandardCounts } from "./standards/observations.js";

/** Every extractor, in order; each reads the prepared document and nothing else. */
export const EXTRACTORS: Extractor[] = [extractAwards, extractPolicyFacts, extractStandards];

export function mergeExtractions(list: Extraction[]): Extraction {
  const standards = list.flatMap((e) => (e.standards ? [e.standards] : []));
  return {
    facts: list.flatMap((e) => e.facts),
    warnings: list.flatMap((e) => e.warnings),
    aliases: list.flatMap((e) => e.aliases),
    ...(standards.length ? { standards: { refs: standards.flatMap((s) => s.refs), drafting: standards.flatMap((s) => s.drafting) } } : {}),
  };
}

/**
 * Runs the extractors, then two stages that read what they found together: observations and
 * targets that count standards get their levels; standard references their awards and policies.
 */
export function extractDocument(doc: PreparedDocument, extractors = EXTRACTORS): Extraction {
  return linkStandardRefs(doc, annotateStandardCounts(mergeExtractions(extractors.map((extract) => extract(doc)))));
}
