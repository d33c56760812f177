// The standards extractor on the five seed documents and the 37 dev documents (read from ../shared
// at run time) against a hand count made by reading them (test/fixtures/standards/hand-count.json):
// recall and precision of named references and of counts by level, level and role accuracy.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { StandardDrafting, StandardLevel, StandardRef } from "../../../graph/types.js";
import { extractStandards } from "../../../ingest/extract/standards/index.js";
import { prepareDocument } from "../../../ingest/prepare.js";
import { regionIndex } from "../../../ingest/regions.js";
import { segment } from "../../../ingest/segment.js";
import { SHARED } from "../../seed-paths.js";

interface HandRef {
  doc: string;
  code: string | null;
  title: string | null;
  level: StandardLevel;
  evaluation_basis?: boolean;
}
interface HandCount {
  doc: string;
  levels: StandardLevel[];
  count: number;
  comparator: string;
  role: string | null;
}
interface HandCountFile {
  documents: string[];
  references: HandRef[];
  counts: HandCount[];
}

const hand: HandCountFile = JSON.parse(readFileSync(new URL("../../fixtures/standards/hand-count.json", import.meta.url), "utf8"));

// Floors at what the extractor reaches today (see docs/standards.md); a change that drops below fails.
const FLOORS = { refRecall: 1, refPrecision: 1, refLevel: 1, countRecall: 1, countPrecision: 1, countRole: 1 };

const codeNumber = (code: string | null) => code?.replace(/[-:]\d{4}$/, "") ?? null;
const sameRef = (h: HandRef, f: StandardRef) =>
  (h.code != null && codeNumber(h.code) === f.number) || (h.title != null && h.title === f.title);
const levelKey = (levels: StandardLevel[]) => [...levels].sort().join("+");
const sameCount = (h: HandCount, f: StandardDrafting) => f.count === h.count && levelKey(f.levels) === levelKey(h.levels);

/** Pairs each hand item with at most one found item (first unused that matches). */
function pair<H, F>(handItems: H[], found: F[], same: (h: H, f: F) => boolean): Array<[H, F]> {
  const used = new Set<F>();
  const pairs: Array<[H, F]> = [];
  for (const h of handItems) {
    const f = found.find((x) => !used.has(x) && same(h, x));
    if (f) {
      used.add(f);
      pairs.push([h, f]);
    }
  }
  return pairs;
}

interface Row {
  doc: string;
  refsHand: number;
  refsFound: number;
  refsCorrect: number;
  countsHand: number;
  countsFound: number;
  countsCorrect: number;
  rolesRight: number;
}

let rows: Row[] = [];
let levelRight = 0;
let basisRight = 0;

beforeAll(() => {
  const regions = regionIndex();
  rows = hand.documents.map((path) => {
    const bytes = readFileSync(`${SHARED}${path}`);
    const doc = prepareDocument({ id: path, path, bytes, hash: "hand-count" }, { segment, regions });
    const { standards } = extractStandards(doc);
    const refsHand = hand.references.filter((r) => r.doc === path);
    const countsHand = hand.counts.filter((c) => c.doc === path);
    const counted = standards.drafting.filter((d) => d.count != null);
    const refPairs = pair(refsHand, standards.refs, sameRef);
    const countPairs = pair(countsHand, counted, sameCount);
    levelRight += refPairs.filter(([h, f]) => h.level === f.level).length;
    basisRight += refPairs.filter(([h, f]) => !!h.evaluation_basis === !!f.evaluation_basis).length;
    return {
      doc: path.replace(/^.*\//, ""),
      refsHand: refsHand.length,
      refsFound: standards.refs.length,
      refsCorrect: refPairs.length,
      countsHand: countsHand.length,
      countsFound: counted.length,
      countsCorrect: countPairs.length,
      rolesRight: countPairs.filter(([h, f]) => h.role === f.role).length,
    };
  });
  const sum = (k: keyof Row) => rows.reduce((s, r) => s + (r[k] as number), 0);
  const shown = rows.filter((r) => r.refsHand || r.refsFound || r.countsHand || r.countsFound);
  console.log(
    ["doc                        refs hand/found/correct   counts hand/found/correct/role-right"]
      .concat(
        shown.map(
          (r) =>
            `${r.doc.padEnd(26)} ${`${r.refsHand}/${r.refsFound}/${r.refsCorrect}`.padEnd(24)} ${r.countsHand}/${r.countsFound}/${r.countsCorrect}/${r.rolesRight}`,
        ),
      )
      .concat(
        `${"total (42 docs)".padEnd(26)} ${`${sum("refsHand")}/${sum("refsFound")}/${sum("refsCorrect")}`.padEnd(24)} ${sum("countsHand")}/${sum("countsFound")}/${sum("countsCorrect")}/${sum("rolesRight")}`,
      )
      .join("\n"),
  );
});

describe("standards on the seeds and the dev set against the hand count", () => {
  const total = (k: keyof Row) => rows.reduce((s, r) => s + (r[k] as number), 0);

  it("reads every document the hand count covers", () => {
    expect(rows).toHaveLength(42);
    expect(total("refsHand")).toBe(hand.references.length);
    expect(total("countsHand")).toBe(hand.counts.length);
  });

  it("finds the named standards (recall, precision, level)", () => {
    expect(total("refsCorrect") / total("refsHand")).toBeGreaterThanOrEqual(FLOORS.refRecall);
    expect(total("refsCorrect") / Math.max(1, total("refsFound"))).toBeGreaterThanOrEqual(FLOORS.refPrecision);
    expect(levelRight / total("refsHand")).toBeGreaterThanOrEqual(FLOORS.refLevel);
    expect(basisRight).toBe(total("refsCorrect"));
  });

  it("finds the counts of standards by level (recall, precision, role)", () => {
    expect(total("countsCorrect") / total("countsHand")).toBeGreaterThanOrEqual(FLOORS.countRecall);
    expect(total("countsCorrect") / Math.max(1, total("countsFound"))).toBeGreaterThanOrEqual(FLOORS.countPrecision);
    expect(total("rolesRight") / total("countsCorrect")).toBeGreaterThanOrEqual(FLOORS.countRole);
  });
});
