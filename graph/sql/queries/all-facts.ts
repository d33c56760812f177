import { compareSnapshotFacts } from "../../snapshot.js";
import type { Fact, Warning } from "../../types.js";
import type { SqlDatabase } from "../database.js";
import { FACT_COLUMNS, type FactRow, factFromRow } from "./fact-rows.js";

// Every fact (optionally of one kind) in the snapshot's canonical order, for `qkg facts` and for
// reading a whole graph back (Neo4j loading, tests).
export const ALL_FACTS = `SELECT ${FACT_COLUMNS} FROM facts AS f ORDER BY f.doc, f.kind, f.start, f.id`;
export const FACTS_OF_KIND = `SELECT ${FACT_COLUMNS} FROM facts AS f WHERE f.kind = ?1 ORDER BY f.doc, f.kind, f.start, f.id`;

export async function allFacts(db: SqlDatabase, kind?: Fact["kind"]): Promise<Fact[]> {
  const rows = kind ? await db.all<FactRow>(FACTS_OF_KIND, [kind]) : await db.all<FactRow>(ALL_FACTS);
  return rows.map((r) => factFromRow(r)).sort(compareSnapshotFacts);
}

export const ALL_WARNINGS = `SELECT doc, code, message, evidence FROM warnings ORDER BY doc, code, message, rowid`;
export interface WarningRow {
  doc: string;
  code: string;
  message: string;
  evidence: string | null;
}

export async function allWarnings(db: SqlDatabase): Promise<Warning[]> {
  return (await db.all<WarningRow>(ALL_WARNINGS)).map(({ evidence, ...w }) => (evidence ? { ...w, evidence: JSON.parse(evidence) } : w));
}
