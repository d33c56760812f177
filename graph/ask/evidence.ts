// Items of an answer carry the spans that state them, with their documents' titles.

import type { Backend } from "../backend/backend.js";
import type { Evidence, Fact } from "../types.js";
import type { AnswerEvidence, AnswerItem } from "./types.js";

export type ItemDraft = Omit<AnswerItem, "evidence"> & { facts: Fact[] };

const MAX_SPANS_PER_ITEM = 5;

export async function withEvidence(backend: Backend, drafts: ItemDraft[]): Promise<AnswerItem[]> {
  const docIds = [...new Set(drafts.flatMap((d) => d.facts.flatMap((f) => f.evidence.map((e) => e.doc))))].sort();
  const titles = new Map((docIds.length ? await backend.documents(docIds) : []).map((d) => [d.id, d.title]));
  return drafts.map(({ facts, ...item }) => {
    const seen = new Set<string>();
    const evidence: AnswerEvidence[] = [];
    for (const f of facts) {
      for (const e of f.evidence as Evidence[]) {
        const k = `${e.doc}|${e.start}|${e.end}`;
        if (seen.has(k) || evidence.length >= MAX_SPANS_PER_ITEM) continue;
        seen.add(k);
        evidence.push({ doc: e.doc, title: titles.get(e.doc) ?? null, text: e.text, start: e.start, end: e.end });
      }
    }
    return { ...item, evidence };
  });
}
