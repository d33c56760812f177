// The award words of graph/ask/vocabulary.ts on a graph of our own (an invented city and firms):
// grades after a category label, 品質獎 for 质量奖, sub-awards, candidates and formal grants,
// the level of government a head character gives.
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../graph/ask/answer.js";
import { snapshotBackend } from "../../graph/backend/snapshot-backend.js";
import { createSnapshot } from "../../graph/snapshot.js";
import type { AwardFact, DocumentRecord, RegionRecord, Tier } from "../../graph/types.js";

const regions: RegionRecord[] = [
  { name: "中国", level: "country", parent: null, short: "中国" },
  { name: "云岭省", level: "province", parent: "中国", short: "云岭" },
  { name: "青川市", level: "city", parent: "云岭省", short: "青川" },
];
const lines = [
  "青川市人民政府质量奖经济类银奖：青川星河机械有限公司",
  "青川市人民政府质量奖经济类金奖：青川远山食品有限公司",
  "青川市人民政府质量管理创新奖：青川明湖软件有限公司",
  "云岭省人民政府质量奖拟授奖名单公示：青川远山食品有限公司",
  "云岭省人民政府质量奖：青川北辰电气有限公司",
];
const text = lines.join("\n");
const doc: DocumentRecord = {
  id: "own.txt",
  path: "own.txt",
  title: "自编示例",
  date: "2030-05-01",
  region: "青川市",
  hash: "x",
  encoding: "utf-8",
  text,
};

function fact(i: number, recipient: string, award: string, tier: Tier, extra: Partial<AwardFact> = {}): AwardFact {
  const at = text.indexOf(lines[i]);
  return {
    id: `f${i}`,
    doc: doc.id,
    kind: "award",
    evidence: [{ doc: doc.id, start: at, end: at + lines[i].length, text: lines[i] }],
    recipient,
    recipient_type: "organization",
    affiliation: null,
    award,
    level: award.startsWith("云岭省") ? "provincial" : "municipal",
    region: award.startsWith("云岭省") ? "云岭省" : "青川市",
    year: 2030,
    edition: null,
    tier,
    category: null,
    recipient_region: "青川市",
    ...extra,
  };
}
const facts = [
  fact(0, "青川星河机械有限公司", "青川市人民政府质量奖", "silver", { category: "经济类" }),
  fact(1, "青川远山食品有限公司", "青川市人民政府质量奖", "gold", { category: "经济类" }),
  fact(2, "青川明湖软件有限公司", "青川市人民政府质量管理创新奖", "winner"),
  fact(3, "青川远山食品有限公司", "云岭省人民政府质量奖", "winner", { status: "proposed" }),
  fact(4, "青川北辰电气有限公司", "云岭省人民政府质量奖", "winner"),
];
const backend = snapshotBackend(createSnapshot({ documents: [doc], facts, regions }));
const ask = (q: string) => answerQuestion(backend, q);

describe("award vocabulary in questions", () => {
  it("reads a grade written after a category label (经济类银奖)", async () => {
    expect((await ask("青川市人民政府质量奖经济类银奖授予了哪家企业?")).answer).toEqual(["青川星河机械有限公司"]);
  });

  it("reads 品質獎 as 质量奖 in a Traditional question", async () => {
    expect((await ask("青川市政府品質獎經濟類金獎授予了哪家企業?")).answer).toEqual(["青川远山食品有限公司"]);
  });

  it("counts a sub-award with its programme when the question includes it", async () => {
    expect((await ask("2030年青川市政府质量奖(含创新奖)一共表彰了几家企业?")).answer).toBe(3);
    expect((await ask("2030年青川市政府质量奖一共表彰了几家企业?")).answer).toBe(2);
  });

  it("answers a yes/no question about winning from formal grants only, with the reason", async () => {
    const r = await ask("远山食品获得过云岭省政府质量奖吗?");
    expect(r.answer).toBe(false);
    expect(r.interpretation.text).toContain("候选");
    expect((await ask("远山食品是云岭省政府质量奖的拟授奖企业吗?")).answer).toBe(true);
  });

  it("lists candidates apart from winners when asked", async () => {
    expect((await ask("云岭省政府质量奖拟授奖企业有哪些?")).answer).toEqual(["青川远山食品有限公司"]);
    expect((await ask("哪些质量奖只是拟授奖名单,还没有正式授奖?")).answer).toEqual([]);
  });

  it("reads 市政府质量奖 without a place as the city governments' awards only", async () => {
    const r = await ask("2030年哪些企业获得了市政府质量奖?");
    expect(r.answer).toEqual(expect.arrayContaining(["青川星河机械有限公司", "青川远山食品有限公司"]));
    expect(r.answer).not.toContain("青川北辰电气有限公司");
  });
});
