import type { DocumentRecord } from "../../graph/types.js";
import type { RegionIndex } from "../regions.js";
import type { Span } from "../text/sentences.js";

/** A word from nodejieba with its POS tag and offsets into the document text. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** A region named in the text: the surface form and the regions it may mean. */
export interface RegionMention {
  start: number;
  end: number;
  surface: string;
  /** Full names of the candidate regions (常州 → 常州市). */
  candidates: string[];
}

/**
 * Everything an extractor reads, all offsets into `record.text`. `norm` is the same text with
 * full-width forms folded and Traditional characters simplified, character for character, so
 * patterns run on `norm` and evidence is cut from `record.text` at the same offsets.
 */
export interface PreparedDocument {
  record: DocumentRecord;
  norm: string;
  paragraphs: Span[];
  sentences: Span[];
  tokens: Token[];
  regionMentions: RegionMention[];
  /** The region the document is about or issued by (most specific), e.g. 常州市 or 金坛区. */
  region: string | null;
  /** The year the document speaks from: the year of its date, else null. */
  year: number | null;
  /** The year a review document reports on, from its title (2023年…工作总结 → 2023); else null. */
  reviewYear: number | null;
  /**
   * The region index the document was prepared with (built once by the caller, e.g. \`qkg ingest\`):
   * extractors read regions from here, never from a module-global index.
   */
  regions: RegionIndex;
}
