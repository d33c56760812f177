import type { Backend } from "../../graph/backend/backend.js";
import type { AwardFact } from "../../graph/types.js";

/** Award facts as the API shows them: the fact plus its documents' titles on each evidence span. */
export async function toAwardItems(backend: Backend, facts: AwardFact[]) {
  const docIds = [...new Set(facts.flatMap((f) => f.evidence.map((e) => e.doc)))];
  const titles = new Map((await backend.documents(docIds)).map((d) => [d.id, d.title]));
  return facts.map((f) => ({
    ...f,
    evidence: f.evidence.map((e) => ({ ...e, title: titles.get(e.doc) ?? null })),
  }));
}
