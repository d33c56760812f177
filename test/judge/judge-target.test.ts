import { describe, expect, it } from "vitest";
import { judgeTarget } from "../../graph/judge.js";
import { metricKey } from "../../graph/metrics.js";
import type { AwardFact, ObservationFact, RegionRecord, TargetFact } from "../../graph/types.js";

// Composed facts about an imaginary 南湖市 with one district, not taken from any source document.
const REGIONS: RegionRecord[] = [
  { name: "中国", level: "country", parent: null, short: "中国" },
  { name: "浙江省", level: "province", parent: "中国", short: "浙江" },
  { name: "嘉兴市", level: "city", parent: "浙江省", short: "嘉兴" },
  { name: "南湖区", level: "district", parent: "嘉兴市", short: "南湖" },
];

const ev = (text: string) => [{ doc: "d.txt", start: 0, end: text.length, text }];

function target(p: Partial<TargetFact> & Pick<TargetFact, "metric" | "value">): TargetFact {
  return {
    id: `t-${p.metric}`,
    doc: "plan.txt",
    kind: "target",
    evidence: ev(`到${p.deadline_year ?? 2020}年，${p.metric}${p.value}`),
    policy: "嘉兴市质量提升行动方案",
    region: "嘉兴市",
    comparator: ">=",
    unit: "%",
    deadline_year: 2020,
    ...p,
    metric_key: metricKey(p.metric),
  };
}

function obs(p: Partial<ObservationFact> & Pick<ObservationFact, "metric" | "value" | "year">): ObservationFact {
  return {
    id: `o-${p.metric}-${p.year}-${p.region ?? ""}`,
    doc: "report.txt",
    kind: "observation",
    evidence: ev(`${p.metric}${p.value}`),
    region: "嘉兴市",
    unit: "%",
    ...p,
    metric_key: metricKey(p.metric),
  };
}

function award(p: Partial<AwardFact> & Pick<AwardFact, "recipient" | "award" | "year">): AwardFact {
  return {
    id: `a-${p.recipient}-${p.year}`,
    doc: "awards.txt",
    kind: "award",
    evidence: ev(`${p.recipient}获${p.award}`),
    recipient_type: "organization",
    affiliation: null,
    level: "provincial",
    region: "浙江省",
    edition: null,
    tier: "winner",
    category: null,
    recipient_region: "嘉兴市",
    ...p,
  };
}

describe("judgeTarget", () => {
  it("reads a later outcome under another phrasing of the same metric as a miss, with both evidences", () => {
    const t = target({ metric: "工业产品监督抽查合格率", value: 96 });
    const o = obs({ metric: "工业产品抽检合格率", value: 94.5, year: 2021 });
    const j = judgeTarget(t, [o], [], REGIONS, 2024);
    expect(j.status).toBe("missed");
    expect(j.observation).toBe(o);
    expect(j.target_evidence).toEqual(t.evidence[0]);
    expect(j.outcome_evidence).toEqual([o.evidence[0]]);
    expect(j.reason).toMatchObject({ code: "short_after_deadline", observed: { value: 94.5, year: 2021 }, goal: { value: 96 } });
  });

  it("prefers the deadline year's outcome over later ones", () => {
    const t = target({ metric: "工业产品抽检合格率", value: 96 });
    const j = judgeTarget(
      t,
      [obs({ metric: "工业产品抽检合格率", value: 95, year: 2022 }), obs({ metric: "工业产品抽检合格率", value: 97, year: 2020 })],
      [],
      REGIONS,
      2024,
    );
    expect(j.status).toBe("met");
    expect(j.observation?.year).toBe(2020);
  });

  it("counts an outcome met before the deadline as met", () => {
    const t = target({ metric: "科技进步贡献率", value: 60, deadline_year: 2025 });
    const j = judgeTarget(t, [obs({ metric: "科技进步贡献率", value: 61, year: 2022 })], [], REGIONS, 2023);
    expect(j.status).toBe("met");
  });

  it("keeps a goal whose deadline has not passed and whose outcome falls short as not yet due", () => {
    const t = target({ metric: "科技进步贡献率", value: 60, deadline_year: 2025 });
    expect(judgeTarget(t, [obs({ metric: "科技进步贡献率", value: 55, year: 2022 })], [], REGIONS, 2023).status).toBe("not_yet_due");
    expect(judgeTarget(t, [], [], REGIONS, 2025).status).toBe("not_yet_due");
  });

  it("says no_data when the deadline passed and nothing was reported for the metric", () => {
    const t = target({ metric: "林木覆盖率", value: 30 });
    const j = judgeTarget(t, [obs({ metric: "消费品抽检合格率", value: 99, year: 2021 })], [], REGIONS, 2023);
    expect(j.status).toBe("no_data");
    expect(j.observation).toBeNull();
  });

  it("does not let a city's outcome judge a district's goal (containment counts only inward)", () => {
    const t = target({ metric: "工业产品抽检合格率", value: 96, region: "南湖区" });
    expect(judgeTarget(t, [obs({ metric: "工业产品抽检合格率", value: 90, year: 2021 })], [], REGIONS, 2023).status).toBe("no_data");
  });

  it("lets a district's count show a city's floor met, but never a city's rate", () => {
    const count = target({ metric: "高新技术企业", value: 100, unit: "家", comparator: ">" });
    const inner = obs({ metric: "高新技术企业数", value: 120, unit: "家", year: 2020, region: "南湖区" });
    expect(judgeTarget(count, [inner], [], REGIONS, 2023).status).toBe("met");
    const rate = target({ metric: "工业产品抽检合格率", value: 96 });
    expect(
      judgeTarget(rate, [obs({ metric: "工业产品抽检合格率", value: 99, year: 2020, region: "南湖区" })], [], REGIONS, 2023).status,
    ).toBe("no_data");
  });

  it("applies 低于 as a ceiling", () => {
    const t = target({ metric: "万台特种设备死亡率", value: 0.4, unit: null, comparator: "<" });
    expect(judgeTarget(t, [obs({ metric: "特种设备万台死亡率", value: 0.2, unit: null, year: 2020 })], [], REGIONS, 2023).status).toBe(
      "met",
    );
    expect(judgeTarget(t, [obs({ metric: "万台特种设备死亡率", value: 0.5, unit: null, year: 2020 })], [], REGIONS, 2023).status).toBe(
      "missed",
    );
  });

  it("compares across 万 prefixes and refuses unrelated units", () => {
    const t = target({ metric: "抽检食品", value: 20000, unit: "批次", deadline_year: 2021 });
    expect(judgeTarget(t, [obs({ metric: "抽检食品", value: 2.5, unit: "万批次", year: 2021 })], [], REGIONS, 2023).status).toBe("met");
    expect(judgeTarget(t, [obs({ metric: "抽检食品", value: 3, unit: "亿元", year: 2021 })], [], REGIONS, 2023).status).toBe("no_data");
  });

  it("judges a goal to win an award from the award facts inside the region and plan period", () => {
    const t = target({ metric: "争创浙江省人民政府质量奖", value: 2, unit: "个", comparator: "=" });
    const wins = [
      award({ recipient: "甲公司", award: "浙江省人民政府质量奖", year: 2018 }),
      award({ recipient: "乙公司", award: "浙江省人民政府质量奖", year: 2019, recipient_region: "南湖区" }),
      award({ recipient: "丙公司", award: "浙江省人民政府质量奖", year: 2012 }),
    ];
    const j = judgeTarget(t, [], wins, REGIONS, 2023);
    expect(j.status).toBe("met");
    expect(j.awards?.map((a) => a.recipient).sort()).toEqual(["乙公司", "甲公司"]);
    expect(j.outcome_evidence).toHaveLength(2);
  });

  it("does not count nominations, proposals or other regions' winners, and reports too few as no_data", () => {
    const t = target({ metric: "争创浙江省人民政府质量奖", value: 1, unit: "个", comparator: "=" });
    const wins = [
      award({ recipient: "甲公司", award: "浙江省人民政府质量奖", year: 2019, tier: "nominee" }),
      award({ recipient: "乙公司", award: "浙江省人民政府质量奖", year: 2019, status: "proposed" }),
      award({ recipient: "丁公司", award: "浙江省人民政府质量奖", year: 2019, recipient_region: "杭州市" }),
    ];
    expect(judgeTarget(t, [], wins, REGIONS, 2023).status).toBe("no_data");
  });

  it("does not treat a service to award candidates as a goal to win the award", () => {
    const t = target({ metric: "为省长质量奖培育企业送诊断", value: 1, unit: "家", comparator: ">=", deadline_year: 2019 });
    const j = judgeTarget(t, [], [award({ recipient: "甲公司", award: "浙江省省长质量奖", year: 2019 })], REGIONS, 2023);
    expect(j.status).toBe("no_data");
    expect(j.awards).toBeUndefined();
  });
});

describe("judgeTarget with a round figure", () => {
  it("reads a 左右 goal as reached by an outcome within 5% of it", () => {
    const t = target({ metric: "服务业增加值占地区生产总值比重", value: 50, comparator: "=" });
    t.evidence = [{ doc: "plan.txt", start: 0, end: 20, text: "服务业增加值占地区生产总值比重达到50%左右" }];
    const close = obs({ metric: "服务业占地区生产总值比重", value: 48.6, year: 2020 });
    expect(judgeTarget(t, [close], [], REGIONS, 2023).status).toBe("met");
    const far = obs({ metric: "服务业占地区生产总值比重", value: 45, year: 2020 });
    expect(judgeTarget(t, [far], [], REGIONS, 2023).status).toBe("missed");
  });
});
