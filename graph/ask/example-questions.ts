import type { Backend } from "../backend/backend.js";
import type { AwardFact, ObservationFact } from "../types.js";
import { answerQuestion } from "./answer.js";

const answered = (a: unknown) => (Array.isArray(a) ? a.length > 0 : a !== null && a !== undefined);

function mostCommon<T>(items: T[], key: (t: T) => string): T | undefined {
  const counts = new Map<string, { item: T; n: number }>();
  for (const it of items) {
    const k = key(it);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { item: it, n: 1 });
  }
  return [...counts.entries()].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))[0]?.[1].item;
}

/**
 * Questions this graph can answer, for the demo page and the widget's chips: written from the
 * graph's own facts (the newest year's most-awarded programme, an organisation with several
 * awards, a dated outcome figure) and kept only when answering them gives an answer.
 */
export async function exampleQuestions(backend: Backend, max = 4): Promise<string[]> {
  const awards = await backend.awards({});
  const candidates: string[] = [];
  const winners = awards.filter((a) => a.tier === "winner" && a.year != null && a.recipient_type === "organization");
  const newest = Math.max(...winners.map((a) => a.year!));
  const topAward = mostCommon(
    winners.filter((a) => a.year === newest),
    (a) => a.award,
  );
  if (topAward) candidates.push(`${newest}年哪些企业获得了${topAward.award}?`);
  const byRecipient = new Map<string, AwardFact[]>();
  for (const a of awards)
    if (a.recipient_type === "organization") byRecipient.set(a.recipient, [...(byRecipient.get(a.recipient) ?? []), a]);
  const decorated = [...byRecipient.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0];
  if (decorated) candidates.push(`${decorated[0]}获得过哪些奖?`);
  const nominated = mostCommon(
    awards.filter((a) => a.tier === "nominee"),
    (a) => a.award,
  );
  if (nominated) candidates.push(`获得过${nominated.award}提名奖的有哪些?`);
  const observations = await backend.observations({});
  const figure = observations.find((o: ObservationFact) => o.year != null && o.region && o.unit === "%");
  if (figure) candidates.push(`${figure.year}年${figure.region}${figure.metric}是多少?`);
  const person = awards.find((a) => a.recipient_type === "person");
  if (person) candidates.push(`${person.recipient}获得过什么奖?`);

  const out: string[] = [];
  for (const q of candidates) {
    if (out.length >= max) break;
    if (answered((await answerQuestion(backend, q)).answer)) out.push(q);
  }
  return out;
}
