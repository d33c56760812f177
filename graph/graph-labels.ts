// The labels and relationship types graph/build-graph.ts makes. Cypher cannot take labels or types
// as parameters, so statements are built from these lists (constants), by the Neo4j loader and by
// the Neo4j backend's counts alike: a node or relationship outside them is refused, never spliced in.
export const PRIMARY_LABELS = [
  "Document",
  "Fact",
  "Organization",
  "Person",
  "Project",
  "Brand",
  "Region",
  "Award",
  "Policy",
  "Metric",
  "Standard",
] as const;
export const FACT_LABELS = ["AwardFact", "PolicyFact", "TargetFact", "ObservationFact"] as const;
export const REL_TYPES = [
  "STATED_IN",
  "RECEIVED",
  "OF_AWARD",
  "AWARDED_IN",
  "AFFILIATED_WITH",
  "OWNED_BY",
  "ABOUT",
  "GOVERNS",
  "SETS",
  "MEASURES",
  "IN_REGION",
  "DRAFTED",
  "EVALUATED_BY",
  "CITES",
] as const;
