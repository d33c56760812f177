import type { Tier } from "../types.js";

/** What a question was understood to ask: an intent with typed slots, plus a sentence saying so. */
export interface Interpretation {
  intent: string;
  slots: Record<string, string | number | boolean | string[] | null>;
  text: string;
}

export interface AnswerEvidence {
  doc: string;
  title: string | null;
  text: string;
  start: number;
  end: number;
}

export interface AnswerItem {
  name: string;
  award?: string;
  year?: number | null;
  tier?: Tier;
  value?: number;
  unit?: string | null;
  /** What else the graph says about this item (a target's status against the reported value). */
  note?: string;
  evidence: AnswerEvidence[];
}

/** The JSON answer of `qkg ask --json` and `GET /api/v1/ask`. */
export interface AskResult {
  question: string;
  interpretation: Interpretation;
  /** A list of names, a number or a boolean; `[]` when the graph does not say. */
  answer: string[] | number | boolean;
  items: AnswerItem[];
  suggestions: string[];
}
