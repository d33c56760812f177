import { describe, expect, it } from "vitest";
import {
  cleanName,
  isOrgName,
  isShortName,
  resolveShortName,
  shortFormsInText,
} from "../../../ingest/extract/awards/organisation-names.js";
import { context } from "./prepare-fixture.js";

describe("organisation names", () => {
  it("accepts full legal names of firms, institutes, hospitals, schools and bureaus", () => {
    for (const n of [
      "某某电缆集团有限公司",
      "某某(集团)股份有限公司",
      "某某机车车辆工艺研究所有限公司",
      "某市第一人民医院",
      "某某职业技术学院",
      "某市市场监督管理局",
      "某某检验检测研究院",
    ]) {
      expect(isOrgName(n), n).toBe(true);
    }
    expect(isOrgName("该公司")).toBe(false);
    expect(isOrgName("某某省长质量奖")).toBe(false);
  });

  it("removes spaces and line breaks left inside a name by PDF or Word", () => {
    expect(cleanName("杭州某某 新材料科技\n股份有限公司")).toBe("杭州某某新材料科技股份有限公司");
    expect(cleanName("“某某”")).toBe("某某");
  });

  it("resolves a short name to the one full name containing it", () => {
    const full = ["江苏华鼎电缆集团有限公司", "常州星河车灯股份有限公司"];
    expect(resolveShortName("华鼎电缆", full, [])).toBe("江苏华鼎电缆集团有限公司");
    expect(resolveShortName("华鼎", ["江苏华鼎电缆集团有限公司", "华鼎物流有限公司"], [])).toBeNull();
  });

  it("resolves an abbreviation written character by character (株硬 style)", () => {
    expect(resolveShortName("湘硬集团", ["湘潭硬质合金集团有限公司"], [])).toBe("湘潭硬质合金集团有限公司");
  });

  it("prefers a short name the document declares", () => {
    const ctx = context("湖南某某电机有限公司(以下简称某某电机)获得第八届湖南省省长质量奖。");
    expect(ctx.declared).toEqual([{ short: "某某电机", full: "湖南某某电机有限公司" }]);
  });

  it("finds the short forms a document uses for a full name, but not ordinary words", () => {
    const isRegion = (x: string) => ["江苏", "常州", "株洲"].includes(x);
    const norm = "常州星河车灯股份有限公司获奖。星河车灯的产品远销海外。硬质合金行业发展迅速。";
    expect(shortFormsInText("常州星河车灯股份有限公司", norm, isRegion)).toEqual(["星河车灯"]);
    const words = new Set(["硬质合金"]);
    expect(shortFormsInText("株洲硬质合金集团有限公司", `${norm}株洲硬质合金集团有限公司`, isRegion, (x) => words.has(x))).toEqual([]);
  });

  it("walks back over industry words the segmenter tags as verbs (包装, 铸造, 制造) to the name's start", () => {
    const ctx = context("衡阳市质量工作会议召开。会上，衡阳华信包装有限公司、衡阳湘江铸造有限公司和衡阳雁城制造有限公司获得市长质量奖。");
    expect(ctx.fullNames).toEqual(["衡阳华信包装有限公司", "衡阳湘江铸造有限公司", "衡阳雁城制造有限公司"]);
  });

  it("keeps short names plausible", () => {
    expect(isShortName("中盐华东")).toBe(true);
    expect(isShortName("5家企业")).toBe(false);
    expect(isShortName("该企业")).toBe(false);
  });
});
