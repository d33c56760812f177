// How far an ingest has got: a line rewritten in place on a terminal, else one line per 1,000
// documents (a log file or CI output should not get a line per document of a 100,000-file run).

export const SUMMARY_EVERY = 1000;

export interface Progress {
  /** One file done: ingested (with its sentence count) or skipped. */
  done(path: string, outcome: { sentences?: number; skipped?: boolean }): void;
  /** Ends the line on a terminal. */
  finish(): void;
}

export function ingestProgress(total: number, out: { isTTY: boolean; quiet: boolean; write: (s: string) => void }): Progress {
  let count = 0;
  let skipped = 0;
  let lastDraw = 0;
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  return {
    done(path, outcome) {
      count++;
      if (outcome.skipped) skipped++;
      if (out.quiet) return;
      if (out.isTTY) {
        const now = performance.now();
        if (now - lastDraw < 100 && count < total) return;
        lastDraw = now;
        out.write(`\r\x1b[K[${count}/${total}] ${path}`);
      } else if (count % SUMMARY_EVERY === 0) {
        out.write(`read ${count}/${total} files (${skipped} skipped) in ${seconds()} s\n`);
      }
    },
    finish() {
      if (!out.quiet && out.isTTY && count > 0) out.write("\r\x1b[K");
    },
  };
}
