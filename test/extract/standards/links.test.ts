// The stages that read what every extractor found together (ingest/extract/index.ts): counts of
// standards give their observations and targets the levels; references get the award reviewed
// against them and the policy whose own text cites them. Texts in our own words.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../ingest/extract/index.js";
import { prepare } from "./prepare.js";

const run = (text: string) => extractDocument(prepare(text));

describe("counts of standards as observations with levels", () => {
  it("gives each figure its own level, and none to a figure that counts no standards", () => {
    const e = run("衡阳市2022年质量工作总结\n\n2022年，全市企业主导制定国家标准6项、团体标准9项，产品质量监督抽查合格率达到96.8%。");
    const obs = e.facts.filter((f) => f.kind === "observation");
    const levels = Object.fromEntries(obs.map((f) => [f.value, f.kind === "observation" ? (f.standard_levels ?? null) : null]));
    expect(levels[6]).toEqual(["national"]);
    expect(levels[9]).toEqual(["group"]);
    expect(levels[96.8]).toBeNull();
    expect(obs.find((f) => f.value === 6)).toMatchObject({ standard_role: "led" });
  });
});

describe("references linked to awards and policies", () => {
  it("links a review basis to the programme of the policy cited beside it", () => {
    const e = run(
      "关于开展2024年衡阳市市长质量奖评审工作的通知\n\n评审委员会依据《衡阳市市长质量奖管理办法》，对照GB/T 19580《卓越绩效评价准则》对申报组织进行评审。",
    );
    const ref = e.standards!.refs.find((r) => r.number === "GB/T 19580")!;
    expect(ref.evaluation_basis).toBe(true);
    expect(ref.evaluates).toEqual(["衡阳市市长质量奖"]);
  });

  it("warns instead of choosing when a document grants several awards and no policy names one", () => {
    const e = run(
      "衡阳市人民政府关于表彰质量工作先进的决定\n\n经对照《卓越绩效评价准则》评审，市政府决定，授予衡阳湘江机床有限公司2023年度衡阳市市长质量奖，授予衡阳雁峰食品有限公司2023年度衡阳市质量管理优秀奖。",
    );
    const ref = e.standards!.refs.find((r) => r.title === "卓越绩效评价准则")!;
    expect(new Set(e.facts.flatMap((f) => (f.kind === "award" ? [f.award] : []))).size).toBe(2);
    expect(ref.evaluation_basis).toBe(true);
    expect(ref.evaluates).toBeUndefined();
    expect(e.warnings.filter((w) => w.code === "standard-award-unresolved").map((w) => w.evidence?.text)).toEqual([ref.evidence.text]);
  });

  it("says a policy cites a standard when the document is that policy's own text", () => {
    const e = run("《衡阳市标准化奖励办法》\n\n第五条 企业主导制定的国家标准，参照GB/T 1.1《标准化工作导则》编写的，给予奖励。");
    const ref = e.standards!.refs.find((r) => r.number === "GB/T 1.1")!;
    expect(ref.cited_by).toEqual(["衡阳市标准化奖励办法"]);
    expect(ref.evaluation_basis).toBeUndefined();
  });
});
