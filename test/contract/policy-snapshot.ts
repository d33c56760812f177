// A snapshot written for the policy queries (policySummaries, policy): more policies than a small
// page holds, titles repeated across documents (a group's region and year come from a later
// mention when the first has none; programmes are the union), a title written with full-width
// brackets beside the same title with ASCII ones, a full-width title with no ASCII twin (found by
// its NFKC form only), targets naming some titles, and one naming no policy fact. Invented text.
import { factKey } from "../../graph/fact-keys.js";
import { stableHash } from "../../graph/ids.js";
import { createSnapshot } from "../../graph/snapshot.js";
import type { DocumentRecord, Evidence, Fact, PolicyFact, Snapshot, TargetFact } from "../../graph/types.js";
import { regionRecords } from "../fixtures/region-records.js";

export const PLAN = "某市质量提升行动方案(2021—2025年)";
export const PLAN_FULL_WIDTH = "某市质量提升行动方案（2021—2025年）";
export const OPINION_FULL_WIDTH = "某区标准化战略实施意见（试行）";
const points = (n: number) => `质量强区工作要点第${n}号`;

interface Mention {
  title: string;
  region: string | null;
  year: number | null;
  programmes?: string[];
  targets?: number;
}

/** Each document's policy mentions, in the order its text states them. */
const DOCS: Record<string, Mention[]> = {
  "p01.txt": [
    { title: PLAN, region: null, year: null, targets: 2 },
    { title: points(1), region: "常州市", year: 2020, programmes: ["江苏省省长质量奖"] },
  ],
  "p02.txt": [
    { title: PLAN_FULL_WIDTH, region: "株洲市", year: 2021 },
    { title: points(2), region: null, year: 2021, targets: 1 },
    { title: PLAN, region: "常州市", year: 2021, programmes: ["中国质量奖", "江苏省省长质量奖"] },
  ],
  "p03.txt": [
    { title: OPINION_FULL_WIDTH, region: "株洲市", year: null, targets: 1 },
    { title: points(3), region: "常州市", year: 2022 },
  ],
  "p04.txt": [
    { title: points(4), region: "株洲市", year: 2022, programmes: ["湖南省长质量奖"] },
    { title: points(1), region: "株洲市", year: 2023, programmes: ["中国质量奖"], targets: 1 },
  ],
  "p05.txt": [
    { title: points(5), region: null, year: null },
    { title: points(6), region: "常州市", year: 2023, targets: 3 },
  ],
  "p06.txt": [
    { title: points(7), region: "株洲市", year: 2024 },
    { title: points(5), region: "株洲市", year: 2024 },
    { title: points(8), region: "常州市", year: null },
  ],
};

const sentence = (title: string) => `《${title}》印发实施。`;
const goal = (title: string, i: number) => `${title.slice(-4)}提出到2025年某项合格率达到${90 + i}%。`;

function build(): { documents: DocumentRecord[]; facts: Fact[] } {
  const documents: DocumentRecord[] = [];
  const facts: Fact[] = [];
  const withId = <F extends Fact>(d: Omit<F, "id">) => ({ ...d, id: stableHash(factKey(d as never)) }) as unknown as F;
  for (const [doc, mentions] of Object.entries(DOCS)) {
    const lines: string[] = [];
    let text = "";
    const at = (line: string): Evidence => {
      const start = text.length;
      text += `${line}\n`;
      lines.push(line);
      return { doc, start, end: start + line.length, text: line };
    };
    for (const m of mentions) {
      const evidence = [at(sentence(m.title))];
      facts.push(
        withId<PolicyFact>({
          doc,
          kind: "policy",
          title: m.title,
          region: m.region,
          year: m.year,
          ...(m.programmes ? { programmes: m.programmes } : {}),
          evidence,
        } as never),
      );
      for (let i = 0; i < (m.targets ?? 0); i++) {
        facts.push(
          withId<TargetFact>({
            doc,
            kind: "target",
            policy: m.title,
            region: m.region,
            metric: "某项合格率",
            comparator: ">=",
            value: 90 + i,
            unit: "%",
            deadline_year: 2025,
            evidence: [at(goal(m.title, i))],
          } as never),
        );
      }
    }
    if (doc === "p06.txt") {
      facts.push(
        withId<TargetFact>({
          doc,
          kind: "target",
          policy: "没有文件提到的方案",
          region: null,
          metric: "某项合格率",
          comparator: ">=",
          value: 99,
          unit: "%",
          deadline_year: null,
          evidence: [at("另一方案提出某项合格率达到99%。")],
        } as never),
      );
    }
    documents.push({
      id: doc,
      path: `fixtures/${doc}`,
      title: lines[0]!,
      date: null,
      region: null,
      hash: stableHash(text),
      encoding: "utf-8",
      text,
    });
  }
  return { documents, facts };
}

export function policySnapshot(): Snapshot {
  return createSnapshot({ ...build(), regions: regionRecords(["常州市", "株洲市"]) });
}
