import type { Extractor } from "../extractor.js";

// Policy, target and observation extraction (issue 6) is being written; until then none.
export const extractPolicyFacts: Extractor = () => ({ facts: [], warnings: [], aliases: [] });
