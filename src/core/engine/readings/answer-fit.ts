/**
 * Which readings answer the kind of thing a question asks for (#12, plain look-ups). "When was the
 * first tranche announced?" names a tranche and an event of the same words; only the event holds a
 * date, so it is answered rather than asking "did you mean…". The kind of a reading is the kind of
 * record its key names (`event.…`, `term.…`, `project.…`), never a record id.
 */
import type { AnswerType } from '../analysis/question.js';
import type { Knowledge } from '../knowledge.js';
import type { Reading } from './reading.js';

/** What a question wants, beyond its opening words: "announced when?", "ruling date pls", "deadline". */
export type Wanted = AnswerType;

const EN_DATE = /\bwhen\b|\b(date|day|deadline|since when|until when|how long ago)\b/;
const EN_PLACE = /\bwhere\b|\b(location|located|site)\b/;
const JA_DATE = /いつ|何日|日付|日にち|期限/;
const JA_PLACE = /どこ|場所|何州/;

/** The answer type, sharpened by date and place words found anywhere in the question. */
export function wantedOf(normalized: string, raw: string, expects: AnswerType): Wanted {
  if (expects !== 'other' && expects !== 'list') return expects;
  if (EN_DATE.test(normalized) || JA_DATE.test(raw)) return 'date';
  if (EN_PLACE.test(normalized) || JA_PLACE.test(raw)) return 'place';
  return expects;
}

/** The kind of record (or answer) a reading gives, from its key's first part. */
function kindOf(key: string): string {
  return key.slice(0, key.indexOf('.') < 0 ? key.length : key.indexOf('.'));
}

/** Kinds that answer a wanted type (1), and kinds that cannot (-1); the rest may (0). */
const FIT: Partial<Record<Wanted, { yes: readonly string[]; no: readonly string[] }>> = {
  date: {
    yes: ['event', 'month', 'frame', 'events', 'next', 'timeline', 'deal.reached', 'gap', 'role'],
    no: ['who', 'project', 'projects', 'conflict', 'conflicts', 'sectors', 'amounts', 'term', 'terms'],
  },
  place: { yes: ['project', 'tranche', 'projects'], no: ['term', 'terms', 'amounts', 'conflict', 'sectors'] },
  person: { yes: ['who'], no: ['amounts', 'month', 'sectors'] },
  // Terms hold amounts too: days, percentages, totals ("how many projects were on the October list?").
  amount: {
    yes: ['project', 'projects', 'tranche', 'amounts', 'deal', 'term'],
    no: ['who', 'month', 'timeline'],
  },
};

/** How much a reading gains when its kind answers what is wanted (and loses when it cannot). */
export const FIT_WEIGHT = 0.05;

/** 1: the reading answers what is wanted; -1: it cannot; 0: it may. */
export function fitOf(key: string, wanted: Wanted): number {
  const fit = FIT[wanted];
  if (!fit) return 0;
  const kind = kindOf(key);
  if (fit.yes.includes(key) || fit.yes.includes(kind)) return 1;
  return fit.no.includes(kind) ? -1 : 0;
}

/**
 * Of two close readings, the one that answers what is wanted when only one does; undefined when
 * both fit as well (a true "did you mean").
 */
export function closeWinner(
  kb: Knowledge,
  top: Reading,
  second: Reading,
  wanted: Wanted,
): Reading | undefined {
  const a = fitOf(top.key, wanted);
  const b = fitOf(second.key, wanted);
  if (a !== b) return a > b ? top : second;
  // Two events of one day answer "when?" alike ("the summit" and what was announced at it).
  if (wanted === 'date' && sameDay(kb, top.key, second.key)) return top;
  return undefined;
}

function sameDay(kb: Knowledge, a: string, b: string): boolean {
  const day = (key: string) =>
    key.startsWith('event.') ? kb.events.get(key.slice('event.'.length))?.date : undefined;
  const x = day(a);
  const y = day(b);
  return !!x && !!y && JSON.stringify(x) === JSON.stringify(y);
}
