// The metric alias table, kept as data (the rule is in docs/metrics.md). Two phrasings are one
// metric when they count the same thing in the same population by the same method and differ
// only in wording: measurement verbs (监督抽查 / 抽检 / 抽查 / 抽样检验 are one sampling
// inspection), a "质量" filler before the method, or a scoping word (全市, 我区). A flow (新增,
// 新培育) and a stock (累计, 现有, 总数) are never the same metric, nor are different populations
// (工业产品 vs 消费品 vs 食品), so those are not folded here.

/** Rewrites applied, in order, to every phrasing before the table is consulted. */
export const METRIC_REWRITES: ReadonlyArray<readonly [from: string, to: string]> = [
  ["监督抽查抽检", "抽检"],
  ["监督抽查", "抽检"],
  ["监督抽检", "抽检"],
  ["抽样检验", "抽检"],
  ["抽查检测", "抽检"],
  ["抽检检测", "抽检"],
  ["抽查", "抽检"],
  ["质量抽检", "抽检"],
  ["产品质量合格率", "产品合格率"],
];

/** Canonical metrics with phrasings that the rewrites above do not already make identical. */
export interface MetricAlias {
  key: string;
  aliases: string[];
}

export const METRIC_ALIASES: MetricAlias[] = [
  {
    key: "工业产品抽检合格率",
    aliases: [
      "工业产品监督抽查合格率",
      "工业产品抽检合格率",
      "工业产品质量抽检合格率",
      "工业产品监督抽查抽检合格率",
      "工业产品质量监督抽查合格率",
    ],
  },
  { key: "食品抽检合格率", aliases: ["食品安全抽检合格率", "食品抽检合格率", "食品安全监督抽检合格率", "食品质量抽检合格率"] },
  { key: "农产品质量安全抽检合格率", aliases: ["农产品质量安全抽检合格率", "农产品质量安全例行监测合格率", "农产品质量安全监测合格率"] },
  { key: "主要农产品质量安全抽检合格率", aliases: ["主要农产品质量安全抽检合格率", "主要农产品质量安全监测合格率"] },
  { key: "消费品抽检合格率", aliases: ["消费品质量合格率", "消费品抽检合格率", "消费品监督抽查合格率"] },
  {
    key: "万人发明专利拥有量",
    aliases: ["万人发明专利拥有量", "每万人发明专利拥有量", "每万人口发明专利拥有量", "万人有效发明专利拥有量"],
  },
  { key: "高新技术企业数", aliases: ["高新技术企业", "高新技术企业数", "高新技术企业数量", "国家高新技术企业"] },
  {
    key: "研发投入占地区生产总值比重",
    aliases: [
      "全社会研发投入占地区生产总值比重",
      "研发投入占地区生产总值比重",
      "全社会研发投入占GDP比重",
      "研发经费投入强度",
      "R&D经费支出占地区生产总值比重",
    ],
  },
  {
    key: "服务业增加值占地区生产总值比重",
    aliases: ["服务业占地区生产总值比重", "服务业增加值占地区生产总值比重", "服务业增加值占GDP比重"],
  },
  { key: "科技进步贡献率", aliases: ["科技进步贡献率", "全市科技进步贡献率"] },
  {
    key: "工程一次验收合格率",
    aliases: ["工程一次验收合格率", "工程质量一次验收合格率", "工程质量一次竣工验收合格率", "工程竣工验收合格率"],
  },
  { key: "万台特种设备事故率", aliases: ["万台特种设备事故率", "特种设备万台事故率"] },
  { key: "万台特种设备死亡率", aliases: ["万台特种设备死亡率", "特种设备万台死亡人数", "特种设备万台死亡率"] },
  { key: "中国驰名商标总数", aliases: ["中国驰名商标总数", "中国驰名商标", "驰名商标"] },
  { key: "林木覆盖率", aliases: ["林木覆盖率", "森林覆盖率"] },
];
