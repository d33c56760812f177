// Canonical metric keys: a phrasing as written → the key that targets and observations share.
// Pure (no Node APIs): used at ingest and by the worker to resolve a metric named in a request.
import { METRIC_ALIASES, METRIC_REWRITES } from "./metric-aliases.js";

/** Folds what never changes meaning: width, quotes, brackets, spaces, a leading scope word. */
export function normalizeMetric(metric: string): string {
  let m = metric
    .normalize("NFKC")
    .replace(/[\s"'“”‘’「」『』《》〈〉]/g, "")
    .replace(/[（]/g, "(")
    .replace(/[）]/g, ")");
  m = m.replace(/^(全市|全区|全县|全省|全国|我市|我区|我县|我省|本市|本区)/, "");
  for (const [from, to] of METRIC_REWRITES) m = m.split(from).join(to);
  return m;
}

const TABLE: Map<string, string> = (() => {
  const t = new Map<string, string>();
  for (const { key, aliases } of METRIC_ALIASES) {
    t.set(normalizeMetric(key), key);
    for (const a of aliases) t.set(normalizeMetric(a), key);
  }
  return t;
})();

/** The canonical key: the table's key when the phrasing is listed, else the normalised phrasing. */
export function metricKey(metric: string): string {
  const n = normalizeMetric(metric);
  return TABLE.get(n) ?? n;
}

/** Every (phrasing, key) pair the table knows, for the question gazetteer. */
export function metricAliasPairs(): Array<{ name: string; canonical: string }> {
  return METRIC_ALIASES.flatMap(({ key, aliases }) => [key, ...aliases].map((name) => ({ name, canonical: key })));
}

const bigrams = (s: string) => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));

/**
 * How alike two metric phrasings are, 0…1: 1 when one contains the other (制造业产品合格率 in
 * 全省制造业产品合格率), else the Dice overlap of their character bigrams. Pure, for pointing a
 * target without an outcome at the outcomes reported under similar names.
 */
export function metricSimilarity(a: string, b: string): number {
  const x = normalizeMetric(a);
  const y = normalizeMetric(b);
  if (!x || !y) return 0;
  if (x === y || x.includes(y) || y.includes(x)) return 1;
  const bx = bigrams(x);
  const pool = bigrams(y);
  if (!bx.length || !pool.length) return 0;
  const total = bx.length + pool.length;
  let hit = 0;
  for (const g of bx) {
    const i = pool.indexOf(g);
    if (i >= 0) {
      hit++;
      pool.splice(i, 1);
    }
  }
  return (2 * hit) / total;
}
