// Evidence in context: a source document's text with one evidence span marked (id "evidence", so
// the page opens scrolled to it), and the facts the document states, each linking to its own span.
import type { Messages, ViewMessages } from "../../graph/messages.js";
import type { Fact } from "../../graph/types.js";
import { el, type ViewLinks, type VNode } from "./view-tree.js";

export interface DocumentData {
  id: string;
  title: string | null;
  date: string | null;
  region: string | null;
  text: string;
  facts: Fact[];
}

const CMP: Record<string, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "" };

/** One line per fact, in the reader's language where words are ours and the text's where they are data. */
export function factSummary(f: Fact, t: Messages, v: ViewMessages): string {
  switch (f.kind) {
    case "award":
      return [f.recipient, f.award, f.year ?? f.year_label ?? v.yearUnknown, t.tiers[f.tier] ?? f.tier].join(" · ");
    case "policy":
      return `${v.policy}：${f.title}`;
    case "target":
      return `${v.goal}：${f.metric} ${CMP[f.comparator] ?? ""}${f.value}${f.unit ?? ""}${f.deadline_year ? ` (${f.deadline_year})` : ""}`;
    case "observation":
      return `${v.observed}：${f.metric} ${f.value}${f.unit ?? ""}${f.year ? ` (${f.year})` : ""}`;
  }
}

/** The text split around [start, end): the span in a <mark> the page scrolls to. */
export function markedText(text: string, span: { start: number; end: number } | null, v: ViewMessages): Array<VNode | string> {
  if (!span || span.start < 0 || span.end > text.length || span.start >= span.end) return [text];
  return [
    text.slice(0, span.start),
    el("mark", { id: "evidence", tabindex: -1, "aria-label": v.highlighted }, text.slice(span.start, span.end)),
    text.slice(span.end),
  ];
}

export function documentView(
  d: DocumentData,
  span: { start: number; end: number } | null,
  t: Messages,
  v: ViewMessages,
  links: ViewLinks,
): VNode {
  const meta = [d.date && `${v.date}：${d.date}`, d.region && `${v.region}：${d.region}`].filter(Boolean).join(" · ");
  return el(
    "article",
    { class: "view document-view" },
    el("h1", {}, d.title ?? d.id),
    el("p", { class: "meta" }, meta || d.id),
    el("div", { class: "doc-text", lang: "zh-CN" }, ...markedText(d.text, span, v)),
    d.facts.length > 0 && el("h2", {}, v.factsStated),
    d.facts.length > 0 &&
      el(
        "ol",
        { class: "facts" },
        ...d.facts.map((f) => {
          const e = f.evidence[0];
          const current = span && e && e.start === span.start && e.end === span.end;
          return el(
            "li",
            current ? { class: "current" } : {},
            e
              ? el(
                  "a",
                  { href: links.document(d.id, e.start, e.end), ...(current ? { "aria-current": "location" } : {}) },
                  factSummary(f, t, v),
                )
              : factSummary(f, t, v),
          );
        }),
      ),
  );
}
