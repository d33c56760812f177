// Extraction on worker threads: `size` workers, each running ingest/pool/extract-worker.ts
// (through extract-worker.mjs, which registers tsx in the thread).
// Each worker is handed up to DEPTH segmented documents at once: they wait in the worker's own
// message queue, so a worker goes on to its next document without waiting for the main thread's
// event loop (busy reading, tagging or extracting a document itself). When every worker holds
// DEPTH documents the pool is `full` and the caller extracts the next document in its own thread.
// The caller keeps the promises in document order and awaits them in that order, so the one
// writer writes exactly what the single-threaded ingest writes.
import { Worker } from "node:worker_threads";
import type { DocumentGraph } from "../../graph/sql/write.js";
import type { ExtractRequest, ExtractResponse } from "./extract-worker.js";
import { type SegmentedDocument, transferables } from "./segmented-document.js";

interface Job {
  seq: number;
  /** The document's text, put back into the graph that comes back without it. */
  text: string;
  resolve: (g: DocumentGraph) => void;
  reject: (e: Error) => void;
}

/**
 * Documents handed to one worker and not yet back: enough that the worker stays busy while the main
 * thread extracts a long document itself (one such document takes about as long as a few short ones).
 */
export const DEPTH = 4;

const WORKER_URL = new URL("./extract-worker.mjs", import.meta.url);

export class ExtractionPool {
  /** Each worker and the jobs it holds, oldest first (a worker answers in the order it was asked). */
  private readonly workers = new Map<Worker, Job[]>();
  private seq = 0;
  private failure: Error | undefined;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_URL);
      worker.on("message", (res: ExtractResponse) => this.settle(worker, res));
      worker.on("error", (e) => this.fail(worker, e));
      worker.unref();
      this.workers.set(worker, []);
    }
  }

  /** True when every worker holds DEPTH documents: the next one is better extracted by the caller. */
  get full(): boolean {
    for (const jobs of this.workers.values()) if (jobs.length < DEPTH) return false;
    return true;
  }

  /** The document graph of one segmented document, extracted on the least busy worker (call only when not `full`). */
  extract(doc: SegmentedDocument): Promise<DocumentGraph> {
    if (this.failure) return Promise.reject(this.failure);
    let worker: Worker | undefined;
    let least = DEPTH;
    for (const [w, jobs] of this.workers) if (jobs.length < least) [worker, least] = [w, jobs.length];
    if (!worker) return Promise.reject(new Error("every extraction thread is full"));
    const w = worker;
    return new Promise((resolve, reject) => {
      const req: ExtractRequest = { seq: this.seq++, doc };
      const jobs = this.workers.get(w)!;
      jobs.push({ seq: req.seq, text: doc.cleaned.text, resolve, reject });
      if (jobs.length === 1) w.ref();
      w.postMessage(req, transferables(doc));
    });
  }

  private settle(worker: Worker, res: ExtractResponse): void {
    const jobs = this.workers.get(worker)!;
    const job = jobs.shift();
    if (jobs.length === 0) worker.unref();
    if (!job) return;
    if (job.seq !== res.seq) job.reject(new Error(`extraction thread answered ${res.seq} for ${job.seq}`));
    else if ("graph" in res) {
      res.graph.record.text = job.text;
      job.resolve(res.graph);
    } else job.reject(Object.assign(new Error(res.error.message), { stack: res.error.stack }));
  }

  /** A worker that died takes its jobs with it, and every later document fails: the ingest fails as a whole. */
  private fail(worker: Worker, e: Error): void {
    this.failure = e;
    for (const job of this.workers.get(worker)!.splice(0)) job.reject(e);
  }

  async close(): Promise<void> {
    await Promise.all([...this.workers.keys()].map((w) => w.terminate()));
  }
}
