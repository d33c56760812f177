// Extraction on worker threads: `size` workers (one per core), each running ingest/pool/extract-worker.ts
// (through extract-worker.mjs, which registers tsx in the thread).
// Segmented documents are handed out as workers come free; the caller keeps the promises in document order and
// awaits them in that order, so the one writer writes exactly what the single-threaded ingest
// writes. The queue is bounded by the caller (it awaits the oldest before reading more files).
import { Worker } from "node:worker_threads";
import type { DocumentGraph } from "../../graph/sql/write.js";
import type { ExtractRequest, ExtractResponse } from "./extract-worker.js";
import { type SegmentedDocument, transferables } from "./segmented-document.js";

interface Job {
  req: ExtractRequest;
  /** The document's text, put back into the graph that comes back without it. */
  text: string;
  resolve: (g: DocumentGraph) => void;
  reject: (e: Error) => void;
}

const WORKER_URL = new URL("./extract-worker.mjs", import.meta.url);

export class ExtractionPool {
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Job>();
  private readonly waiting: Job[] = [];
  private seq = 0;
  private failure: Error | undefined;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_URL);
      worker.on("message", (res: ExtractResponse) => this.settle(worker, res));
      worker.on("error", (e) => this.fail(worker, e));
      worker.unref();
      this.idle.push(worker);
    }
  }

  /** The document graph of one segmented document, extracted on the next free worker. */
  extract(doc: SegmentedDocument): Promise<DocumentGraph> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ req: { seq: this.seq++, doc }, text: doc.cleaned.text, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length && this.waiting.length) {
      const worker = this.idle.pop()!;
      const job = this.waiting.shift()!;
      this.running.set(worker, job);
      worker.ref();
      worker.postMessage(job.req, transferables(job.req.doc));
    }
  }

  private settle(worker: Worker, res: ExtractResponse): void {
    const job = this.running.get(worker);
    this.running.delete(worker);
    worker.unref();
    this.idle.push(worker);
    if (job) {
      if ("graph" in res) {
        res.graph.record.text = job.text;
        job.resolve(res.graph);
      } else job.reject(Object.assign(new Error(res.error.message), { stack: res.error.stack }));
    }
    this.dispatch();
  }

  /** A worker that died takes its job and every later one with it: the ingest fails as a whole. */
  private fail(worker: Worker, e: Error): void {
    this.failure = e;
    this.running.get(worker)?.reject(e);
    this.running.delete(worker);
    for (const job of this.waiting.splice(0)) job.reject(e);
  }

  async close(): Promise<void> {
    await Promise.all([...this.idle, ...this.running.keys()].map((w) => w.terminate()));
  }
}
