// What a backend can be asked: the filters on facts and the shapes of its smaller answers. Pure
// types shared by the SQL queries (graph/sql/), the in-memory queries (graph/queries.ts) and the
// Backend interface (graph/backend/backend.ts re-exports them).
import type { Fact, Level, RecipientType, Tier } from "./types.js";

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

/** One year or one edition (届) of an award: what a question's guessed award list is read for. */
export interface AwardTime {
  field: "year" | "edition";
  value: number;
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

/** A document with its cleaned text and every fact it states (their evidence offsets point into `text`). */
export interface DocumentText extends DocumentSummary {
  text: string;
  facts: Fact[];
}

export interface GraphStats {
  labels: Record<string, number>;
  types: Record<string, number>;
}

/**
 * Where a page of a list starts: the sort key of the last fact of the previous page (facts are
 * ordered by document, first evidence offset, id; see compareFacts in graph/queries.ts).
 */
export interface FactCursor {
  doc: string;
  start: number;
  id: string;
}

/** A page of a list: at most `limit` items after `after`. */
export interface Page {
  limit: number;
  after?: FactCursor;
}
