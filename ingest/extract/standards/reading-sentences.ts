// Sentences as a reader sees them across layout breaks in scraped pages: a running sentence cut at a
// paragraph end in mid-word ("…主导制定国" / a short photo caption / "家标准5项…") is read joined.

import { spanIndexAt } from "../../text/sentences.js";
import type { PreparedDocument } from "../prepared-document.js";

export interface ReadingSentence {
  /** The sentence's text (from `doc.norm`), joined across a layout break when there was one. */
  text: string;
  /** Offset in `doc.norm` / `doc.record.text` of the character at index i of `text`. */
  pos: (i: number) => number;
}

const MAX_CAPTION_LINES = 2;
const isCaption = (text: string) => text.length <= 12 && !/[，。；,.;：:]/.test(text);

const paragraphOf = (doc: PreparedDocument, offset: number): number => spanIndexAt(doc.paragraphs, offset);

/** A sentence that ends its paragraph mid-clause: running text (not a heading) ending in a Chinese character. */
function cutOff(doc: PreparedDocument, si: number): boolean {
  const sent = doc.sentences[si];
  const para = doc.paragraphs[paragraphOf(doc, sent.start)];
  if (!para || sent.end < para.end) return false;
  const running = para.text.length >= 40 || sent.start > para.start;
  return running && /[，,]/.test(sent.text) && /[\u4e00-\u9fa5]$/.test(sent.text);
}

/** The sentence that continues a cut-off one: the first of the next paragraph, past at most two caption lines. */
function continuation(doc: PreparedDocument, si: number): number {
  let next = paragraphOf(doc, doc.sentences[si].start) + 1;
  for (let skipped = 0; skipped < MAX_CAPTION_LINES && next < doc.paragraphs.length && isCaption(doc.paragraphs[next].text); skipped++)
    next++;
  const para = doc.paragraphs[next];
  const at = para ? spanIndexAt(doc.sentences, para.start) : -1;
  const ci = at >= 0 && doc.sentences[at].start === para!.start ? at : -1;
  return ci >= 0 && /^[\u4e00-\u9fa5]/.test(doc.sentences[ci].text) ? ci : -1;
}

export function readingSentences(doc: PreparedDocument): ReadingSentence[] {
  const out: ReadingSentence[] = [];
  const joined = new Set<number>();
  doc.sentences.forEach((sent, si) => {
    if (joined.has(si)) return;
    const ci = cutOff(doc, si) ? continuation(doc, si) : -1;
    if (ci < 0) return void out.push({ text: sent.text, pos: (i) => sent.start + i });
    const second = doc.sentences[ci];
    joined.add(ci);
    const cut = sent.text.length;
    out.push({ text: sent.text + second.text, pos: (i) => (i < cut ? sent.start + i : second.start + (i - cut)) });
  });
  return out;
}
