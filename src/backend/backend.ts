import type {
  AwardFact,
  GazetteerEntry,
  Level,
  ObservationFact,
  PolicyFact,
  RecipientType,
  RegionRecord,
  TargetFact,
  Tier,
} from "../../graph/types.js";

/** Filters on award facts; all given filters must hold. Names are canonical (resolve aliases first). */
export interface AwardFilter {
  year?: number;
  yearFrom?: number;
  yearTo?: number;
  award?: string;
  level?: Level;
  tier?: Tier;
  /** The awarding programme's region is one of these (江苏省 for 江苏省省长质量奖). */
  awardRegions?: string[];
  /** The recipient's own region is one of these (株洲市 for a 株洲 firm). */
  recipientRegions?: string[];
  recipient?: string;
  recipientType?: RecipientType;
  edition?: number;
}

export interface TargetFilter {
  policy?: string;
  metricKey?: string;
  regions?: string[];
}

export interface ObservationFilter {
  metricKey?: string;
  regions?: string[];
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  date: string | null;
  region: string | null;
}

export interface GraphStats {
  labels: Record<string, number>;
  types: Record<string, number>;
}

/**
 * Where answers come from. Two implementations: the snapshot (default, no database) and Neo4j over
 * its HTTP Query API. Both return facts in the order of `compareFacts` (graph/queries.ts), so that
 * everything built on top (routes, questions, target judging) gives identical answers on either.
 * Region filters list exact names; containment is expanded by the caller (graph/regions.ts).
 */
export interface Backend {
  readonly kind: "snapshot" | "neo4j";
  awards(filter: AwardFilter): Promise<AwardFact[]>;
  policies(): Promise<PolicyFact[]>;
  targets(filter: TargetFilter): Promise<TargetFact[]>;
  observations(filter: ObservationFilter): Promise<ObservationFact[]>;
  documents(ids: string[]): Promise<DocumentSummary[]>;
  gazetteer(): Promise<GazetteerEntry[]>;
  regions(): Promise<RegionRecord[]>;
  stats(): Promise<GraphStats>;
}
