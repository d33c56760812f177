// Builds the answer's DOM from an AskResult. Data only ever becomes text nodes (createTextNode /
// textContent); attribute names are fixed here, never taken from data.
import type { AnswerEvidence, AnswerItem, AskResult } from "../../graph/ask/types.js";
import type { Messages } from "./i18n.js";
import type { ViewLinks } from "./view-tree.js";

type Child = Node | string | null | undefined | false;

export function h(doc: Document, tag: string, attrs: Record<string, string>, ...children: Child[]): HTMLElement {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === "string" ? doc.createTextNode(c) : c);
  }
  return el;
}

const DIGIT = /[0-9０-９.]/;

/** A number matches only as a whole number: 1 is not marked inside 2021, nor 95 inside 95.5. */
function matchesAt(text: string, needle: string, i: number): boolean {
  if (!text.startsWith(needle, i)) return false;
  if (!/^[0-9.]+$/.test(needle)) return true;
  const before = text[i - 1] ?? "";
  const after = text.slice(i + needle.length, i + needle.length + 2);
  return !DIGIT.test(before) && !/^([0-9０-９]|\.[0-9])/.test(after);
}

/** Splits `text` around every occurrence of the needles, marking them: ["a", <mark>b</mark>, "c"]. */
export function highlight(doc: Document, text: string, needles: string[]): Node[] {
  const wanted = [...new Set(needles.filter((n) => n.length > 0))].sort((a, b) => b.length - a.length);
  const out: Node[] = [];
  let i = 0;
  let plain = "";
  while (i < text.length) {
    const hit = wanted.find((n) => matchesAt(text, n, i));
    if (hit) {
      if (plain) out.push(doc.createTextNode(plain));
      plain = "";
      out.push(h(doc, "mark", { part: "mark" }, hit));
      i += hit.length;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  if (plain) out.push(doc.createTextNode(plain));
  return out;
}

function formatValue(value: number, unit: string | null | undefined): string {
  return unit ? `${value}${unit}` : String(value);
}

function itemMeta(item: AnswerItem, t: Messages): string {
  const bits: string[] = [];
  if (item.year != null) bits.push(String(item.year));
  if (item.award && item.award !== item.name) bits.push(item.award);
  const tier = item.tier && item.tier !== "winner" ? (t.tiers[item.tier] ?? item.tier) : "";
  // "提名奖" once is enough: not again when the name or award already says it.
  if (tier && !item.name.includes(tier) && !(item.award ?? "").includes(tier)) bits.push(tier);
  if (typeof item.value === "number") bits.push(formatValue(item.value, item.unit));
  return bits.join(" · ");
}

function renderEvidence(doc: Document, ev: AnswerEvidence, item: AnswerItem, t: Messages, links?: ViewLinks, open?: string): HTMLElement {
  const needles = [item.name];
  if (typeof item.value === "number") needles.push(String(item.value));
  if (item.year != null) needles.push(String(item.year));
  return h(
    doc,
    "figure",
    { part: "evidence", class: "evidence" },
    h(doc, "blockquote", { part: "evidence-text", class: "evidence-text" }, ...highlight(doc, ev.text, needles)),
    h(
      doc,
      "figcaption",
      { part: "evidence-title", class: "evidence-title" },
      `${t.source}：`,
      h(doc, "cite", {}, ev.title ?? ev.doc),
      // One click to the source with the span marked (the document view on the qkg site).
      links && open && " · ",
      links &&
        open &&
        h(doc, "a", { part: "open-source", href: links.document(ev.doc, ev.start, ev.end), target: "_blank", rel: "noopener" }, open),
    ),
  );
}

/** `links` and `open` (the link's words) add "open in source" to each evidence. */
export function renderItem(doc: Document, item: AnswerItem, t: Messages, links?: ViewLinks, open?: string): HTMLElement {
  const meta = itemMeta(item, t);
  return h(
    doc,
    "li",
    { part: "item", class: "item" },
    h(
      doc,
      "div",
      { class: "item-head" },
      h(doc, "strong", { part: "name", class: "name" }, item.name),
      meta && h(doc, "span", { part: "meta", class: "meta" }, meta),
    ),
    item.note && h(doc, "p", { part: "note", class: "note" }, item.note),
    ...item.evidence.map((ev) => renderEvidence(doc, ev, item, t, links, open)),
  );
}

/** The headline: yes/no, a number, or how many names were found. */
export function renderHeadline(doc: Document, result: AskResult, t: Messages): HTMLElement | null {
  const { answer } = result;
  if (typeof answer === "boolean") {
    return h(doc, "p", { part: "answer", class: `answer answer-bool ${answer ? "yes" : "no"}` }, answer ? t.yes : t.no);
  }
  if (typeof answer === "number") {
    const first = result.items[0];
    const unit = first && first.value === answer ? first.unit : null;
    return h(doc, "p", { part: "answer", class: "answer answer-number" }, formatValue(answer, unit));
  }
  if (answer.length === 0) return null;
  return h(doc, "p", { part: "answer", class: "answer answer-count" }, t.count(answer.length));
}

/** Items to show: the result's items, or bare names when the answer has names without items. */
export function answerItems(result: AskResult): AnswerItem[] {
  if (result.items.length > 0) return result.items;
  return Array.isArray(result.answer) ? result.answer.map((name) => ({ name, evidence: [] })) : [];
}

export function isEmptyAnswer(result: AskResult): boolean {
  return Array.isArray(result.answer) && result.answer.length === 0 && result.items.length === 0;
}

/** A short sentence for the aria-live region: what a screen reader user hears when results arrive. */
export function announce(result: AskResult, t: Messages): string {
  const { answer } = result;
  if (typeof answer === "boolean") return `${result.interpretation.text} ${answer ? t.yes : t.no}`;
  if (typeof answer === "number") return `${result.interpretation.text} ${renderHeadlineText(result)}`;
  if (isEmptyAnswer(result)) return t.noAnswer;
  const names = answer.length > 0 ? answer : result.items.map((i) => i.name);
  return t.found(names.length, names.slice(0, 5));
}

function renderHeadlineText(result: AskResult): string {
  const first = result.items[0];
  const n = result.answer as number;
  return formatValue(n, first && first.value === n ? first.unit : null);
}
