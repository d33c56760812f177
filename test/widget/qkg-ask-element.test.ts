// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AskResult } from "../../graph/ask/types.js";
import "../../src/widget/qkg-ask-define.js";
import { askUrl } from "../../src/widget/client.js";
import { messages } from "../../src/widget/i18n.js";
import { QkgAskElement, SUGGEST_DEBOUNCE_MS } from "../../src/widget/qkg-ask-element.js";
import { highlight, renderItem } from "../../src/widget/render.js";
import { booleanResult, emptyResult, hostileResult, listResult, numberResult } from "./fixtures.js";

type FetchCall = { url: URL; signal: AbortSignal };

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

/** A fetch double: answers each request with `reply(url)`, records every call and honours aborts. */
function stubFetch(reply: (url: URL) => Response | Promise<Response>) {
  const calls: FetchCall[] = [];
  const fetchMock = vi.fn((input: URL | string, init?: RequestInit) => {
    const url = new URL(String(input));
    const signal = init!.signal!;
    calls.push({ url, signal });
    return new Promise<Response>((resolve, reject) => {
      signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      Promise.resolve(reply(url)).then(resolve, reject);
    });
  });
  vi.stubGlobal("fetch", fetchMock);
  return calls;
}

function mount(attrs: Record<string, string> = {}): QkgAskElement {
  const el = document.createElement("qkg-ask");
  el.setAttribute("endpoint", "https://qkg.example");
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.appendChild(el);
  return el;
}

const $ = (el: QkgAskElement, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement | null;
const $$ = (el: QkgAskElement, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)] as HTMLElement[];
const text = (el: QkgAskElement, sel: string) => $(el, sel)?.textContent ?? "";

beforeEach(() => {
  document.body.replaceChildren();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("<qkg-ask>", () => {
  it("is registered as qkg-ask and renders a labelled search box in an open shadow root", () => {
    const el = mount();
    expect(el).toBeInstanceOf(QkgAskElement);
    const input = $(el, "input") as HTMLInputElement;
    const label = $(el, "label")!;
    expect(label.getAttribute("for")).toBe(input.id);
    expect(label.textContent).toBe("向质量政策知识图谱提问");
    expect(input.getAttribute("part")).toBe("input");
    expect(text(el, "button[type=submit]")).toBe("提问");
    expect($(el, "[aria-live=polite]")).not.toBeNull();
  });

  it("styles its shadow root with an adopted stylesheet, not a <style> element", () => {
    const el = mount();
    expect(el.shadowRoot!.adoptedStyleSheets.length).toBe(1);
    expect(el.shadowRoot!.querySelector("style")).toBeNull();
  });

  it("switches its words to English with lang=en and takes a placeholder attribute", () => {
    const el = mount({ lang: "en", placeholder: "Ask about awards" });
    expect(text(el, "label")).toBe("Ask the quality-policy knowledge graph");
    expect(($(el, "input") as HTMLInputElement).placeholder).toBe("Ask about awards");
  });

  it("shows example questions from the examples attribute as chips", () => {
    const el = mount({ examples: "问题一?|问题二?" });
    expect($$(el, "[part=chip]").map((c) => c.textContent)).toEqual(["问题一?", "问题二?"]);
  });

  it("asks GET {endpoint}/api/v1/ask?q= and shows the interpretation, the count and each item with its evidence", async () => {
    const calls = stubFetch(() => json(listResult));
    const el = mount();
    await el.ask(listResult.question);
    expect(calls[0].url.href).toBe(askUrl("https://qkg.example", listResult.question).href);
    expect(calls[0].url.pathname).toBe("/api/v1/ask");
    expect(text(el, "[part=interpretation]")).toContain(listResult.interpretation.text);
    expect(text(el, "[part=answer]")).toBe("共 3 个");
    expect($$(el, "[part=name]").map((n) => n.textContent)).toEqual(listResult.answer);
    const first = $$(el, "[part=item]")[0];
    expect(first.querySelector("[part=evidence-title] cite")!.textContent).toBe("示例市质量工作年报");
    // One click to the source: the document view with this span marked.
    const ev = listResult.items[0].evidence[0];
    const open = first.querySelector<HTMLAnchorElement>("[part=open-source]")!;
    expect(open.textContent).toBe("在原文中查看");
    expect(open.getAttribute("href")).toBe(
      `https://qkg.example/documents/${encodeURIComponent(ev.doc)}?start=${ev.start}&end=${ev.end}#evidence`,
    );
    expect(first.querySelector("[part=evidence-text]")!.textContent).toBe(listResult.items[0].evidence[0].text);
    expect(first.querySelector("mark")!.textContent).toBe("甲乙精密机械有限公司");
  });

  it("falls back to the document id when an evidence span has no title", async () => {
    stubFetch(() => json(listResult));
    const el = mount();
    await el.ask("q");
    expect($$(el, "[part=evidence-title]")[1].querySelector("cite")!.textContent).toBe("900_fixture.txt");
  });

  it("announces a summary of the answer in the aria-live status region", async () => {
    stubFetch(() => json(listResult));
    const el = mount();
    await el.ask("q");
    expect(text(el, "[role=status]")).toBe("找到 3 个答案：甲乙精密机械有限公司、丙丁新材料股份有限公司、戊己电子科技有限公司");
  });

  it("renders yes/no answers as 是/否, and Yes/No in English", async () => {
    stubFetch(() => json(booleanResult));
    const el = mount();
    await el.ask("q");
    expect(text(el, "[part=answer]")).toBe("否");
    el.setAttribute("lang", "en");
    expect(text(el, "[part=answer]")).toBe("No");
    expect(text(el, "[part=meta]")).toBe("91.5%");
    expect(text(el, "[part=note]")).toBe("目标 ≥ 95%，实际 91.5%：未达到");
  });

  it("renders a number answer with its unit and highlights the metric and value in the evidence", async () => {
    stubFetch(() => json(numberResult));
    const el = mount();
    await el.ask("q");
    expect(text(el, "[part=answer]")).toBe("96.25%");
    expect($$(el, "mark").map((m) => m.textContent)).toEqual(["消费品合格率", "96.25"]);
  });

  it("says so in words when the graph has no answer, and offers the API's suggestions", async () => {
    stubFetch(() => json(emptyResult));
    const el = mount();
    await el.ask("q");
    expect(text(el, "[part=empty]")).toContain("图谱里没有找到这个问题的答案");
    expect($$(el, "[part=item]")).toHaveLength(0);
    expect($$(el, "[part=chip]").map((c) => c.textContent)).toEqual(["示例市有哪些企业获得过市长质量奖?"]);
  });

  it("shows advice among the suggestions as text, and only questions as chips", async () => {
    stubFetch(() => json(emptyResult));
    const el = mount();
    await el.ask("q");
    expect(text(el, "[part=hint]")).toBe("图里没有这条记录，不等于事实上没有。");
    expect($$(el, "[part=chip]").map((c) => c.textContent)).not.toContain("图里没有这条记录，不等于事实上没有。");
  });

  it("keeps the other example questions on offer when the API has no follow-ups", async () => {
    stubFetch(() => json(booleanResult));
    const el = mount({ examples: `${booleanResult.question}|另一个问题?` });
    await el.ask(booleanResult.question);
    expect($$(el, "[part=chip]").map((c) => c.textContent)).toEqual(["另一个问题?"]);
    expect(text(el, ".chips-label")).toBe("可以这样问");
  });

  it("puts markup from the API on the page as literal text, never as elements", async () => {
    stubFetch(() => json(hostileResult));
    const el = mount();
    await el.ask("q");
    const root = el.shadowRoot!;
    expect(root.querySelector("img, script, b, i")).toBeNull();
    // The only links are the widget's own "open in source" links, built from the endpoint.
    for (const a of root.querySelectorAll("a")) expect(a.getAttribute("part")).toBe("open-source");
    expect(text(el, "[part=name]")).toBe('<img src=x onerror="globalThis.pwned=1">');
    expect(text(el, "[part=evidence-title]")).toContain("<script>");
    expect(text(el, "[part=chip]")).toBe("<a href=javascript:alert(1)>点我</a>?");
    expect(text(el, "[part=hint]")).toBe("<i>advice</i>");
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it("asks a suggestion chip's question when it is clicked, and keeps focus in the widget", async () => {
    const calls = stubFetch((url) => json(url.searchParams.get("q") === listResult.question ? listResult : numberResult));
    const el = mount();
    await el.ask(listResult.question);
    const chip = $$(el, "[part=chip]")[0];
    chip.click();
    await vi.waitFor(() => expect(text(el, "[part=answer]")).toBe("96.25%"));
    expect(calls[1].url.searchParams.get("q")).toBe(listResult.suggestions[0]);
    expect(($(el, "input") as HTMLInputElement).value).toBe(listResult.suggestions[0]);
    expect(el.shadowRoot!.activeElement).toBe($(el, "input"));
  });

  it("aborts the question in flight when a new one is asked, and renders only the newest answer", async () => {
    let releaseFirst!: () => void;
    const calls = stubFetch((url) =>
      url.searchParams.get("q") === "first" ? new Promise<Response>((r) => (releaseFirst = () => r(json(listResult)))) : json(numberResult),
    );
    const el = mount();
    const first = el.ask("first");
    await el.ask("second");
    releaseFirst();
    await first;
    expect(calls[0].signal.aborted).toBe(true);
    expect(calls[1].signal.aborted).toBe(false);
    expect(text(el, "[part=answer]")).toBe("96.25%");
  });

  it("aborts the answer still loading as soon as a different question is typed", async () => {
    const calls = stubFetch(() => new Promise<Response>(() => {}));
    const el = mount();
    void el.ask("第一个问题");
    const input = $(el, "input") as HTMLInputElement;
    input.value = "第一个问题";
    input.dispatchEvent(new Event("input"));
    expect(calls[0].signal.aborted).toBe(false);
    input.value = "第二个";
    input.dispatchEvent(new Event("input"));
    expect(calls[0].signal.aborted).toBe(true);
    expect(text(el, "[role=status]")).toBe("");
  });

  it("shows a loading message while waiting", async () => {
    let release!: () => void;
    stubFetch(() => new Promise<Response>((r) => (release = () => r(json(listResult)))));
    const el = mount();
    const pending = el.ask("q");
    expect(text(el, "[role=status]")).toBe("正在查找答案…");
    expect($(el, "[part=result]")!.getAttribute("aria-busy")).toBe("true");
    release();
    await pending;
    expect($(el, "[part=result]")!.getAttribute("aria-busy")).toBe("false");
  });

  it("fetches suggestions once, after the debounce, while a question is being typed", async () => {
    vi.useFakeTimers();
    const calls = stubFetch(() => json(emptyResult));
    const el = mount();
    const input = $(el, "input") as HTMLInputElement;
    for (const value of ["示例", "示例市", "示例市有"]) {
      input.value = value;
      input.dispatchEvent(new Event("input"));
      await vi.advanceTimersByTimeAsync(SUGGEST_DEBOUNCE_MS / 2);
    }
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(SUGGEST_DEBOUNCE_MS);
    expect(calls.map((c) => c.url.searchParams.get("q"))).toEqual(["示例市有"]);
    await vi.waitFor(() => expect($$(el, "[part=chip]").map((c) => c.textContent)).toEqual(["示例市有哪些企业获得过市长质量奖?"]));
    expect(text(el, ".chips-label")).toBe("你可能想问");
    expect(text(el, "[part=answer]")).toBe("");
  });

  it("aborts a suggestion request that is still running when typing goes on", async () => {
    vi.useFakeTimers();
    const calls = stubFetch(() => new Promise<Response>(() => {}));
    const el = mount();
    const input = $(el, "input") as HTMLInputElement;
    input.value = "示例市";
    input.dispatchEvent(new Event("input"));
    await vi.advanceTimersByTimeAsync(SUGGEST_DEBOUNCE_MS + 1);
    input.value = "示例市有哪些";
    input.dispatchEvent(new Event("input"));
    expect(calls[0].signal.aborted).toBe(true);
  });

  it("does not ask while an IME composition is under way", async () => {
    vi.useFakeTimers();
    const calls = stubFetch(() => json(emptyResult));
    const el = mount();
    const input = $(el, "input") as HTMLInputElement;
    input.dispatchEvent(new Event("compositionstart"));
    input.value = "shi'li";
    input.dispatchEvent(new Event("input"));
    await vi.advanceTimersByTimeAsync(SUGGEST_DEBOUNCE_MS * 2);
    expect(calls).toHaveLength(0);
  });

  it("submitting the form with Enter asks the typed question; an empty one is refused in words", async () => {
    const calls = stubFetch(() => json(listResult));
    const el = mount();
    const form = $(el, "form") as HTMLFormElement;
    form.requestSubmit();
    expect(text(el, "[role=status]")).toBe("请先输入一个问题。");
    expect(calls).toHaveLength(0);
    ($(el, "input") as HTMLInputElement).value = "  问一个问题  ";
    form.requestSubmit();
    await vi.waitFor(() => expect($$(el, "[part=item]")).toHaveLength(3));
    expect(calls[0].url.searchParams.get("q")).toBe("问一个问题");
  });

  it("explains an unreachable service and retries the same question", async () => {
    let down = true;
    const calls = stubFetch(() => (down ? Promise.reject(new TypeError("Failed to fetch")) : json(listResult)));
    const el = mount();
    const errors: unknown[] = [];
    el.addEventListener("qkg-error", (e) => errors.push((e as CustomEvent).detail));
    await el.ask("q");
    expect(text(el, "[part=error]")).toContain("连接不上问答服务（https://qkg.example）");
    expect(errors).toEqual([{ kind: "offline", code: "network", message: "Failed to fetch" }]);
    down = false;
    ($(el, "[part=retry]") as HTMLButtonElement).click();
    await vi.waitFor(() => expect($$(el, "[part=item]")).toHaveLength(3));
    expect($(el, "[part=error]")!.hidden).toBe(true);
    expect(calls.map((c) => c.url.searchParams.get("q"))).toEqual(["q", "q"]);
  });

  it("puts the API's error codes into words: too long, unavailable, not JSON", async () => {
    const el = mount();
    stubFetch(() => json({ error: { code: "question_too_long", message: "questions are limited" } }, 400));
    await el.ask("q");
    expect(text(el, "[part=error]")).toContain("问题太长了");
    stubFetch(() => json({ error: { code: "graph_unavailable", message: "no snapshot" } }, 503));
    await el.ask("q");
    expect(text(el, "[part=error]")).toContain("问答服务暂时不可用");
    stubFetch(() => new Response("<html>oops</html>", { status: 200 }));
    await el.ask("q");
    expect(text(el, "[part=error]")).toContain("看不懂的内容");
  });

  it("shows at most `limit` items and reveals the rest on request", async () => {
    stubFetch(() => json(listResult));
    const el = mount({ limit: "2" });
    await el.ask("q");
    expect($$(el, "[part=item]")).toHaveLength(2);
    const more = $(el, "[part=more]") as HTMLButtonElement;
    expect(more.textContent).toBe("显示全部 3 项");
    more.click();
    expect($$(el, "[part=item]")).toHaveLength(3);
    expect($(el, "[part=more]")).toBeNull();
    expect(el.shadowRoot!.activeElement).toBe($$(el, "[part=item]")[2]);
  });

  it("fires qkg-answer with the result for the host page", async () => {
    stubFetch(() => json(listResult));
    const el = mount();
    const seen: AskResult[] = [];
    el.addEventListener("qkg-answer", (e) => seen.push((e as CustomEvent<AskResult>).detail));
    await el.ask("q");
    expect(seen[0].answer).toEqual(listResult.answer);
  });
});

describe("askUrl", () => {
  it("keeps a path prefix on the endpoint and encodes the question", () => {
    const url = askUrl("https://example.org/qkg", "哪些企业?");
    expect(url.pathname).toBe("/qkg/api/v1/ask");
    expect(url.searchParams.get("q")).toBe("哪些企业?");
  });
});

describe("items", () => {
  const t = messages("zh");
  it("says the award, year and tier once each, leaving out what the name already says", () => {
    const li = renderItem(document, { name: "某奖提名奖", award: "某奖提名奖", year: 2019, tier: "nominee", evidence: [] }, t);
    expect(li.querySelector("[part=meta]")!.textContent).toBe("2019");
    const other = renderItem(document, { name: "甲公司", award: "某奖", year: 2019, tier: "nominee", evidence: [] }, t);
    expect(other.querySelector("[part=meta]")!.textContent).toBe("2019 · 某奖 · 提名奖");
  });

  it("highlights the item's name, value and year in its evidence", () => {
    const li = renderItem(
      document,
      { name: "甲公司", year: 2019, evidence: [{ doc: "d", title: "t", text: "甲公司(2019年、2020年)", start: 0, end: 1 }] },
      t,
    );
    expect([...li.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["甲公司", "2019"]);
  });
});

describe("highlight", () => {
  const marks = (text: string, needles: string[]) =>
    highlight(document, text, needles)
      .filter((n) => n.nodeName === "MARK")
      .map((n) => n.textContent);

  it("marks a number only where it stands as a whole number", () => {
    expect(marks("2021年争创1个中国质量奖，11家企业", ["1"])).toEqual(["1"]);
    expect(marks("合格率95.5%，目标95%", ["95"])).toEqual(["95"]);
  });

  it("keeps the text intact around the marks", () => {
    expect(
      highlight(document, "甲公司获奖，甲公司", ["甲公司"])
        .map((n) => n.textContent)
        .join(""),
    ).toBe("甲公司获奖，甲公司");
  });
});

describe("<qkg-ask> entity view", () => {
  const entity = {
    name: "甲乙精密机械有限公司",
    kind: "organization",
    aliases: ["甲乙精机"],
    awards: [
      {
        award: "示例市市长质量奖",
        year: 2030,
        edition: null,
        tier: "winner",
        level: "municipal",
        region: "示例市",
        affiliation: null,
        category: null,
        evidence: [{ doc: "900_fixture.txt", start: 10, end: 40, text: "…" }],
      },
      {
        award: "示例省省长质量奖",
        year: 2031,
        edition: 2,
        tier: "nominee",
        level: "provincial",
        region: "示例省",
        affiliation: null,
        category: null,
        evidence: [],
      },
    ],
  };

  it("opens a recipient's graph in place on demand: an SVG with a node per award and programme, links to each programme", async () => {
    const calls = stubFetch((url) => {
      if (url.pathname === "/api/v1/ask") return json(listResult);
      if (url.pathname === `/api/v1/entities/${encodeURIComponent(entity.name)}`) return json(entity);
      return json({ error: { code: "not_found", message: "no route" } }, 404);
    });
    const el = mount();
    await el.ask(listResult.question);
    const button = $$(el, "[part~=entity-button]")[0]!;
    expect(button.getAttribute("aria-expanded")).toBe("false");
    button.click();
    await vi.waitFor(() => expect($(el, "[part~=entity-view] svg")).not.toBeNull());
    expect(button.getAttribute("aria-expanded")).toBe("true");
    const box = $(el, "[part~=entity-view]")!;
    expect(box.querySelector("svg")!.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(box.querySelectorAll("g.node.award").length).toBe(2);
    expect(box.querySelectorAll("g.node.prog").length).toBe(2);
    expect(box.querySelector("g.node.alias title")!.textContent).toBe("甲乙精机");
    const hrefs = [...box.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toContain(`https://qkg.example/programmes/${encodeURIComponent("示例省省长质量奖")}`);
    // The standards route answered 404: no standards section, no error.
    expect(calls.some((c) => c.url.pathname === "/api/v1/standards")).toBe(true);
    expect(box.querySelector(".standards")).toBeNull();
    // Closing and opening again does not ask again.
    button.click();
    expect(box.hidden).toBe(true);
    button.click();
    expect(calls.filter((c) => c.url.pathname.startsWith("/api/v1/entities/")).length).toBe(1);
  });

  it("lists the entity's standards when the standards route answers", async () => {
    stubFetch((url) => {
      if (url.pathname === "/api/v1/ask") return json(listResult);
      if (url.pathname.startsWith("/api/v1/entities/")) return json(entity);
      return json({ items: [{ code: "Q/XX 001-2030", title: "精密零件通用技术条件" }] });
    });
    const el = mount({ lang: "en" });
    await el.ask(listResult.question);
    $$(el, "[part~=entity-button]")[0]!.click();
    await vi.waitFor(() => expect($(el, "[part~=entity-view] .standards")).not.toBeNull());
    expect(text(el, "[part~=entity-view] .standards li")).toBe("Q/XX 001-2030 《精密零件通用技术条件》");
    expect(text(el, "[part~=entity-view] h4")).toBe("Awards");
  });
});
