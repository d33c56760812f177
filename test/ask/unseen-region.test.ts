// The same kinds of question about a region, awards and firms the seed documents never mention:
// nothing in the question engine may depend on the seeds' names.
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../graph/ask/answer.js";
import { snapshotBackend } from "../../graph/backend/snapshot-backend.js";
import { factKey } from "../../graph/fact-keys.js";
import { stableHash } from "../../graph/ids.js";
import { createSnapshot } from "../../graph/snapshot.js";
import type { DocumentRecord, Fact, RegionRecord } from "../../graph/types.js";

const TEXT = [
  "浙江省人民政府关于2020年浙江省人民政府质量奖获奖名单的通报。",
  "2020年浙江省人民政府质量奖获奖组织共12家，其中杭州青松电子科技有限公司、宁波明湖轴承股份有限公司获奖。",
  "杭州青松电子科技有限公司董事长李明获浙江省人民政府质量奖（个人）。",
  "2021年浙江省人民政府质量奖提名奖：温州远帆阀门有限公司。",
  "2019年杭州云栖建设集团有限公司获得杭州市政府质量奖。",
  "2022年杭州市产品质量监督抽查合格率96.5%。",
  "《杭州市质量强市建设实施方案》提出，到2022年产品质量监督抽查合格率达到95%以上，食品安全抽检合格率达到98%以上。",
].join("\n");
const DOC: DocumentRecord = {
  id: "zj.txt",
  path: "zj.txt",
  title: "浙江质量工作",
  date: "2023-01-05",
  region: "浙江省",
  hash: "x",
  encoding: "utf-8",
  text: TEXT,
};

const REGIONS: RegionRecord[] = [
  { name: "中国", level: "country", parent: null, short: "中国" },
  { name: "浙江省", level: "province", parent: "中国", short: "浙江" },
  { name: "杭州市", level: "city", parent: "浙江省", short: "杭州" },
  { name: "宁波市", level: "city", parent: "浙江省", short: "宁波" },
  { name: "温州市", level: "city", parent: "浙江省", short: "温州" },
];

function fact(f: Record<string, unknown>, evidence: string): Fact {
  const start = TEXT.indexOf(evidence);
  if (start < 0) throw new Error(`no evidence: ${evidence}`);
  const base = { doc: DOC.id, ...f } as unknown as Parameters<typeof factKey>[0];
  return {
    ...base,
    id: stableHash(factKey(base)),
    evidence: [{ doc: DOC.id, start, end: start + evidence.length, text: evidence }],
  } as Fact;
}

const award = (recipient: string, extra: Record<string, unknown>, evidence: string) =>
  fact(
    {
      kind: "award",
      recipient,
      recipient_type: "organization",
      affiliation: null,
      award: "浙江省人民政府质量奖",
      level: "provincial",
      region: "浙江省",
      year: 2020,
      edition: null,
      tier: "winner",
      category: null,
      ...extra,
    },
    evidence,
  );

const facts: Fact[] = [
  award("杭州青松电子科技有限公司", { recipient_region: "杭州市" }, "杭州青松电子科技有限公司、宁波明湖轴承股份有限公司获奖"),
  award("宁波明湖轴承股份有限公司", { recipient_region: "宁波市" }, "杭州青松电子科技有限公司、宁波明湖轴承股份有限公司获奖"),
  award(
    "李明",
    { recipient_type: "person", affiliation: "杭州青松电子科技有限公司", recipient_region: "杭州市", category: "个人" },
    "杭州青松电子科技有限公司董事长李明获浙江省人民政府质量奖（个人）",
  ),
  award(
    "温州远帆阀门有限公司",
    { year: 2021, tier: "nominee", recipient_region: "温州市" },
    "2021年浙江省人民政府质量奖提名奖：温州远帆阀门有限公司",
  ),
  award(
    "杭州云栖建设集团有限公司",
    { award: "杭州市政府质量奖", level: "municipal", region: "杭州市", year: 2019, recipient_region: "杭州市" },
    "2019年杭州云栖建设集团有限公司获得杭州市政府质量奖",
  ),
  fact(
    { kind: "observation", region: "浙江省", metric: "浙江省人民政府质量奖获奖组织", value: 12, unit: "家", year: 2020 },
    "2020年浙江省人民政府质量奖获奖组织共12家",
  ),
  fact(
    { kind: "observation", region: "杭州市", metric: "产品质量监督抽查合格率", value: 96.5, unit: "%", year: 2022 },
    "2022年杭州市产品质量监督抽查合格率96.5%",
  ),
  fact({ kind: "policy", title: "杭州市质量强市建设实施方案", region: "杭州市", year: null }, "《杭州市质量强市建设实施方案》"),
  fact(
    {
      kind: "target",
      policy: "杭州市质量强市建设实施方案",
      region: "杭州市",
      metric: "产品质量监督抽查合格率",
      comparator: ">=",
      value: 95,
      unit: "%",
      deadline_year: 2022,
    },
    "到2022年产品质量监督抽查合格率达到95%以上",
  ),
  fact(
    {
      kind: "target",
      policy: "杭州市质量强市建设实施方案",
      region: "杭州市",
      metric: "食品安全抽检合格率",
      comparator: ">=",
      value: 98,
      unit: "%",
      deadline_year: 2022,
    },
    "食品安全抽检合格率达到98%以上",
  ),
];

const backend = snapshotBackend(createSnapshot({ documents: [DOC], facts, regions: REGIONS }));
const ask = (q: string) => answerQuestion(backend, q);

describe("questions about a region the seeds never mention", () => {
  it("lists winners by year, award and kind of recipient", async () => {
    expect(new Set((await ask("2020年哪些企业获得了浙江省人民政府质量奖?")).answer as string[])).toEqual(
      new Set(["杭州青松电子科技有限公司", "宁波明湖轴承股份有限公司"]),
    );
    expect((await ask("2020年浙江省人民政府质量奖的个人获奖者是谁?")).answer).toEqual(["李明"]);
    expect((await ask("2021年浙江省人民政府质量奖提名奖有哪些单位?")).answer).toEqual(["温州远帆阀门有限公司"]);
  });

  it("accepts the award's other spellings and Traditional characters", async () => {
    expect((await ask("杭州有哪些企业获得过浙江省政府质量奖?")).answer).toEqual(["杭州青松电子科技有限公司"]);
    expect((await ask("杭州有哪些企業獲得過浙江省人民政府質量獎?")).answer).toEqual(["杭州青松电子科技有限公司"]);
    expect((await ask("宁波有几家企业获得过省政府质量奖?")).answer).toBe(1);
  });

  it("takes the stated total for a count over the whole province", async () => {
    expect((await ask("2020年浙江省人民政府质量奖全省共有多少家组织获奖?")).answer).toBe(12);
  });

  it("keeps a city's award apart from the province's", async () => {
    expect((await ask("杭州市政府质量奖有哪些获奖企业?")).answer).toEqual(["杭州云栖建设集团有限公司"]);
    expect((await ask("杭州云栖建设集团有限公司获得过浙江省人民政府质量奖吗?")).answer).toBe(false);
  });

  it("resolves short names and a person's organisation", async () => {
    expect((await ask("青松电子获得过哪些奖?")).answer).toEqual(["浙江省人民政府质量奖"]);
    expect((await ask("明湖轴承哪一年获得浙江省人民政府质量奖?")).answer).toBe(2020);
    expect((await ask("李明是哪家公司的?")).answer).toEqual(["杭州青松电子科技有限公司"]);
  });

  it("answers policy targets and whether they were reached", async () => {
    expect((await ask("《杭州市质量强市建设实施方案》设定了哪些合格率目标?")).answer).toEqual([
      "产品质量监督抽查合格率",
      "食品安全抽检合格率",
    ]);
    expect((await ask("杭州2022年的产品质量监督抽查合格率达到了《杭州市质量强市建设实施方案》提出的95%目标吗?")).answer).toBe(true);
    expect((await ask("哪些政策设定了食品安全抽检合格率的目标?")).answer).toEqual(["杭州市质量强市建设实施方案"]);
  });

  it("does not borrow another region's answers", async () => {
    expect((await ask("温州有哪些企业获得过浙江省人民政府质量奖?")).answer).toEqual([]);
    expect((await ask("常州有哪些企业获得过浙江省人民政府质量奖?")).answer).toEqual([]);
  });
});
