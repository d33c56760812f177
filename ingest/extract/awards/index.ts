import type { Extractor } from "../extractor.js";

// Award extraction (issue 3) is being written; until then no award facts.
export const extractAwards: Extractor = () => ({ facts: [], warnings: [], aliases: [] });
