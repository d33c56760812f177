import { describe, expect, it } from "vitest";
import { recipientRegion } from "../../../ingest/extract/awards/recipient-region.js";
import { context } from "./prepare-fixture.js";

const org = (name: string) => ({ name, type: "organization" as const, affiliation: null, role: null });

describe("recipient region", () => {
  it("takes the region a firm's name carries", () => {
    const ctx = context("湖南省质量工作会议在长沙召开。全省企业积极申报。");
    expect(recipientRegion(org("株洲某某硬质合金集团有限公司"), ctx)).toBe("株洲市");
  });

  it("prefers the document's region when the name only names the province around it", () => {
    const ctx = context("常州市质量强市工作会议召开。我市企业积极申报。");
    expect(recipientRegion(org("江苏某某电缆集团有限公司"), ctx)).toBe("常州市");
    expect(recipientRegion(org("某某数字能源股份有限公司"), ctx)).toBe("常州市");
  });

  it("uses the province for a provincial document, but not for a city paper comparing itself with the province", () => {
    const provincial = context("江西省人民政府关于表彰省长质量奖的决定\n南昌、九江等地企业积极参与。");
    expect(recipientRegion(org("江西某某机电有限公司"), provincial)).toBe("江西省");
    const city = context("常州市质量强市工作会议召开。全省率先推行首席质量官制度，全省第一。我市企业积极申报。");
    expect(recipientRegion(org("江苏某某电缆集团有限公司"), city)).toBe("常州市");
  });

  it("narrows to a county-level city or district the name writes inside its city", () => {
    const ctx = context("潍坊市质量强市工作会议召开。我市企业积极申报。");
    expect(recipientRegion(org("潍坊安丘某某食品有限公司"), ctx)).toBe("安丘市");
    expect(recipientRegion(org("山东潍坊某某化工有限公司"), ctx)).toBe("潍坊市");
  });

  it("prefers a city over a county with the same short name", () => {
    const ctx = context("长沙市质量强市工作会议召开。我市企业积极申报。");
    expect(recipientRegion(org("长沙某某重工机械有限公司"), ctx)).toBe("长沙市");
  });

  it("uses a person's affiliation", () => {
    const ctx = context("湖南省质量工作会议在长沙召开。全省企业积极申报。");
    expect(recipientRegion({ name: "陈建军", type: "person", affiliation: "株洲某某机车有限公司", role: "总工程师" }, ctx)).toBe("株洲市");
  });
});
