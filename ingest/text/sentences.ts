export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * Upper bounds on what an extractor scans at once. Real notices keep sentences well under 400
 * characters and lines under 1,000; a scraped table or a PDF text layer can be one line of
 * megabytes with no 。 at all, and every per-sentence scan over such a line is quadratic.
 */
export const MAX_SENTENCE = 480;
export const MAX_PARAGRAPH = 4000;

/** Where a too-long run is best cut: after a clause mark, else after a space, else anywhere. */
const CLAUSE = new Set(["，", ",", "、", "：", ":", "）", ")", "」", "”"]);
const SPACE = /\s/;

/**
 * Cuts [start, end) of `text` into pieces of at most `max` characters, each ending after `cutAfter`
 * when one lies in the second half of the window ("…合格率达到98%，…" is cut after the comma), else
 * after a clause mark or a space there, else at `max` (never inside a surrogate pair). Linear.
 */
export function boundedPieces(text: string, start: number, end: number, max: number, cutAfter?: Set<string>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  while (end - s > max) {
    const limit = s + max;
    const floor = s + Math.floor(max / 2);
    let cut = -1;
    for (const marks of [cutAfter, CLAUSE]) {
      if (!marks || cut > 0) continue;
      for (let i = limit - 1; i >= floor; i--)
        if (marks.has(text[i])) {
          cut = i + 1;
          break;
        }
    }
    if (cut < 0)
      for (let i = limit - 1; i >= floor; i--)
        if (SPACE.test(text[i])) {
          cut = i + 1;
          break;
        }
    if (cut < 0) cut = isLowSurrogate(text.charCodeAt(limit)) ? limit - 1 : limit;
    out.push([s, cut]);
    s = cut;
  }
  if (end > s) out.push([s, end]);
  return out;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Non-empty lines (paragraphs), trimmed, with offsets into `text`; a line longer than MAX_PARAGRAPH is cut. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const t = m[0].trim();
    if (!t) continue;
    const start = m.index + lead;
    if (t.length <= MAX_PARAGRAPH) out.push({ start, end: start + t.length, text: t });
    else for (const [s, e] of boundedPieces(text, start, start + t.length, MAX_PARAGRAPH, END)) push(out, text, s, e);
  }
  return out;
}

const END = new Set(["。", "！", "？", "；", "!", "?", ";"]);
const CLOSERS = new Set(["”", "’", "」", "』", ")", "）", '"', "'"]);

/**
 * Sentences within each paragraph: cut after 。！？； (and a closing quote that follows them). A
 * run longer than MAX_SENTENCE without one is cut at clauses, then at the length limit.
 */
export function splitSentences(text: string, paragraphs = splitParagraphs(text)): Span[] {
  const out: Span[] = [];
  const add = (start: number, end: number) => {
    if (end - start <= MAX_SENTENCE) push(out, text, start, end);
    else for (const [s, e] of boundedPieces(text, start, end, MAX_SENTENCE)) push(out, text, s, e);
  };
  for (const p of paragraphs) {
    let s = p.start;
    for (let i = p.start; i < p.end; i++) {
      if (!END.has(text[i])) continue;
      let e = i + 1;
      while (e < p.end && CLOSERS.has(text[e])) e++;
      add(s, e);
      s = e;
      i = e - 1;
    }
    add(s, p.end);
  }
  return out;
}

/**
 * Index of the span that contains `offset`, else -1, for spans in order that do not overlap (a
 * document's paragraphs or sentences): a binary search, where a scan per lookup made the callers
 * that look up every sentence's paragraph quadratic in the document's length.
 */
export function spanIndexAt(spans: ReadonlyArray<{ start: number; end: number }>, offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The span that contains `offset` (see spanIndexAt), else undefined. */
export const spanAt = <S extends { start: number; end: number }>(spans: readonly S[], offset: number): S | undefined =>
  spans[spanIndexAt(spans, offset)];

function push(out: Span[], text: string, start: number, end: number) {
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}
