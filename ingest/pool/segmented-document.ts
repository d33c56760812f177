// A split and segmented document as sent to an extraction thread. Structured cloning an array of
// a million small token objects cost the main thread more than segmenting them; here a token is
// two offsets in an Int32Array and a tag number in a Uint8Array (their buffers are moved, not
// copied), and its word is cut back out of the normalised text on the other side.
import type { Token } from "../extract/prepared-document.js";
import type { SplitDocument } from "../prepare.js";
import { type Tagger, tagParagraphs } from "../text/paragraph-tokens.js";
import type { Span } from "../text/sentences.js";

export interface SegmentedDocument extends Omit<SplitDocument, "paragraphs"> {
  /** start, end of each paragraph. */
  paragraphs: Int32Array;
  /** start, end of each token. */
  tokens: Int32Array;
  /** Each token's tag, as an index into `tagNames`. */
  tags: Uint8Array;
  tagNames: string[];
  /** The words themselves, only when a word is not the text at its offsets (never seen from nodejieba). */
  words?: string[];
}

/** Segments each paragraph of `doc` into the compact form. */
export function segmentForThread(doc: SplitDocument, tag: Tagger): SegmentedDocument {
  const paragraphs = new Int32Array(doc.paragraphs.length * 2);
  doc.paragraphs.forEach((p, i) => {
    paragraphs[2 * i] = p.start;
    paragraphs[2 * i + 1] = p.end;
  });
  const offsets: number[] = [];
  const tagIds: number[] = [];
  const words: string[] = [];
  const tagNames: string[] = [];
  const tagIndex = new Map<string, number>();
  let exact = true;
  tagParagraphs(doc.norm, doc.paragraphs, tag, ({ word, tag: tagName }, start) => {
    let id = tagIndex.get(tagName);
    if (id === undefined) tagIndex.set(tagName, (id = tagNames.push(tagName) - 1));
    if (exact && !doc.norm.startsWith(word, start)) exact = false;
    offsets.push(start, start + word.length);
    tagIds.push(id);
    words.push(word);
  });
  if (tagNames.length > 256) throw new Error(`more than 256 distinct POS tags in ${doc.id}`);
  return {
    ...doc,
    paragraphs,
    tokens: Int32Array.from(offsets),
    tags: Uint8Array.from(tagIds),
    tagNames,
    ...(exact ? {} : { words }),
  };
}

/** The buffers to move with the message. */
export const transferables = (doc: SegmentedDocument): ArrayBuffer[] =>
  [doc.paragraphs.buffer, doc.tokens.buffer, doc.tags.buffer] as ArrayBuffer[];

/** The split document and its tokens back as objects, equal to what the main thread would have made. */
export function fromThreadForm(doc: SegmentedDocument): SplitDocument & { tokens: Token[] } {
  const { norm } = doc;
  const paragraphs: Span[] = [];
  for (let i = 0; i < doc.paragraphs.length; i += 2) {
    const start = doc.paragraphs[i]!;
    const end = doc.paragraphs[i + 1]!;
    paragraphs.push({ start, end, text: norm.slice(start, end) });
  }
  const tokens: Token[] = [];
  for (let k = 0; k < doc.tags.length; k++) {
    const start = doc.tokens[2 * k]!;
    const end = doc.tokens[2 * k + 1]!;
    tokens.push({ word: doc.words?.[k] ?? norm.slice(start, end), tag: doc.tagNames[doc.tags[k]!]!, start, end });
  }
  const { tokens: _t, tags: _g, tagNames: _n, words: _w, ...rest } = doc;
  return { ...rest, paragraphs, tokens };
}
