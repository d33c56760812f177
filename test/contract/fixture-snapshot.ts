// A small snapshot written for the backend contract: real award names, invented sentences (none
// from the seed documents), and every shape of fact the graph has: persons with and without an
// affiliation, a brand and its owner, a project, a region as recipient, null years and editions,
// optional fields set and unset, facts stated twice, policies with and without programmes,
// targets with and without a policy or a metric key, observations. Changing it is how the loader
// tests make "a changed document".
import { factKey } from "../../graph/fact-keys.js";
import { stableHash } from "../../graph/ids.js";
import { createSnapshot } from "../../graph/snapshot.js";
import type { DocumentRecord, Evidence, Fact, RegionRecord, Snapshot } from "../../graph/types.js";
import { regionRecords } from "../fixtures/region-records.js";

export const FIXTURE_REGIONS: RegionRecord[] = regionRecords(["常州市", "株洲市"]);

export const FIXTURE_TEXTS: Record<string, string> = {
  "a-awards.txt": [
    "甲公司荣获第四届中国质量奖。",
    "乙电缆有限公司获得中国质量奖提名奖。",
    "张工（甲公司总工程师）荣获江苏省省长质量奖个人奖。",
    "丙牌精密轴承获评湖南省长质量奖，品牌归丙集团所有。",
    "常州市获评全国质量强市示范城市。",
    "丁工程项目获得江苏省省长质量奖。",
    "名单附后：甲公司荣获第四届中国质量奖。",
  ].join("\n"),
  "b-policy.txt": [
    "《常州市质量强市建设实施方案》提出目标。",
    "到2025年，制造业产品质量合格率达到95%以上。",
    "品牌价值不低于100亿元。",
    "本方案适用于江苏省省长质量奖和中国质量奖的推荐。",
    "2023年常州市制造业产品质量合格率为93.5%。",
  ].join("\n"),
  "c-zhuzhou.txt": [
    "株洲某轨道交通公司荣获湖南省长质量奖。",
    "《株洲市质量发展规划》发布。",
    "2022年株洲市万人有效发明专利拥有量为30.2件。",
    "李师傅荣获湖南省长质量奖个人奖。",
  ].join("\n"),
};

function document(id: string, text: string, region: string | null): DocumentRecord {
  return {
    id,
    path: `fixtures/${id}`,
    title: text.split("\n")[0]!.slice(0, 12),
    date: id.startsWith("b") ? "2023-05-01" : null,
    region,
    hash: stableHash(text),
    encoding: "utf-8",
    text,
  };
}

const span = (docs: Map<string, DocumentRecord>, doc: string, text: string, from = 0): Evidence => {
  const d = docs.get(doc);
  if (!d) throw new Error(`fixture: no document ${doc}`);
  const start = d.text.indexOf(text, from);
  if (start < 0) throw new Error(`fixture: "${text}" is not in ${doc}`);
  return { doc, start, end: start + text.length, text };
};

type Draft = Fact extends unknown ? (Fact extends infer F ? (F extends Fact ? Omit<F, "id"> : never) : never) : never;
const fact = (d: Draft): Fact => ({ ...d, id: stableHash(factKey(d as Parameters<typeof factKey>[0])) }) as Fact;

/**
 * The fixture's facts over `docs`. A fact whose document is missing or no longer says its sentence
 * is left out (that is how a test changes a document); with the original texts every fact is there.
 */
export function fixtureFacts(docs: Map<string, DocumentRecord>): Fact[] {
  const e = (doc: string, text: string, from = 0) => span(docs, doc, text, from);
  const second = docs.get("a-awards.txt")?.text.indexOf("名单附后") ?? 0;
  const facts: Fact[] = [];
  const strict = Object.entries(FIXTURE_TEXTS).every(([id, text]) => docs.get(id)?.text === text);
  for (const make of drafts(e, second)) {
    try {
      facts.push(make());
    } catch (err) {
      if (strict) throw err;
    }
  }
  return facts;
}

function drafts(e: (doc: string, text: string, from?: number) => Evidence, second: number): (() => Fact)[] {
  return [
    () =>
      fact({
        doc: "a-awards.txt",
        kind: "award",
        recipient: "甲公司",
        recipient_type: "organization",
        affiliation: null,
        award: "中国质量奖",
        level: "national",
        region: "中国",
        year: 2021,
        edition: 4,
        tier: "winner",
        category: null,
        recipient_region: "常州市",
        evidence: [e("a-awards.txt", "甲公司荣获第四届中国质量奖"), e("a-awards.txt", "甲公司荣获第四届中国质量奖", second)],
      }),
    () =>
      fact({
        doc: "a-awards.txt",
        kind: "award",
        recipient: "乙电缆有限公司",
        recipient_type: "organization",
        affiliation: null,
        award: "中国质量奖",
        level: "national",
        region: "中国",
        year: null,
        edition: null,
        tier: "nominee",
        category: null,
        evidence: [e("a-awards.txt", "乙电缆有限公司获得中国质量奖提名奖")],
      }),
    () =>
      fact({
        doc: "a-awards.txt",
        kind: "award",
        recipient: "张工",
        recipient_type: "person",
        affiliation: "甲公司",
        role: "总工程师",
        award: "江苏省省长质量奖",
        level: "provincial",
        region: "江苏省",
        year: 2020,
        year_label: "2020年度",
        edition: null,
        tier: "winner",
        category: "个人奖",
        recipient_region: "常州市",
        evidence: [e("a-awards.txt", "张工（甲公司总工程师）荣获江苏省省长质量奖个人奖")],
      }),
    () =>
      fact({
        doc: "a-awards.txt",
        kind: "award",
        recipient: "丙牌精密轴承",
        recipient_type: "brand",
        affiliation: "丙集团",
        award: "湖南省长质量奖",
        level: "provincial",
        region: "湖南省",
        year: 2019,
        edition: null,
        tier: "winner",
        category: null,
        recipient_region: null,
        evidence: [e("a-awards.txt", "丙牌精密轴承获评湖南省长质量奖")],
      }),
    () =>
      fact({
        doc: "a-awards.txt",
        kind: "award",
        recipient: "常州市",
        recipient_type: "region",
        affiliation: null,
        award: "全国质量强市示范城市",
        level: "national",
        region: "中国",
        year: 2022,
        edition: null,
        tier: "other",
        category: null,
        status: "proposed",
        recipient_region: "常州市",
        evidence: [e("a-awards.txt", "常州市获评全国质量强市示范城市")],
      }),
    () =>
      fact({
        doc: "a-awards.txt",
        kind: "award",
        recipient: "丁工程项目",
        recipient_type: "project",
        affiliation: null,
        award: "江苏省省长质量奖",
        level: "provincial",
        region: "江苏省",
        year: 2020,
        edition: null,
        tier: "winner",
        category: null,
        recipient_region: "常州市",
        evidence: [e("a-awards.txt", "丁工程项目获得江苏省省长质量奖")],
      }),

    () =>
      fact({
        doc: "b-policy.txt",
        kind: "policy",
        title: "常州市质量强市建设实施方案",
        region: "常州市",
        year: 2023,
        programmes: ["江苏省省长质量奖", "中国质量奖"],
        evidence: [e("b-policy.txt", "《常州市质量强市建设实施方案》")],
      }),
    () =>
      fact({
        doc: "b-policy.txt",
        kind: "target",
        policy: "常州市质量强市建设实施方案",
        region: "常州市",
        metric: "制造业产品质量合格率",
        metric_key: "manufacturing_pass_rate",
        comparator: ">=",
        value: 95,
        unit: "%",
        deadline_year: 2025,
        evidence: [e("b-policy.txt", "到2025年，制造业产品质量合格率达到95%以上")],
      }),
    () =>
      fact({
        doc: "b-policy.txt",
        kind: "target",
        policy: null,
        region: null,
        metric: "品牌价值",
        comparator: ">=",
        value: 100,
        unit: "亿元",
        deadline_year: null,
        evidence: [e("b-policy.txt", "品牌价值不低于100亿元")],
      }),
    () =>
      fact({
        doc: "b-policy.txt",
        kind: "observation",
        region: "常州市",
        metric: "制造业产品质量合格率",
        metric_key: "manufacturing_pass_rate",
        value: 93.5,
        unit: "%",
        year: 2023,
        evidence: [e("b-policy.txt", "2023年常州市制造业产品质量合格率为93.5%")],
      }),

    () =>
      fact({
        doc: "c-zhuzhou.txt",
        kind: "award",
        recipient: "株洲某轨道交通公司",
        recipient_type: "organization",
        affiliation: null,
        award: "湖南省长质量奖",
        level: "provincial",
        region: "湖南省",
        year: 2021,
        edition: null,
        tier: "winner",
        category: null,
        recipient_region: "株洲市",
        evidence: [e("c-zhuzhou.txt", "株洲某轨道交通公司荣获湖南省长质量奖")],
      }),
    () =>
      fact({
        doc: "c-zhuzhou.txt",
        kind: "award",
        recipient: "李师傅",
        recipient_type: "person",
        affiliation: null,
        award: "湖南省长质量奖",
        level: "provincial",
        region: "湖南省",
        year: 2021,
        edition: null,
        tier: "winner",
        category: "个人奖",
        recipient_region: "株洲市",
        evidence: [e("c-zhuzhou.txt", "李师傅荣获湖南省长质量奖个人奖")],
      }),
    () =>
      fact({
        doc: "c-zhuzhou.txt",
        kind: "policy",
        title: "株洲市质量发展规划",
        region: "株洲市",
        year: null,
        evidence: [e("c-zhuzhou.txt", "《株洲市质量发展规划》")],
      }),
    () =>
      fact({
        doc: "c-zhuzhou.txt",
        kind: "observation",
        region: "株洲市",
        metric: "万人有效发明专利拥有量",
        value: 30.2,
        unit: "件",
        year: 2022,
        evidence: [e("c-zhuzhou.txt", "2022年株洲市万人有效发明专利拥有量为30.2件")],
      }),
  ];
}

/** The fixture snapshot; `texts` lets a test change one document. */
export function fixtureSnapshot(texts: Record<string, string> = FIXTURE_TEXTS, edit: (facts: Fact[]) => Fact[] = (f) => f): Snapshot {
  const regionOf: Record<string, string> = { "a-awards.txt": "常州市", "b-policy.txt": "常州市", "c-zhuzhou.txt": "株洲市" };
  const docs = new Map(Object.entries(texts).map(([id, text]) => [id, document(id, text, regionOf[id] ?? null)]));
  const facts = edit(fixtureFacts(docs).filter((f) => docs.has(f.doc)));
  return createSnapshot({
    documents: [...docs.values()],
    facts,
    regions: FIXTURE_REGIONS,
    aliases: [{ name: "甲司", kind: "organization", canonical: "甲公司" }],
  });
}
