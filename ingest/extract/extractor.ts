import type { DocumentStandards, Fact, GazetteerEntry, Warning } from "../../graph/types.js";
import type { PreparedDocument } from "./prepared-document.js";

type WithoutId<T> = T extends Fact ? Omit<T, "id"> : never;
/** A fact as an extractor emits it; the pipeline gives it its id and merges duplicates. */
export type NewFact = WithoutId<Fact>;

export interface Extraction {
  facts: NewFact[];
  warnings: Warning[];
  /** Other names for entities (short names, former names) for the question gazetteer. */
  aliases: GazetteerEntry[];
  /** Standards named and drafting statements (issue 17); absent from extractors that read none. */
  standards?: DocumentStandards;
}

/** One kind of extraction over one prepared document: a pure function. */
export type Extractor = (doc: PreparedDocument) => Extraction;
