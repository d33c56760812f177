// The facts' sort key (graph/backend/neo4j-queries/fact-order.ts): keys compared by code point (as
// Cypher compares strings) must order facts as compareFacts does in JavaScript, for names with
// astral characters, characters above the surrogates, control characters and prefixes of each
// other; and a key should be about as long as the names it is made of.
import { describe, expect, it } from "vitest";
import { factSortKey } from "../../graph/backend/neo4j-queries/fact-order.js";
import { readGraphFile } from "../../ingest/graph-file.js";
import { planLoad } from "../../ingest/neo4j/plan.js";
import { SEED_GRAPH } from "../seed-paths.js";
import { cypher, neo4jAvailability } from "./neo4j-fixture.js";

const neo4j = await neo4jAvailability();

type Triple = [doc: string, start: number, id: string];

/** compareFacts' order (graph/queries.ts) on the parts of the key. */
const jsOrder = (a: Triple, b: Triple) =>
  a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] !== b[1] ? a[1] - b[1] : a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0;
/** Code point order: UTF-8 bytes compare the same way. */
const codePointOrder = (x: string, y: string) => Buffer.compare(Buffer.from(x, "utf8"), Buffer.from(y, "utf8"));

// Names chosen to fall on every boundary of the encoding: below U+0003, the surrogates (a pair and
// lone halves), U+D7FF itself, the private-use area above the surrogates, U+FFFF, plain CJK and ASCII.
const parts = [
  "a",
  "a.txt",
  "a.txt2",
  "a b",
  "报告",
  "报告2",
  "\u0000",
  "\u0001x",
  "\u0002",
  "\u0003",
  "𠀀",
  "\ud800",
  "\udfff",
  "\ud7ff",
  "\ue000",
  "\uffff",
  "z",
];

function triples(): Triple[] {
  const out: Triple[] = [];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < 3000; i++) {
    const name = () => Array.from({ length: 1 + (next() % 3) }, () => parts[next() % parts.length]).join("");
    out.push([name(), next() % 4 === 0 ? 0 : next() % 100_000, name()]);
  }
  return out;
}

describe("the facts' sort key", () => {
  it("orders by code point exactly as compareFacts orders in JavaScript", () => {
    const list = triples();
    const byKey = [...list].sort((a, b) => codePointOrder(factSortKey(...a), factSortKey(...b)));
    const byFacts = [...list].sort(jsOrder);
    expect(byKey.map((t) => JSON.stringify(t))).toStrictEqual(byFacts.map((t) => JSON.stringify(t)));
  });

  it("is about as long as a fact's document name and id on the seed graph (UTF-8 bytes)", async () => {
    const plan = planLoad(await readGraphFile(SEED_GRAPH));
    const facts = plan.documents.flatMap((d) => d.facts.flatMap((g) => g.rows));
    expect(facts.length).toBeGreaterThan(100);
    for (const f of facts) {
      const key = String(f.props.sortKey);
      const names = Buffer.byteLength(String(f.props.doc)) + Buffer.byteLength(String(f.props.id));
      expect(Buffer.byteLength(key)).toBeLessThanOrEqual(names + 13);
    }
  });

  it.skipIf(!neo4j.available)("is ordered by Neo4j's ORDER BY as compareFacts orders", async () => {
    const list = triples().slice(0, 500);
    const keys = list.map((t) => factSortKey(...t));
    const rows = await cypher<{ k: string }>("UNWIND $keys AS k RETURN k ORDER BY k", { keys });
    const byFacts = [...list].sort(jsOrder).map((t) => factSortKey(...t));
    expect(rows.map((r) => r.k)).toStrictEqual(byFacts);
  });
});
