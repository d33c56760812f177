import { describe, expect, it } from "vitest";
import { extract } from "./prepare-fixture.js";

describe("honours to cities and districts", () => {
  const text =
    "湘潭市质量工作会议召开。我市质量工作成效明显。\n2019年我市质量工作获省政府通报表彰。2020年获国务院、省政府真抓实干督查激励表彰；2021年被国家市场监督管理总局确定为全国质量提升行动示范城市；全省质量工作考核湘潭连续三年获评A级。";

  it("reads commendations, one per issuer, with the subject's matter in the name", () => {
    const { awards } = extract(text, true);
    const lines = awards.map((f) => `${f.recipient}|${f.recipient_type}|${f.award}|${f.level}|${f.year ?? ""}`).sort();
    expect(lines).toEqual([
      "湘潭市|region|全国质量提升行动示范城市|national|2021",
      "湘潭市|region|国务院真抓实干督查激励表彰|national|2020",
      "湘潭市|region|湖南省政府真抓实干督查激励表彰|provincial|2020",
      "湘潭市|region|湖南省政府质量工作表彰|provincial|2019",
      "湘潭市|region|湖南省质量工作考核A级|provincial|",
    ]);
  });

  it("does not count a city's tally of firm awards as the city's award", () => {
    expect(extract("衡阳市质量工作会议召开。衡阳问鼎省长质量奖。", true).awards).toEqual([]);
  });
});
