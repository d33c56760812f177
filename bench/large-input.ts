// Whole-CLI ingest of two large single files (issue 14): 5 MB with no punctuation at all (one
// scraped line) and 50 MB of ordinary notices. Throughput, CPU time and peak RSS of the child.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeLongText, writeUnpunctuated } from "../test/ingest/large-inputs.js";
import type { BenchRow } from "./bench-row.js";

const MB = 1024 * 1024;
/** Preloaded into the child: its peak RSS and CPU time on stderr as it exits. */
const REPORT = `data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nQKG_USAGE "+u.maxRSS+" "+(u.userCPUTime+u.systemCPUTime)+"\\n")})`;

export async function benchLargeInput(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "qkg-bench-large-"));
  try {
    const rows: BenchRow[] = [];
    const cases: Array<[string, string, (path: string) => void, string]> = [
      ["5 MB one line, no punctuation", "unpunctuated.txt", (p) => writeUnpunctuated(p, 5 * MB), "finishes; was: never"],
      ["50 MB ordinary text", "long.txt", (p) => writeLongText(p, 50 * MB), "finishes; was: nothing in 280 s at 2.8 GB"],
    ];
    for (const [label, name, write, target] of cases) {
      const file = join(dir, name);
      write(file);
      const size = statSync(file).size / MB;
      const t0 = performance.now();
      const r = spawnSync(
        process.execPath,
        ["--import", "tsx", "--import", REPORT, "ingest/cli.ts", "ingest", file, "--graph", join(dir, "g.json"), "--quiet"],
        {
          encoding: "utf8",
          maxBuffer: 1 << 26,
        },
      );
      const seconds = (performance.now() - t0) / 1000;
      if (r.status !== 0) throw new Error(`${label}: exit ${r.status}: ${r.stderr.split("\n")[0]}`);
      const [, rssKb, cpuUs] = /QKG_USAGE (\d+) (\d+)/.exec(r.stderr) ?? [];
      rows.push(
        { bench: "large-input", metric: `${label}: throughput (wall)`, value: (size / seconds).toFixed(2), unit: "MB/s", target },
        { bench: "large-input", metric: `${label}: CPU time`, value: (Number(cpuUs) / 1e6).toFixed(1), unit: "s" },
        // Per core, whatever else the machine is running: the figure to compare between runs.
        { bench: "large-input", metric: `${label}: throughput (CPU)`, value: (size / (Number(cpuUs) / 1e6)).toFixed(2), unit: "MB/s" },
        { bench: "large-input", metric: `${label}: peak RSS`, value: Math.round(Number(rssKb) / 1024), unit: "MB" },
      );
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
