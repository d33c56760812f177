/**
 * A small seeded generator (mulberry32): the same seed gives the same corpus or the same requests.
 * `int(lo, hi)` is inclusive at both ends; `below(n)` is 0 … n-1.
 */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (n: number) => Math.floor(next() * n);
  const int = (lo: number, hi: number) => lo + below(hi - lo + 1);
  const pick = <T>(xs: readonly T[]): T => xs[below(xs.length)]!;
  return { next, int, below, pick };
}

export type SeededRandom = ReturnType<typeof seededRandom>;
