// Goals listed in a notice that announces one plan, none of them naming it: they are that plan's
// goals. Our own notice; the policy and its goals as extraction writes them (the goals' policy unset).
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../graph/ask/answer.js";
import { snapshotBackend } from "../../graph/backend/snapshot-backend.js";
import { stableHash } from "../../graph/ids.js";
import { createSnapshot } from "../../graph/snapshot.js";
import type { DocumentRecord, Fact } from "../../graph/types.js";
import { regionRecords } from "../fixtures/region-records.js";

const NOTICE = "衡阳市印发《衡阳市质量提升行动方案》。到2027年，全市新增省级以上质量标杆8家。";
const OTHER = "衡阳市另行印发《衡阳市标准化发展规划》和《衡阳市品牌建设方案》。到2027年，新增地方标准20项。";

function doc(id: string, text: string): DocumentRecord {
  return { id, path: id, title: null, date: "2024-01-01", region: "衡阳市", hash: stableHash(text), encoding: "utf-8", text };
}
const ev = (d: DocumentRecord, s: string) => [{ doc: d.id, start: d.text.indexOf(s), end: d.text.indexOf(s) + s.length, text: s }];

function backend() {
  const a = doc("a.txt", NOTICE);
  const b = doc("b.txt", OTHER);
  const facts = [
    {
      id: "p1",
      doc: "a.txt",
      kind: "policy",
      title: "衡阳市质量提升行动方案",
      region: "衡阳市",
      year: 2024,
      evidence: ev(a, "《衡阳市质量提升行动方案》"),
    },
    {
      id: "t1",
      doc: "a.txt",
      kind: "target",
      policy: null,
      region: "衡阳市",
      metric: "新增省级以上质量标杆",
      comparator: "=",
      value: 8,
      unit: "家",
      deadline_year: 2027,
      evidence: ev(a, "新增省级以上质量标杆8家"),
    },
    {
      id: "p2",
      doc: "b.txt",
      kind: "policy",
      title: "衡阳市标准化发展规划",
      region: "衡阳市",
      year: 2024,
      evidence: ev(b, "《衡阳市标准化发展规划》"),
    },
    {
      id: "p3",
      doc: "b.txt",
      kind: "policy",
      title: "衡阳市品牌建设方案",
      region: "衡阳市",
      year: 2024,
      evidence: ev(b, "《衡阳市品牌建设方案》"),
    },
    {
      id: "t2",
      doc: "b.txt",
      kind: "target",
      policy: null,
      region: "衡阳市",
      metric: "新增地方标准",
      comparator: "=",
      value: 20,
      unit: "项",
      deadline_year: 2027,
      evidence: ev(b, "新增地方标准20项"),
    },
  ] as unknown as Fact[];
  const aliases = facts
    .filter((f) => f.kind === "policy")
    .map((f) => ({ name: (f as { title: string }).title, kind: "policy" as const, canonical: (f as { title: string }).title }));
  return snapshotBackend(createSnapshot({ documents: [a, b], facts, aliases, regions: regionRecords(["衡阳市"]) }));
}

describe("goals of the one plan a notice announces", () => {
  it("answers a plan's goal from the unattributed goals of its notice", async () => {
    const r = await answerQuestion(backend(), "衡阳市质量提升行动方案提出到2027年新增多少家省级以上质量标杆?");
    expect(r.answer, r.interpretation.text).toBe(8);
  });

  it("does not attribute a goal when its notice announces two plans", async () => {
    const r = await answerQuestion(backend(), "衡阳市标准化发展规划提出到2027年新增多少项地方标准?");
    expect(r.answer, r.interpretation.text).toEqual([]);
  });
});
