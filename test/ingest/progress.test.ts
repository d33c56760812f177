import { describe, expect, it } from "vitest";
import { ingestProgress } from "../../ingest/read/progress.js";

function run(total: number, isTTY: boolean, quiet = false) {
  const out: string[] = [];
  const p = ingestProgress(total, { isTTY, quiet, write: (s) => out.push(s) });
  for (let i = 0; i < total; i++) p.done(`docs/${i}.txt`, i % 10 === 0 ? { skipped: true } : { sentences: 3 });
  p.finish();
  return out;
}

describe("ingest progress", () => {
  it("writes one summary line per 1,000 documents when stderr is not a terminal", () => {
    const out = run(2500, false);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^read 1000\/2500 files \(100 skipped\) in \d+\.\d s\n$/);
    expect(out[1]).toMatch(/^read 2000\/2500 files \(200 skipped\)/);
  });

  it("rewrites one line on a terminal and clears it at the end", () => {
    const out = run(3, true);
    expect(out[0]).toBe("\r\x1b[K[1/3] docs/0.txt");
    expect(out.at(-2)).toBe("\r\x1b[K[3/3] docs/2.txt");
    expect(out.at(-1)).toBe("\r\x1b[K");
  });

  it("is silent with --quiet", () => {
    expect(run(2500, false, true)).toEqual([]);
  });
});
