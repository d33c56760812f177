// <qkg-ask>: a question box over the qkg API, in a shadow root. This module only declares the
// class; qkg-ask-define.ts registers it. Data from the API is rendered as text, never as markup.
import type { AnswerItem, AskResult } from "../../graph/ask/types.js";
import { viewMessages } from "../../graph/messages.js";
import { AskFailure, fetchAnswer, fetchView } from "./client.js";
import { type EntityData, entityView } from "./entity-view.js";
import { langOf, type Messages, messages } from "./i18n.js";
import { announce, answerItems, h, isEmptyAnswer, renderHeadline, renderItem } from "./render.js";
import { css } from "./styles.js";
import { toDom, viewLinks } from "./view-tree.js";

export const SUGGEST_DEBOUNCE_MS = 300;
const DEFAULT_LIMIT = 10;

let sharedSheet: CSSStyleSheet | null | undefined;

function styleSheet(): CSSStyleSheet | null {
  if (sharedSheet === undefined) {
    try {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(css);
    } catch {
      sharedSheet = null;
    }
  }
  return sharedSheet;
}

type View =
  | { kind: "idle" }
  | { kind: "loading"; question: string }
  | { kind: "result"; result: AskResult; expanded: boolean }
  | { kind: "error"; question: string; failure: AskFailure }
  | { kind: "empty-question" };

let nextId = 0;

/** A suggestion the reader can ask as it is (it has a question mark), as opposed to advice. */
export const isQuestion = (s: string) => /[?？]/.test(s);

export class QkgAskElement extends HTMLElement {
  static observedAttributes = ["endpoint", "lang", "placeholder", "limit", "examples"];
  /** Where the API lives when there is no endpoint attribute: set by the define module to the script's origin. */
  static defaultEndpoint = "";

  #root: ShadowRoot;
  #input!: HTMLInputElement;
  #label!: HTMLLabelElement;
  #submit!: HTMLButtonElement;
  #chips!: HTMLElement;
  #status!: HTMLElement;
  #error!: HTMLElement;
  #result!: HTMLElement;
  #view: View = { kind: "idle" };
  #chipsFor: { label: "examples" | "followUps" | "didYouMean"; questions: string[] } | null = null;
  #askController: AbortController | null = null;
  #suggestController: AbortController | null = null;
  #suggestTimer: ReturnType<typeof setTimeout> | undefined;
  #composing = false;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: "open" });
    const sheet = styleSheet();
    if (sheet && "adoptedStyleSheets" in this.#root) this.#root.adoptedStyleSheets = [sheet];
    else this.#root.append(h(document, "style", {}, css));
    this.#build();
  }

  get endpoint(): string {
    return this.getAttribute("endpoint") || QkgAskElement.defaultEndpoint;
  }
  set endpoint(v: string) {
    this.setAttribute("endpoint", v);
  }

  get limit(): number {
    const n = Number.parseInt(this.getAttribute("limit") ?? "", 10);
    return Number.isFinite(n) && n > 0 ? n : DEFAULT_LIMIT;
  }
  set limit(v: number) {
    this.setAttribute("limit", String(v));
  }

  /** Example questions shown before anything is asked: the `examples` attribute, split on "|". */
  get examples(): string[] {
    return (this.getAttribute("examples") ?? "")
      .split("|")
      .map((s) => s.trim())
      .filter(Boolean);
  }

  get #t(): Messages {
    return messages(langOf(this.getAttribute("lang")));
  }

  connectedCallback(): void {
    this.#renderStatic();
    this.#renderChips();
  }

  disconnectedCallback(): void {
    this.#askController?.abort();
    this.#suggestController?.abort();
    clearTimeout(this.#suggestTimer);
  }

  attributeChangedCallback(): void {
    if (!this.#input) return;
    this.#renderStatic();
    this.#renderChips();
    this.#renderView();
  }

  /** Asks `question`, replacing (and aborting) any question still in flight. Resolves when rendered. */
  async ask(question: string): Promise<void> {
    const q = question.trim();
    if (this.#input.value.trim() !== q) this.#input.value = q;
    this.#cancelSuggestions();
    this.#askController?.abort();
    if (!q) {
      this.#setView({ kind: "empty-question" });
      return;
    }
    const controller = new AbortController();
    this.#askController = controller;
    this.#setView({ kind: "loading", question: q });
    try {
      const result = await fetchAnswer(this.endpoint, q, controller.signal);
      if (controller.signal.aborted) return;
      const questions = result.suggestions.filter(isQuestion);
      // No follow-ups from the API: the example questions stay on offer.
      this.#chipsFor = questions.length > 0 ? { label: isEmptyAnswer(result) ? "examples" : "followUps", questions } : null;
      this.#setView({ kind: "result", result, expanded: false });
      this.dispatchEvent(new CustomEvent("qkg-answer", { detail: result, bubbles: true, composed: true }));
    } catch (e) {
      if (controller.signal.aborted) return;
      const failure = e instanceof AskFailure ? e : new AskFailure("failed", "unexpected", String(e));
      this.#setView({ kind: "error", question: q, failure });
      this.dispatchEvent(
        new CustomEvent("qkg-error", {
          detail: { kind: failure.kind, code: failure.code, message: failure.message },
          bubbles: true,
          composed: true,
        }),
      );
    } finally {
      if (this.#askController === controller) this.#askController = null;
    }
  }

  #build(): void {
    const id = `qkg-ask-${nextId++}`;
    this.#label = h(document, "label", { part: "label", for: `${id}-q` }) as HTMLLabelElement;
    this.#input = h(document, "input", {
      part: "input",
      id: `${id}-q`,
      type: "search",
      autocomplete: "off",
      enterkeyhint: "search",
      spellcheck: "false",
      "aria-describedby": `${id}-status`,
    }) as HTMLInputElement;
    this.#submit = h(document, "button", { part: "button submit", type: "submit" }) as HTMLButtonElement;
    const form = h(
      document,
      "form",
      { part: "form", role: "search" },
      this.#label,
      h(document, "div", { class: "row" }, this.#input, this.#submit),
    );
    this.#chips = h(document, "div", { part: "suggestions", class: "chips", role: "group", hidden: "" });
    this.#status = h(document, "p", {
      part: "status",
      class: "status",
      id: `${id}-status`,
      role: "status",
      "aria-live": "polite",
      "aria-atomic": "true",
    });
    this.#error = h(document, "div", { part: "error", class: "error", role: "alert", hidden: "" });
    this.#result = h(document, "section", { part: "result", class: "result" });
    this.#root.append(h(document, "div", { part: "container", class: "root" }, form, this.#status, this.#error, this.#result, this.#chips));

    form.addEventListener("submit", (e) => {
      e.preventDefault();
      void this.ask(this.#input.value);
    });
    this.#input.addEventListener("compositionstart", () => (this.#composing = true));
    this.#input.addEventListener("compositionend", () => {
      this.#composing = false;
      this.#scheduleSuggestions();
    });
    this.#input.addEventListener("input", () => {
      // A different question is being typed: the answer still loading is stale.
      if (this.#view.kind === "loading" && this.#input.value.trim() !== this.#view.question) {
        this.#askController?.abort();
        this.#askController = null;
        this.#setView({ kind: "idle" });
      }
      if (!this.#composing) this.#scheduleSuggestions();
    });
    this.#input.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && this.#input.value) {
        e.preventDefault();
        this.#input.value = "";
        this.#cancelSuggestions();
      }
    });
  }

  #renderStatic(): void {
    const t = this.#t;
    const lang = langOf(this.getAttribute("lang"));
    this.#root.querySelector(".root")?.setAttribute("lang", lang === "zh" ? "zh-CN" : "en");
    this.#label.textContent = t.label;
    this.#submit.textContent = t.submit;
    this.#input.placeholder = this.getAttribute("placeholder") ?? t.placeholder;
  }

  #scheduleSuggestions(): void {
    this.#cancelSuggestions();
    const q = this.#input.value.trim();
    if ([...q].length < 2) return;
    this.#suggestTimer = setTimeout(() => void this.#suggest(q), SUGGEST_DEBOUNCE_MS);
  }

  #cancelSuggestions(): void {
    clearTimeout(this.#suggestTimer);
    this.#suggestController?.abort();
    this.#suggestController = null;
  }

  async #suggest(q: string): Promise<void> {
    const controller = new AbortController();
    this.#suggestController = controller;
    try {
      const result = await fetchAnswer(this.endpoint, q, controller.signal);
      if (controller.signal.aborted) return;
      const questions = result.suggestions.filter((s) => s !== q && isQuestion(s));
      if (questions.length > 0) {
        this.#chipsFor = { label: "didYouMean", questions };
        this.#renderChips();
      }
    } catch {
      // Suggestions are a nicety: a failed or aborted one leaves the chips as they were.
    } finally {
      if (this.#suggestController === controller) this.#suggestController = null;
    }
  }

  #renderChips(): void {
    const t = this.#t;
    const asked = this.#view.kind === "result" ? this.#view.result.question.trim() : "";
    const chips = this.#chipsFor ?? { label: "examples" as const, questions: this.examples.filter((e) => e !== asked) };
    const questions = chips.questions.slice(0, 6);
    const hadFocus = this.#root.activeElement !== null && this.#chips.contains(this.#root.activeElement);
    this.#chips.replaceChildren();
    this.#chips.hidden = questions.length === 0;
    if (questions.length === 0) return;
    const labelId = `${this.#input.id}-chips`;
    this.#chips.setAttribute("aria-labelledby", labelId);
    this.#chips.appendChild(h(document, "span", { class: "chips-label", id: labelId }, t[chips.label]));
    for (const question of questions) {
      const chip = h(document, "button", { type: "button", part: "chip", class: "chip" }, question);
      chip.addEventListener("click", () => {
        this.#input.value = question;
        this.#input.focus();
        void this.ask(question);
      });
      this.#chips.appendChild(chip);
    }
    if (hadFocus) this.#input.focus();
  }

  #setView(view: View): void {
    this.#view = view;
    this.#renderView();
    this.#renderChips();
  }

  #renderView(): void {
    const t = this.#t;
    const view = this.#view;
    this.#status.classList.toggle("busy", view.kind === "loading");
    // With a result on screen the summary is for screen readers only: the list below says it visibly.
    this.#status.classList.toggle("sr-only", view.kind === "result");
    this.#result.setAttribute("aria-busy", String(view.kind === "loading"));
    this.#error.hidden = view.kind !== "error";
    this.#error.replaceChildren();
    switch (view.kind) {
      case "idle":
        this.#status.textContent = "";
        return;
      case "empty-question":
        this.#status.textContent = t.emptyQuestion;
        this.#result.replaceChildren();
        return;
      case "loading":
        this.#status.textContent = t.loading;
        return;
      case "error": {
        this.#status.textContent = "";
        this.#result.replaceChildren();
        const f = view.failure;
        const text =
          f.kind === "offline"
            ? t.offline(this.endpoint || location.origin)
            : f.kind === "timeout"
              ? t.timeout
              : f.kind === "too_long"
                ? t.tooLong
                : f.kind === "unavailable"
                  ? t.unavailable
                  : f.kind === "bad_response"
                    ? t.badResponse
                    : t.failed;
        const retry = h(document, "button", { type: "button", part: "retry" }, t.retry);
        retry.addEventListener("click", () => void this.ask(view.question));
        this.#error.replaceChildren(h(document, "p", {}, text), h(document, "p", { class: "code" }, t.code, f.code), retry);
        return;
      }
      case "result":
        this.#renderResult(view.result, view.expanded, t);
    }
  }

  /** A recipient of an award gets a button that opens its entity view (graph, awards, names) in place. */
  #withEntityView(li: HTMLElement, item: AnswerItem): HTMLElement {
    if (!item.award || item.award === item.name || typeof item.value === "number") return li;
    for (const n of this.#entityToggle(item.name)) li.appendChild(n);
    return li;
  }

  /** A button (aria-expanded) and the box it fills with the entity view of `name`, fetched on first open. */
  #entityToggle(name: string): HTMLElement[] {
    const lang = langOf(this.getAttribute("lang"));
    const v = viewMessages(lang);
    const box = h(document, "div", { part: "entity-view", class: "entity-box", id: `${this.#input.id}-e${nextId++}`, hidden: "" });
    const button = h(
      document,
      "button",
      { type: "button", part: "entity-button", class: "more", "aria-expanded": "false", "aria-controls": box.id },
      `${v.entityView}：${name}`,
    );
    button.addEventListener("click", async () => {
      const open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(open));
      box.hidden = !open;
      if (!open || box.childNodes.length) return;
      const base = this.endpoint;
      try {
        const d = (await fetchView(base, `api/v1/entities/${encodeURIComponent(name)}`)) as EntityData | null;
        if (!d || !Array.isArray(d.awards)) throw new Error("no entity");
        const std = (await fetchView(base, `api/v1/standards?org=${encodeURIComponent(d.name)}`).catch(() => null)) as {
          items?: EntityData["standards"];
        } | null;
        if (Array.isArray(std?.items)) d.standards = std.items;
        box.appendChild(toDom(document, entityView(d, this.#t, v, viewLinks(base.replace(/\/$/, ""), lang), 3))!);
      } catch {
        box.appendChild(h(document, "p", {}, v.notFound));
      }
    });
    return [button, box];
  }

  #renderResult(result: AskResult, expanded: boolean, t: Messages): void {
    this.#status.textContent = announce(result, t);
    const children: Node[] = [];
    if (result.interpretation.text) {
      children.push(h(document, "p", { part: "interpretation", class: "interpretation" }, t.understoodAs, result.interpretation.text));
    }
    // Suggestions that are not questions are advice from the API: shown as text, not as chips.
    const hints = result.suggestions.filter((s) => !isQuestion(s)).map((s) => h(document, "p", { part: "hint", class: "hint" }, s));
    if (isEmptyAnswer(result)) {
      children.push(h(document, "p", { part: "empty", class: "empty" }, t.noAnswer), ...hints);
      this.#result.replaceChildren(...children);
      return;
    }
    const headline = renderHeadline(document, result, t);
    if (headline) children.push(headline);
    // A question about one organisation or person ("某公司获得过哪些奖?"): its entity view on demand.
    const entity = result.interpretation.slots?.entity;
    if (Array.isArray(entity) && typeof entity[0] === "string") children.push(h(document, "div", {}, ...this.#entityToggle(entity[0])));
    const items = answerItems(result);
    const shown = expanded ? items : items.slice(0, this.limit);
    if (shown.length > 0) {
      const lang = langOf(this.getAttribute("lang"));
      const links = viewLinks(this.endpoint.replace(/\/$/, ""), lang);
      const open = viewMessages(lang).openInContext;
      const lis = shown.map((item) => this.#withEntityView(renderItem(document, item, t, links, open), item));
      children.push(h(document, "ol", { part: "items", "aria-label": t.answerLabel }, ...lis));
    }
    if (shown.length < items.length) {
      const more = h(document, "button", { type: "button", part: "more", class: "more" }, t.showAll(items.length));
      more.addEventListener("click", () => {
        this.#view = { kind: "result", result, expanded: true };
        this.#renderView();
        const next = this.#result.querySelectorAll("li")[shown.length];
        next?.setAttribute("tabindex", "-1");
        (next as HTMLElement | undefined)?.focus();
      });
      children.push(more);
    }
    this.#result.replaceChildren(...children, ...hints);
  }
}
