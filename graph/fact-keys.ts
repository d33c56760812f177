import type { Fact } from "./types.js";

// The identifying fields of each kind of fact, as the gold schema's strict keys use them.
// Two facts with the same key in the same document are one fact (evidence merged).
/** A fact's fields without its id and evidence, kind by kind. */
export type FactFields = Fact extends infer T ? (T extends Fact ? Omit<T, "id" | "evidence"> : never) : never;

export function factKey(f: FactFields): string {
  switch (f.kind) {
    case "award":
      return [f.doc, f.kind, f.recipient, f.award, f.year ?? "", f.tier, f.status ?? ""].join("|");
    case "policy":
      return [f.doc, f.kind, f.title].join("|");
    case "target":
      return [f.doc, f.kind, f.metric, f.value, f.deadline_year ?? ""].join("|");
    case "observation":
      return [f.doc, f.kind, f.metric, f.value, f.year ?? ""].join("|");
  }
}
