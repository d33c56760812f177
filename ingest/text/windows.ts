// Extraction over a very long document, a window of whole paragraphs at a time. The extractors
// relate every sentence to every paragraph, token and region mention of their document; over a
// 50 MB file those relations are quadratic, so a long document is shown to them in windows of
// at most WINDOW characters and the facts' offsets are moved back into the whole text.
import { factKey } from "../../graph/fact-keys.js";
import type { DocumentStandards, Evidence, Warning } from "../../graph/types.js";
import type { Extraction, NewFact } from "../extract/extractor.js";
import { extractDocument } from "../extract/index.js";
import type { PreparedDocument, RegionMention, Token } from "../extract/prepared-document.js";
import type { Span } from "./sentences.js";

/** Documents up to this many characters are extracted whole (every notice we have seen is far below). */
export const WHOLE_DOCUMENT = 100_000;
/**
 * The window for longer ones. The extractors' cost grows with the square of what they see at once:
 * on 2 MB of notices, 20,000-character windows extract in 4 s, 100,000-character ones in 20 s.
 */
export const WINDOW = 20_000;

export type Segmenter = (text: string, offset: number) => Token[];

/** The paragraph ranges [first, last) of each window: whole paragraphs, at most WINDOW characters each. */
export function windowRanges(paragraphs: Span[], window = WINDOW): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let first = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (i > first && paragraphs[i].end - paragraphs[first].start > window) {
      out.push([first, i]);
      first = i;
    }
  }
  if (first < paragraphs.length) out.push([first, paragraphs.length]);
  return out;
}

/** One window of `doc` as a document of its own: offsets relative to `base`, tokens segmented now. */
export function windowDocument(
  doc: PreparedDocument,
  first: number,
  last: number,
  segment: Segmenter,
): { view: PreparedDocument; base: number } {
  const base = doc.paragraphs[first].start;
  const end = doc.paragraphs[last - 1].end;
  const shift = (s: Span): Span => ({ start: s.start - base, end: s.end - base, text: s.text });
  const paragraphs = doc.paragraphs.slice(first, last).map(shift);
  const sentences = doc.sentences.slice(lowerBound(doc.sentences, base), lowerBound(doc.sentences, end)).map(shift);
  const regionMentions: RegionMention[] = doc.regionMentions
    .slice(lowerBound(doc.regionMentions, base), lowerBound(doc.regionMentions, end))
    .map((m) => ({ ...m, start: m.start - base, end: m.end - base }));
  const tokens = paragraphs.flatMap((p) => segment(p.text, p.start));
  const view: PreparedDocument = {
    ...doc,
    record: { ...doc.record, text: doc.record.text.slice(base, end) },
    norm: doc.norm.slice(base, end),
    paragraphs,
    sentences,
    tokens,
    regionMentions,
  };
  return { view, base };
}

/** Index of the first item starting at or after `pos` (items sorted by start). */
function lowerBound(items: Array<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Extracts a prepared document, window by window when it is long, with offsets into its whole
 * text and, for a PDF, the page of every evidence span. A short document is extracted exactly as
 * `extractDocument` does.
 */
export function extractBounded(
  doc: PreparedDocument,
  options: {
    segment: Segmenter;
    extract?: (doc: PreparedDocument) => Extraction;
    whole?: number;
    window?: number;
    extraWarnings?: Warning[];
  },
): Extraction {
  const extract = options.extract ?? extractDocument;
  const window = options.window ?? WINDOW;
  let result: Extraction;
  if (doc.norm.length <= (options.whole ?? WHOLE_DOCUMENT)) result = extract(doc);
  else {
    const parts = windowRanges(doc.paragraphs, window).map(([first, last]) => {
      const { view, base } = windowDocument(doc, first, last, options.segment);
      return shiftExtraction(extract(view), base);
    });
    result = {
      facts: mergeSameFacts(parts.flatMap((p) => p.facts)),
      warnings: parts.flatMap((p) => p.warnings),
      aliases: parts.flatMap((p) => p.aliases),
    };
    const standards = parts.flatMap((p) => (p.standards ? [p.standards] : []));
    if (standards.length) result.standards = { refs: standards.flatMap((s) => s.refs), drafting: standards.flatMap((s) => s.drafting) };
  }
  if (options.extraWarnings?.length) result = { ...result, warnings: [...options.extraWarnings, ...result.warnings] };
  const pages = doc.record.pages;
  return pages?.length ? withPages(result, pages) : result;
}

/**
 * Facts with the same key merged as finalizeFacts merges them (first non-null field wins,
 * evidence in order without repeats), in one pass: a long document restating one fact in every
 * window would otherwise cost finalizeFacts a scan of the growing evidence list per restatement.
 */
export function mergeSameFacts(facts: NewFact[]): NewFact[] {
  const byKey = new Map<string, { fact: NewFact; seen: Set<string> }>();
  for (const f of facts) {
    const key = factKey(f);
    const entry = byKey.get(key);
    if (!entry) {
      const seen = new Set<string>();
      const evidence = f.evidence.filter((e) => !seen.has(spanKey(e)) && !!seen.add(spanKey(e)));
      byKey.set(key, { fact: { ...f, evidence } as NewFact, seen });
      continue;
    }
    const target = entry.fact as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(f)) if (target[k] == null && v != null) target[k] = v;
    for (const e of f.evidence) {
      const k = spanKey(e);
      if (entry.seen.has(k)) continue;
      entry.seen.add(k);
      entry.fact.evidence.push(e);
    }
  }
  return [...byKey.values()].map((e) => e.fact);
}

const spanKey = (e: Evidence) => `${e.doc}:${e.start}:${e.end}`;

function shiftExtraction(e: Extraction, base: number): Extraction {
  if (base === 0) return e;
  const move = (ev: Evidence): Evidence => ({ ...ev, start: ev.start + base, end: ev.end + base });
  return {
    facts: e.facts.map((f) => ({ ...f, evidence: f.evidence.map(move) })),
    warnings: e.warnings.map((w) => (w.evidence ? { ...w, evidence: move(w.evidence) } : w)),
    aliases: e.aliases,
    ...(e.standards ? { standards: moveStandards(e.standards, move) } : {}),
  };
}

/** The 1-based page each evidence span starts on, from the start offset of every page. */
export function pageAt(pages: number[], offset: number): number {
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pages[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function withPages(e: Extraction, pages: number[]): Extraction {
  const paged = (ev: Evidence): Evidence => ({ ...ev, page: pageAt(pages, ev.start) });
  return {
    facts: e.facts.map((f) => ({ ...f, evidence: f.evidence.map(paged) })),
    warnings: e.warnings.map((w) => (w.evidence ? { ...w, evidence: paged(w.evidence) } : w)),
    aliases: e.aliases,
    ...(e.standards ? { standards: moveStandards(e.standards, paged) } : {}),
  };
}

/** The standards' evidence spans moved (window offset) or given their page, like the facts'. */
function moveStandards(s: DocumentStandards, move: (ev: Evidence) => Evidence): DocumentStandards {
  return {
    refs: s.refs.map((r) => ({ ...r, evidence: move(r.evidence) })),
    drafting: s.drafting.map((d) => ({ ...d, evidence: move(d.evidence) })),
  };
}
