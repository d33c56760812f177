import { extractAwards } from "./awards/index.js";
import type { Extraction, Extractor } from "./extractor.js";
import { extractPolicyFacts } from "./policy/index.js";
import type { PreparedDocument } from "./prepared-document.js";

/** Every extractor, in order; each reads the prepared document and nothing else. */
export const EXTRACTORS: Extractor[] = [extractAwards, extractPolicyFacts];

export function mergeExtractions(list: Extraction[]): Extraction {
  return {
    facts: list.flatMap((e) => e.facts),
    warnings: list.flatMap((e) => e.warnings),
    aliases: list.flatMap((e) => e.aliases),
  };
}

export function extractDocument(doc: PreparedDocument, extractors = EXTRACTORS): Extraction {
  return mergeExtractions(extractors.map((extract) => extract(doc)));
}
