// One extraction thread: a document split and segmented by the main thread in, its document graph
// out, exactly what the single-threaded ingest makes of it. nodejieba stays in the main thread:
// its dictionaries take about 250 MB per copy, and a thread would load its own. The rest of
// preparing (sentences, region mentions, the document's region) and extraction, the larger part
// of the work, happen here; a document longer than one extraction window, segmented window by
// window as it is extracted, stays in the main thread (ingest/commands/ingest.ts).
import { parentPort } from "node:worker_threads";
import { extractBatch } from "../build-corpus.js";
import { completeDocument } from "../extract/complete-document.js";
import { regionIndex } from "../regions.js";
import { extractBounded } from "../text/windows.js";
import { fromThreadForm, type SegmentedDocument } from "./segmented-document.js";

export interface ExtractRequest {
  seq: number;
  doc: SegmentedDocument;
}

/** The graph comes back without its document's text (record.text is ""): the main thread holds it. */
export type ExtractResponse =
  | { seq: number; graph: ReturnType<typeof extractBatch>[number] }
  | { seq: number; error: { message: string; stack?: string } };

const noSegmenter = () => {
  throw new Error("a document longer than one extraction window reached an extraction thread");
};

parentPort!.on("message", (req: ExtractRequest) => {
  let res: ExtractResponse;
  try {
    // The region index is the same in every thread: each builds its own once.
    const doc = completeDocument(fromThreadForm(req.doc), regionIndex());
    const [graph] = extractBatch([doc], (d) => extractBounded(d, { segment: noSegmenter }));
    graph!.record.text = "";
    res = { seq: req.seq, graph: graph! };
  } catch (e) {
    res = { seq: req.seq, error: { message: (e as Error).message, stack: (e as Error).stack } };
  }
  parentPort!.postMessage(res);
});
