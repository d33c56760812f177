import type { Page } from "../../filters.js";
import { compareFacts } from "../../queries.js";
import type { PolicyFact } from "../../types.js";
import { type SqlDatabase, whereClause } from "../database.js";
import { DOC_SUMMARY_COLUMN, DOC_SUMMARY_JOIN, type DocSummaryRow, type DocumentSummaryCache } from "./document-summaries.js";
import { FACT_COLUMNS, FACT_ORDER, type FactRow, factFromRow } from "./fact-rows.js";
import { pageClause } from "./page.js";

// Every policy fact, in the fact order.
export type PoliciesRow = FactRow & DocSummaryRow;

export async function policies(db: SqlDatabase, page?: Page, docs?: DocumentSummaryCache): Promise<PolicyFact[]> {
  const paged = pageClause([["f.kind = ?", "policy"]], page);
  const where = whereClause(paged.conditions);
  const columns = docs ? `${FACT_COLUMNS}, ${DOC_SUMMARY_COLUMN}` : FACT_COLUMNS;
  const join = docs ? ` ${DOC_SUMMARY_JOIN}` : "";
  const rows = await db.all<PoliciesRow>(`SELECT ${columns} FROM facts AS f${join} ${where.sql} ${FACT_ORDER}${paged.limit}`, where.params);
  docs?.remember(rows);
  const facts = rows.map((r) => factFromRow<PolicyFact>(r));
  return page ? facts : facts.sort(compareFacts);
}
