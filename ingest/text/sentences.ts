export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Non-empty lines (paragraphs), trimmed, with offsets into `text`. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const t = m[0].trim();
    if (t) out.push({ start: m.index + lead, end: m.index + lead + t.length, text: t });
  }
  return out;
}

const END = new Set(["。", "！", "？", "；", "!", "?", ";"]);
const CLOSERS = new Set(["”", "’", "」", "』", ")", "）", "\"", "'"]);

/** Sentences within each paragraph: cut after 。！？； (and a closing quote that follows them). */
export function splitSentences(text: string, paragraphs = splitParagraphs(text)): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs) {
    let s = p.start;
    for (let i = p.start; i < p.end; i++) {
      if (!END.has(text[i])) continue;
      let e = i + 1;
      while (e < p.end && CLOSERS.has(text[e])) e++;
      push(s, e);
      s = e;
      i = e - 1;
    }
    push(s, p.end);
  }
  return out;

  function push(start: number, end: number) {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  }
}
