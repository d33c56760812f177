/** One line of `npm run bench`'s table. */
export interface BenchRow {
  bench: string;
  metric: string;
  value: number | string;
  unit?: string;
  target?: string;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}
