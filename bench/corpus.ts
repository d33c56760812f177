// A generator of synthetic corpora that look like what qkg reads: award notices with winner lists,
// news items about winners, quality-city plans with numeric targets, and annual reports with
// outcome figures. Every sentence is written here from templates; organisation names are drawn
// from a pool smaller than the corpus, so the same firms recur across years, cities and kinds of
// document as they do in real notices. Deterministic: the same size gives the same files.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type SeededRandom, seededRandom } from "./seeded-random.js";

const CITIES: [string, string][] = [
  ["苏州市", "江苏省"],
  ["无锡市", "江苏省"],
  ["南通市", "江苏省"],
  ["宁波市", "浙江省"],
  ["温州市", "浙江省"],
  ["嘉兴市", "浙江省"],
  ["佛山市", "广东省"],
  ["东莞市", "广东省"],
  ["惠州市", "广东省"],
  ["潍坊市", "山东省"],
  ["烟台市", "山东省"],
  ["洛阳市", "河南省"],
  ["襄阳市", "湖北省"],
  ["宜昌市", "湖北省"],
  ["湘潭市", "湖南省"],
  ["芜湖市", "安徽省"],
  ["泉州市", "福建省"],
  ["绵阳市", "四川省"],
  ["柳州市", "广西壮族自治区"],
  ["赣州市", "江西省"],
];
const BRANDS = [
  "恒信",
  "华科",
  "瑞丰",
  "金鼎",
  "宏远",
  "新元",
  "天启",
  "博达",
  "中泰",
  "永安",
  "嘉诚",
  "联创",
  "鼎盛",
  "汇通",
  "明德",
  "凯越",
  "正源",
  "九州",
  "长风",
  "启明",
];
const TRADES = ["精密机械", "电子科技", "新材料", "智能装备", "汽车零部件", "生物医药", "纺织", "食品", "电气", "环保科技"];
const FORMS = ["有限公司", "股份有限公司", "集团有限公司"];
const METRICS: [string, string, number, number][] = [
  ["制造业产品质量合格率", "%", 93, 98],
  ["工业产品抽检合格率", "%", 92, 98],
  ["万人有效发明专利拥有量", "件", 10, 60],
  ["有效注册商标总量", "万件", 5, 40],
  ["主导制定国际标准数量", "项", 1, 30],
];
const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

type Rng = SeededRandom;
const short = (city: string) => city.replace(/市$/, "");

function firms(rng: Rng, count: number): { name: string; city: string }[] {
  const out = new Map<string, { name: string; city: string }>();
  while (out.size < count) {
    const [city] = rng.pick(CITIES);
    const name = `${short(city)}${rng.pick(BRANDS)}${rng.pick(TRADES)}${rng.pick(FORMS)}`;
    out.set(name, { name, city });
  }
  return [...out.values()];
}

function notice(rng: Rng, pool: { name: string; city: string }[], city: string, year: number): string {
  const local = pool.filter((f) => f.city === city);
  const winners = [...new Set(Array.from({ length: rng.int(3, 9) }, () => rng.pick(local.length ? local : pool).name))];
  const award = `${city}市长质量奖`;
  return [
    `关于授予${year}年度${award}的决定`,
    "",
    `各县（市、区）人民政府，市各有关部门：`,
    `经组织申报、资料评审、现场评审和社会公示，市政府决定授予${winners[0]}等${winners.length}家单位${year}年度${award}。`,
    `希望获奖单位珍惜荣誉，持续提升质量管理水平，发挥示范带动作用。`,
    "",
    `${year}年度${award}获奖单位名单`,
    ...winners,
    "",
    `${city}人民政府`,
    `${year + 1}年${rng.int(1, 12)}月${rng.int(1, 28)}日`,
  ].join("\n");
}

function news(rng: Rng, pool: { name: string; city: string }[], city: string, year: number): string {
  const firm = rng.pick(pool).name;
  const edition = rng.int(2, 5);
  return [
    `${short(city)}企业在全国质量评选中再获佳绩`,
    "",
    `${year}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}  来源：${city}市场监督管理局`,
    "",
    `近日，第${NUMERALS[edition - 1]}届中国质量奖评选结果揭晓，${firm}荣获第${NUMERALS[edition - 1]}届中国质量奖提名奖。`,
    `该企业多年来坚持以质量求生存，建立了覆盖研发、采购、生产和服务全过程的质量管理体系。`,
    `市场监管部门负责人表示，将继续引导更多企业对标先进，争创各级政府质量奖。`,
  ].join("\n");
}

function plan(rng: Rng, city: string, year: number): string {
  const targets = METRICS.filter(() => rng.next() < 0.7).map(
    ([metric, unit, lo, hi]) => `到${year + 3}年，${metric}达到${rng.int(lo, hi)}${unit}以上。`,
  );
  return [
    `${city}质量强市建设实施方案（${year}—${year + 3}年）`,
    "",
    `为深入实施质量强国战略，加快建设质量强市，结合本市实际，制定本方案。`,
    `一、主要目标`,
    ...targets,
    `二、重点任务`,
    `（一）实施质量提升行动，推动重点产业质量攻关。`,
    `（二）完善政府质量奖励制度，组织开展${city}市长质量奖评选。`,
  ].join("\n");
}

function report(rng: Rng, city: string, year: number): string {
  const lines = METRICS.filter(() => rng.next() < 0.6).map(
    ([metric, unit, lo, hi]) => `${year}年，全市${metric}为${(rng.int(lo * 10, hi * 10) / 10).toFixed(1)}${unit}。`,
  );
  return [
    `${city}${year}年质量工作情况报告`,
    "",
    `${year}年，全市上下认真贯彻质量强市决策部署，质量工作取得新成效。`,
    ...lines,
    `下一步，我们将持续推进质量基础设施建设，营造全社会重视质量的良好氛围。`,
  ].join("\n");
}

/** Writes `count` documents into `dir` (emptied first): notices, news, plans and reports, mixed. */
export function writeSyntheticCorpus(dir: string, count: number, seed = 42): { files: number; bytes: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rng = seededRandom(seed);
  const pool = firms(rng, Math.max(20, Math.round(count * 0.6)));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const [city] = rng.pick(CITIES);
    const year = rng.int(2012, 2023);
    const kind = i % 4;
    const text =
      kind === 0
        ? notice(rng, pool, city, year)
        : kind === 1
          ? news(rng, pool, city, year)
          : kind === 2
            ? plan(rng, city, year)
            : report(rng, city, year);
    const name = `${String(i).padStart(5, "0")}-${["notice", "news", "plan", "report"][kind]}.txt`;
    writeFileSync(join(dir, name), `${text}\n`);
    bytes += Buffer.byteLength(text) + 1;
  }
  return { files: count, bytes };
}
