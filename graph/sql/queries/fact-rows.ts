// How every fact query reads a fact: the record written by graph/sql/write.ts, with its evidence
// spans gathered from their table in order, in one row per fact (one round trip on D1).
import type { Fact } from "../../types.js";

/** The select list of a fact query over `facts AS f`. */
export const FACT_COLUMNS = `f.record AS record,
  (SELECT json_group_array(CASE WHEN e.page IS NULL
      THEN json_object('doc', e.doc, 'start', e.start, 'end', e."end", 'text', e.text)
      ELSE json_object('doc', e.doc, 'start', e.start, 'end', e."end", 'text', e.text, 'page', e.page) END)
    FROM (SELECT * FROM evidence WHERE evidence.fact = f.n ORDER BY evidence.ord) AS e) AS evidence`;

/** The list order every backend uses (compareFacts in graph/queries.ts). */
export const FACT_ORDER = `ORDER BY f.doc, f.start, f.id`;

export interface FactRow {
  record: string;
  evidence: string;
}

export function factFromRow<F extends Fact = Fact>(row: FactRow): F {
  const fact = JSON.parse(row.record) as F;
  // Assigning keeps the key's place in the record (write.ts left a placeholder there).
  fact.evidence = JSON.parse(row.evidence) as Fact["evidence"];
  return fact;
}
