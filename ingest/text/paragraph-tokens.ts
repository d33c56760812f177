// The words of a document's paragraphs, found with as few calls to the segmenter as possible.
// nodejieba cuts its input at " \t\n，。" before segmenting each piece on its own (cppjieba's
// PreFilter), so a whole text whose paragraphs are parted only by spaces, tabs and line breaks
// segments into exactly the words of its paragraphs segmented one by one: one call per document
// instead of one per line (the per-call cost was about a third of the tagging time). Paragraphs
// that touch (a very long line cut in pieces) or are parted by anything else are segmented one by one.
import type { Span } from "./sentences.js";

export type Tagger<W extends Word = Word> = (text: string) => W[];
interface Word {
  word: string;
  tag: string;
}

/** What nodejieba always cuts at and that may part paragraphs. */
const PARTING = new Set([" ", "\t", "\n"]);

/** Calls `visit` for each word of each paragraph, in order, with its offset in `text`. */
export function tagParagraphs<W extends Word>(
  text: string,
  paragraphs: Span[],
  tag: Tagger<W>,
  visit: (word: W, start: number) => void,
): void {
  if (!partedBySeparators(text, paragraphs) || !tagWhole(text, paragraphs, tag, visit)) tagEach(paragraphs, tag, visit);
}

function tagEach<W extends Word>(paragraphs: Span[], tag: Tagger<W>, visit: (word: W, start: number) => void): void {
  for (const p of paragraphs) {
    let pos = p.start;
    for (const t of tag(p.text)) {
      visit(t, pos);
      pos += t.word.length;
    }
  }
}

/** True when every stretch of text outside the paragraphs is non-empty (between two) and only spaces, tabs, line breaks. */
function partedBySeparators(text: string, paragraphs: Span[]): boolean {
  let pos = 0;
  for (const p of paragraphs) {
    if (p.start === pos && pos > 0) return false;
    for (let i = pos; i < p.start; i++) if (!PARTING.has(text[i]!)) return false;
    pos = p.end;
  }
  for (let i = pos; i < text.length; i++) if (!PARTING.has(text[i]!)) return false;
  return true;
}

/**
 * One call for the whole text; the words outside paragraphs are dropped. False (nothing visited)
 * when a word would straddle a paragraph's edge, which the cut at separators rules out.
 */
function tagWhole<W extends Word>(text: string, paragraphs: Span[], tag: Tagger<W>, visit: (word: W, start: number) => void): boolean {
  const words = tag(text);
  const kept: number[] = [];
  let pos = 0;
  let k = 0;
  for (let i = 0; i < words.length; i++) {
    const start = pos;
    const end = (pos += words[i]!.word.length);
    while (k < paragraphs.length && paragraphs[k]!.end <= start) k++;
    const p = paragraphs[k];
    if (!p || end <= p.start) continue;
    if (start < p.start || end > p.end) return false;
    kept.push(i, start);
  }
  if (pos !== text.length) return false;
  for (let j = 0; j < kept.length; j += 2) {
    visit(words[kept[j]!]!, kept[j + 1]!);
  }
  return true;
}
