// Extraction on worker threads writes the same graph as extraction in the main thread: the dev
// documents (enough of them for the pool to start) ingested both ways give the same `qkg dump`
// byte for byte, facts, warnings and names in the same order. A broken file among them is
// reported the same way too. With one thread the main thread extracts whatever finds the thread
// full, so its documents come from both threads, interleaved.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MIN_FILES_FOR_WORKERS } from "../../ingest/commands/ingest.js";
import { runCli } from "../run-cli.js";
import { SHARED } from "../seed-paths.js";

const DEV_DOCS = join(SHARED, "eval/dev/docs");

function ingestAndDump(docs: string, workers: number, dir: string) {
  const graph = join(dir, `graph-${workers}.sqlite`);
  const ingest = runCli(["ingest", docs, "--graph", graph, "--quiet", "--workers", String(workers)]);
  const dump = runCli(["dump", "--graph", graph]);
  return { ingest, dump };
}

describe("ingest on worker threads", () => {
  it("the dev set has enough documents for the pool to start", () => {
    expect(readdirSync(DEV_DOCS).length).toBeGreaterThanOrEqual(MIN_FILES_FOR_WORKERS);
  });

  it("writes the same graph, byte for byte, as extraction in the main thread (an unreadable file included)", () => {
    const dir = mkdtempSync(join(tmpdir(), "qkg-workers-"));
    const docs = join(dir, "docs");
    mkdirSync(docs);
    for (const f of readdirSync(DEV_DOCS)) copyFileSync(join(DEV_DOCS, f), join(docs, f));
    // Bytes no text decoder accepts, in the middle of the listing: skipped with a reason both ways.
    writeFileSync(join(docs, "m-broken.txt"), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 9, 0]));
    const single = ingestAndDump(docs, 0, dir);
    const threads = ingestAndDump(docs, 2, dir);
    const shared = ingestAndDump(docs, 1, dir);
    expect(single.ingest.status, single.ingest.stderr).toBe(3);
    expect(threads.ingest.status, threads.ingest.stderr).toBe(3);
    expect(threads.ingest.stderr).toBe(single.ingest.stderr);
    expect(single.dump.status, single.dump.stderr).toBe(0);
    expect(single.dump.stdout.length).toBeGreaterThan(100_000);
    expect(threads.dump.stdout === single.dump.stdout).toBe(true);
    expect(shared.ingest.stderr).toBe(single.ingest.stderr);
    expect(shared.dump.stdout === single.dump.stdout).toBe(true);
  }, 600_000);
});
