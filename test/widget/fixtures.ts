// Made-up answers in the API's shape, for rendering tests. Names and sentences are invented.
import type { AskResult } from "../../graph/ask/types.js";

export const listResult: AskResult = {
  question: "2030年哪些企业获得了示例市市长质量奖?",
  interpretation: { intent: "award_list", slots: { year: 2030, award: "示例市市长质量奖" }, text: "2030年 示例市市长质量奖 的获奖组织" },
  answer: ["甲乙精密机械有限公司", "丙丁新材料股份有限公司", "戊己电子科技有限公司"],
  items: [
    {
      name: "甲乙精密机械有限公司",
      award: "示例市市长质量奖",
      year: 2030,
      tier: "winner",
      evidence: [
        {
          doc: "900_fixture.txt",
          title: "示例市质量工作年报",
          text: "甲乙精密机械有限公司凭借全员质量管理获评本年度市长质量奖。",
          start: 10,
          end: 40,
        },
      ],
    },
    {
      name: "丙丁新材料股份有限公司",
      award: "示例市市长质量奖",
      year: 2030,
      tier: "winner",
      evidence: [{ doc: "900_fixture.txt", title: null, text: "丙丁新材料股份有限公司", start: 50, end: 61 }],
    },
    {
      name: "戊己电子科技有限公司",
      award: "示例市市长质量奖",
      year: 2030,
      tier: "winner",
      evidence: [{ doc: "900_fixture.txt", title: "示例市质量工作年报", text: "戊己电子科技有限公司", start: 62, end: 72 }],
    },
  ],
  suggestions: ["甲乙精密机械有限公司获得过哪些奖?", "2030年示例市市长质量奖提名奖有哪些?"],
};

export const booleanResult: AskResult = {
  question: "示例市2030年的抽检合格率达到目标了吗?",
  interpretation: { intent: "target_met", slots: { metric: "抽检合格率" }, text: "示例市 抽检合格率 是否达到政策目标" },
  answer: false,
  items: [
    {
      name: "抽检合格率",
      note: "目标 ≥ 95%，实际 91.5%：未达到",
      value: 91.5,
      unit: "%",
      evidence: [{ doc: "901_fixture.txt", title: "示例市质量公报", text: "全年抽检合格率为91.5%，比上年略有提高。", start: 0, end: 21 }],
    },
  ],
  suggestions: [],
};

export const numberResult: AskResult = {
  question: "示例市消费品合格率是多少?",
  interpretation: { intent: "observation_value", slots: { metric: "消费品合格率" }, text: "示例市 消费品合格率 的数值" },
  answer: 96.25,
  items: [
    {
      name: "消费品合格率",
      value: 96.25,
      unit: "%",
      evidence: [{ doc: "901_fixture.txt", title: "示例市质量公报", text: "消费品合格率达到96.25%。", start: 30, end: 45 }],
    },
  ],
  suggestions: ["示例市工业产品合格率是多少?"],
};

export const emptyResult: AskResult = {
  question: "示例市有哪些工程获得过鲁班奖?",
  interpretation: { intent: "award_list", slots: { award: "中国建设工程鲁班奖" }, text: "获得 中国建设工程鲁班奖 的工程" },
  answer: [],
  items: [],
  suggestions: ["示例市有哪些企业获得过市长质量奖?", "图里没有这条记录，不等于事实上没有。"],
};

export const hostileResult: AskResult = {
  question: "<b>x</b>",
  interpretation: { intent: "award_list", slots: {}, text: '<img src=x onerror="globalThis.pwned=1">理解' },
  answer: ['<img src=x onerror="globalThis.pwned=1">'],
  items: [
    {
      name: '<img src=x onerror="globalThis.pwned=1">',
      evidence: [
        { doc: "x", title: "<script>globalThis.pwned=2</script>", text: '前<img src=x onerror="globalThis.pwned=1">后', start: 0, end: 1 },
      ],
    },
  ],
  suggestions: ["<a href=javascript:alert(1)>点我</a>?", "<i>advice</i>"],
};
