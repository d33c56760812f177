// The rows of the one-statement-per-fact-label write (statements.ts createFactsWithLinks): a document
// batch's facts by label, each carrying the other ends of its relationships, grouped by kind of
// relationship (type, direction, label at the other end). A relationship between two facts has no
// single fact to ride on: it is left for the relationship statements (none in graphs qkg builds today).
import type { DocumentPlan, FactLabel, RelGroup } from "./plan.js";
import type { FactLink, FactRow } from "./statements.js";
import { toNeo4jProps } from "./values.js";

export interface FactBatch {
  label: FactLabel;
  links: FactLink[];
  rows: FactRow[];
}

const hasProps = (props: Record<string, unknown>) => Object.values(props).some((v) => v != null);

/** One kind of link of a relationship group, or null when no end (or both) is a fact. */
function linkOf(group: RelGroup, elements: Map<string, string>): FactLink | null {
  const factIsStart = group.startLabel === "Fact";
  if (factIsStart === (group.endLabel === "Fact")) return null;
  const other = factIsStart ? group.endLabel : group.startLabel;
  // Ends made in this transaction (the batch's documents) are found by element id: index seeks into
  // a large uncommitted transaction state are slow.
  const made = group.rows.every((r) => elements.has(factIsStart ? r.end : r.start));
  return { type: group.type, factIsStart, other: made ? "element" : other, props: group.rows.some((r) => hasProps(r.props)) };
}

/**
 * `elements`: nodeId → element id of the nodes this transaction made before the facts (documents).
 * Returns the facts by label with their links, and the relationship groups left over.
 */
export function factBatches(docs: DocumentPlan[], elements: Map<string, string>): { batches: FactBatch[]; rest: RelGroup[] } {
  const labelOf = new Map<string, FactLabel>();
  const linksOf = new Map<string, Map<string, FactRow["links"][number]>>();
  const order = new Map<FactLabel, { id: string; props: Record<string, unknown> }[]>();
  for (const d of docs) {
    for (const g of d.facts) {
      const list = order.get(g.label) ?? order.set(g.label, []).get(g.label)!;
      for (const row of g.rows) {
        labelOf.set(row.id, g.label);
        linksOf.set(row.id, new Map());
        list.push({ id: row.id, props: toNeo4jProps(row.props) });
      }
    }
  }
  const rest: RelGroup[] = [];
  const kinds = new Map<string, FactLink>();
  const used = new Map<FactLabel, Set<string>>();
  for (const group of docs.flatMap((d) => d.rels)) {
    const link = linkOf(group, elements);
    const factId = (r: RelGroup["rows"][number]) => (link?.factIsStart ? r.start : r.end);
    if (!link || !group.rows.every((r) => labelOf.has(factId(r)))) {
      rest.push(group);
      continue;
    }
    const key = JSON.stringify(link);
    kinds.set(key, link);
    for (const r of group.rows) {
      const fact = factId(r);
      const otherId = link.factIsStart ? r.end : r.start;
      const end = link.other === "element" ? elements.get(otherId)! : otherId;
      (used.get(labelOf.get(fact)!) ?? used.set(labelOf.get(fact)!, new Set()).get(labelOf.get(fact)!)!).add(key);
      const lists = linksOf.get(fact)!;
      const list = lists.get(key) ?? lists.set(key, []).get(key)!;
      list.push(link.props ? { e: end, p: toNeo4jProps(r.props) } : end);
    }
  }
  const batches = [...order].map(([label, facts]) => {
    // Sorted: the same kinds give the same statement text (the server's plan cache).
    const keys = [...(used.get(label) ?? [])].sort();
    const rows = facts.map((f) => ({ ...f, links: keys.map((k) => linksOf.get(f.id)!.get(k) ?? []) }));
    return { label, links: keys.map((k) => kinds.get(k)!), rows };
  });
  return { batches, rest };
}
