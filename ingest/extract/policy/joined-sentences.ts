// Sentences as the reader sees them, across layout breaks in scraped pages.

import { spanIndexAt } from "../../text/sentences.js";
import type { PreparedDocument } from "../prepared-document.js";

/**
 * Sentences as the reader sees them: a sentence cut off at a paragraph end in mid-word by a page
 * layout (a photo caption between "主导制订国" and "家标准…") is joined with its continuation,
 * skipping the short caption lines. `pos` maps an offset in the joined text back to the document.
 */
export function logicalSentences(doc: PreparedDocument): Array<{ si: number; S: string; pos: (i: number) => number }> {
  const out: Array<{ si: number; S: string; pos: (i: number) => number }> = [];
  const paraIndex = (start: number) => spanIndexAt(doc.paragraphs, start);
  const consumed = new Set<number>();
  doc.sentences.forEach((sent, si) => {
    if (consumed.has(si)) return;
    const single = { si, S: sent.text, pos: (i: number) => sent.start + i };
    const pi = paraIndex(sent.start);
    const para = doc.paragraphs[pi];
    const endsParagraph = para && sent.end >= para.end;
    // A heading is one short sentence; a running text cut off has an earlier sentence or some length.
    const running = para && (para.text.length >= 40 || sent.start > para.start);
    const broken = endsParagraph && running && /[，,]/.test(sent.text) && /[\u4e00-\u9fa5]$/.test(sent.text);
    if (!broken) return void out.push(single);
    let next = pi + 1;
    let captions = 0;
    while (
      next < doc.paragraphs.length &&
      captions < 2 &&
      doc.paragraphs[next].text.length <= 12 &&
      !/[，。；,.;：:]/.test(doc.paragraphs[next].text)
    ) {
      next++;
      captions++;
    }
    const at = doc.paragraphs[next] ? spanIndexAt(doc.sentences, doc.paragraphs[next].start) : -1;
    const cont = at >= 0 && doc.sentences[at].start === doc.paragraphs[next].start ? at : -1;
    if (cont < 0 || !/^[\u4e00-\u9fa5]/.test(doc.sentences[cont].text)) return void out.push(single);
    const second = doc.sentences[cont];
    consumed.add(cont);
    const len1 = sent.text.length;
    out.push({ si, S: sent.text + second.text, pos: (i: number) => (i < len1 ? sent.start + i : second.start + (i - len1)) });
  });
  return out;
}
