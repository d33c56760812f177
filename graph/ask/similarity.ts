// How well a question names a metric (or a policy title): the share of the name's character
// bigrams the question contains, then the longest run they share. Metric names are the
// documents' own words (累计主导和参与制修订国际标准), which questions paraphrase with words
// in between (累计牵头和参与起草了几项行业标准), so exact matching would miss most of them.

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Longest common substring length (small strings: names against a ≤200-character question). */
export function longestCommonRun(a: string, b: string): number {
  if (!a || !b) return 0;
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a.charCodeAt(i - 1) === b.charCodeAt(j - 1)) {
        cur[j] = prev[j - 1] + 1;
        if (cur[j] > best) best = cur[j];
      }
    }
    prev = cur;
  }
  return best;
}

export interface Similarity {
  /** Share of the name's bigrams found in the text, 0..1. */
  coverage: number;
  /** Longest run of characters name and text share. */
  run: number;
}

/** The share of the name's bigrams found in the text (cheap: no run computed). */
export function coverage(name: string, text: string): number {
  const grams = bigrams(name);
  if (grams.length === 0) return name && text.includes(name) ? 1 : 0;
  let hit = 0;
  for (const g of grams) if (text.includes(g)) hit++;
  return hit / grams.length;
}

export function similarity(name: string, text: string): Similarity {
  const c = coverage(name, text);
  // The run only breaks ties among close names; skip the quadratic part when nothing is shared.
  return { coverage: c, run: c > 0 ? longestCommonRun(name, text) : 0 };
}

/** Better similarity first: coverage, then the longer shared run. */
export function compareSimilarity(a: Similarity, b: Similarity): number {
  if (Math.abs(a.coverage - b.coverage) > 1e-9) return b.coverage - a.coverage;
  return b.run - a.run;
}

/** Is this a plausible mention at all (not two common characters in passing)? */
export function plausible(s: Similarity, threshold = 0.5): boolean {
  return s.coverage >= threshold && s.run >= 3;
}
