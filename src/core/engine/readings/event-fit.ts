/**
 * Which of several events a question means (#12, plain look-ups). A person or a court is in many
 * events; "when did the Supreme Court strike down the tariffs?" and "赤沢さんの3月のワシントン訪問" say
 * which one by the words they share with an event's names and account, and by the month they name.
 * The events are told apart, never lifted above other readings; never a choice by id.
 */
import type { EventRecord } from '../../factbase/schema.js';
import type { DateValueRecord } from '../../factbase/schema-common.js';
import { recordWords } from '../analysis/record-words.js';
import type { detectMonth } from '../cues.js';
import type { Knowledge } from '../knowledge.js';

/** Per word shared with the event's names, and with its account; the most a bonus can be. */
const NAME_WORD = 0.012;
const ACCOUNT_WORD = 0.006;
const MOST = 0.08;
/** The month named is the event's month, or another. */
const SAME_MONTH = 0.05;
const OTHER_MONTH = -0.3;

/** Words that say nothing of which event is meant. */
const COMMON = new Set(
  'the and for with from what when where who why how did does was were will has have had that this into about over after before japan japanese deal trade'.split(
    ' ',
  ),
);

interface EventWords {
  name: Set<string>;
  account: Set<string>;
}

const cache = new WeakMap<EventRecord, EventWords>();

function tokens(text: string, into: Set<string>): void {
  recordWords(text, into, COMMON);
}

function wordsOf(e: EventRecord): EventWords {
  let w = cache.get(e);
  if (w) return w;
  w = { name: new Set(), account: new Set() };
  for (const text of [e.name.en, e.name.ja, ...e.aliases]) tokens(text, w.name);
  tokens(e.summary.en, w.account);
  tokens(e.summary.ja, w.account);
  cache.set(e, w);
  return w;
}

export interface EventFitInput {
  /** The question's own words and pairs, from `questionTokens`. */
  tokens: ReadonlySet<string>;
  month: ReturnType<typeof detectMonth>;
}

export function questionTokens(question: string): Set<string> {
  const out = new Set<string>();
  tokens(question, out);
  return out;
}

/**
 * The readings with the events among them put in the order of their score plus how well they fit
 * the question; the events take the scores they had, best first, so an event never rises above (or
 * falls below) any other kind of reading for its fit.
 */
export function rankEvents<R extends { key: string; score: number }>(
  kb: Knowledge,
  readings: readonly R[],
  q: EventFitInput,
): R[] {
  const at: number[] = [];
  const fits: number[] = [];
  readings.forEach((r, i) => {
    const f = eventFit(kb, r.key, q);
    if (f === undefined) return;
    at.push(i);
    fits.push(f);
  });
  if (at.length < 2) return [...readings];
  const scores = at.map((i) => (readings[i] as R).score).sort((a, b) => b - a);
  const order = at
    .map((i, k) => ({ i, by: (readings[i] as R).score + (fits[k] as number) }))
    .sort((a, b) => b.by - a.by);
  const out = [...readings];
  order.forEach(({ i }, k) => {
    out[i] = { ...(readings[i] as R), score: scores[k] as number };
  });
  return out;
}

/** How well an `event.<id>` reading fits the question (undefined for any other reading). */
function eventFit(kb: Knowledge, key: string, q: EventFitInput): number | undefined {
  if (!key.startsWith('event.')) return undefined;
  const e = kb.events.get(key.slice('event.'.length));
  if (!e) return undefined;
  const w = wordsOf(e.record);
  let bonus = 0;
  for (const t of q.tokens) {
    if (w.name.has(t)) bonus += NAME_WORD;
    else if (w.account.has(t)) bonus += ACCOUNT_WORD;
  }
  bonus = Math.min(MOST, bonus);
  if (q.month && 'month' in q.month) {
    const months = [e.date, e.endDate].map((d) => Number(d ? monthOf(d).slice(5, 7) : 0));
    if (months[0]) bonus += months.includes(q.month.month) ? SAME_MONTH : OTHER_MONTH;
  }
  return bonus;
}

function monthOf(d: DateValueRecord): string {
  return d.precision === 'day' ? d.date : d.month;
}
