// One extraction thread: a prepared document in (decoded, cleaned, split and segmented by the main
// thread), its document graph out, exactly what the single-threaded ingest makes of it. nodejieba
// stays in the main thread: its dictionaries take about 250 MB per copy, and a thread would load
// its own; extraction, the larger part of the work, needs no segmenter for a document the main
// thread segmented whole (longer ones are extracted in the main thread: ingest/commands/ingest.ts).
import { parentPort } from "node:worker_threads";
import { extractBatch } from "../build-corpus.js";
import type { PreparedDocument } from "../extract/prepared-document.js";
import { regionIndex } from "../regions.js";
import { extractBounded } from "../text/windows.js";

export interface ExtractRequest {
  seq: number;
  /** Sent without its region index; the thread adds its own (regionIndex() is the same everywhere). */
  doc: Omit<PreparedDocument, "regions"> & { regions?: PreparedDocument["regions"] };
}

export type ExtractResponse =
  | { seq: number; graph: ReturnType<typeof extractBatch>[number] }
  | { seq: number; error: { message: string; stack?: string } };

const noSegmenter = () => {
  throw new Error("a document longer than one extraction window reached an extraction thread");
};

parentPort!.on("message", (req: ExtractRequest) => {
  let res: ExtractResponse;
  try {
    const doc: PreparedDocument = { ...req.doc, regions: regionIndex() };
    const [graph] = extractBatch([doc], (d) => extractBounded(d, { segment: noSegmenter }));
    res = { seq: req.seq, graph: graph! };
  } catch (e) {
    res = { seq: req.seq, error: { message: (e as Error).message, stack: (e as Error).stack } };
  }
  parentPort!.postMessage(res);
});
