import { describe, expect, it } from "vitest";
import { programmeOf } from "../../../ingest/extract/policy/policies.js";
import { extract } from "./prepare-fixture.js";

describe("policy extraction", () => {
  it("takes a policy document's own title and every 《》 title, with issuer regions", () => {
    const { policies } = extract("jiaxing-decision.txt");
    const byTitle = Object.fromEntries(policies.map((p) => [p.title, p]));
    expect(Object.keys(byTitle).sort()).toEqual(
      [
        "嘉兴市关于全面推进质量强市建设的实施方案",
        "浙江省质量强省建设纲要",
        "嘉兴市人民政府质量奖管理办法",
        "嘉兴市标准化资助资金管理办法",
      ].sort(),
    );
    expect(byTitle.浙江省质量强省建设纲要.region).toBe("浙江省");
    expect(byTitle.嘉兴市标准化资助资金管理办法.region).toBe("嘉兴市");
  });

  it("links a 质量奖 management policy to the programme it governs", () => {
    const { policies } = extract("jiaxing-decision.txt");
    expect(policies.find((p) => p.title === "嘉兴市人民政府质量奖管理办法")?.programmes).toEqual(["嘉兴市人民政府质量奖"]);
    expect(programmeOf("某县县长质量奖评审细则")).toBe("某县县长质量奖");
    expect(programmeOf("某市标准化资助资金管理办法")).toBeNull();
  });

  it("reads an explicit issue date as the year, and an issuer named just before the title", () => {
    const { policies } = extract(
      "2024年5月，国务院办公厅印发《关于加强计量工作的若干意见》，省政府随后出台《湖北省质量提升三年行动计划方案》。",
      true,
    );
    const national = policies.find((p) => p.title === "关于加强计量工作的若干意见")!;
    expect(national).toMatchObject({ region: "中国", year: 2024 });
    expect(policies.find((p) => p.title.startsWith("湖北省"))?.region).toBe("湖北省");
  });

  it("takes quoted titles the text presents as policy documents, keeping nested quotes, and not quoted slogans", () => {
    const { policies } = extract(
      "本市先后印发“关于支持“专精特新”企业发展的若干措施”，落实“数字经济2030”宜昌行动纲要，开展“质量月”活动和“双随机”抽查行动。",
      true,
    );
    expect(policies.map((p) => p.title).sort()).toEqual(["关于支持“专精特新”企业发展的若干措施", "“数字经济2030”宜昌行动纲要"].sort());
  });

  it("treats laws without a region as national", () => {
    const { policies } = extract("配合修订《产品质量法》和《特种设备安全法》。", true);
    expect(policies).toHaveLength(2);
    for (const p of policies) expect(p.region).toBe("中国");
  });

  it("gives a policy issued by any city bureau the city, a district bureau's the district, and 总局's the country", () => {
    const text =
      "西陵区质量工作简报\n\n今年以来，我区扎实推进质量强区，全区质量工作稳步提升。市教育局印发《校园食品安全管理办法》，我区积极落实。区市场监管局制定了《质量提升行动方案》。市场监管总局印发《计量发展实施意见》。";
    const { doc, policies } = extract(text, true);
    expect(doc.region).toBe("西陵区");
    expect(policies.map((p) => [p.title, p.region])).toEqual([
      ["校园食品安全管理办法", "宜昌市"],
      ["质量提升行动方案", "西陵区"],
      ["计量发展实施意见", "中国"],
    ]);
  });
});

describe("a notice announcing winners", () => {
  it("is not itself a policy, and its counts are outcomes, not goals", () => {
    const { policies, targets } = extract("foshan-notice.txt");
    expect(policies.map((p) => p.title)).toEqual(["佛山市政府质量奖管理办法"]);
    expect(targets).toEqual([]);
  });
});
