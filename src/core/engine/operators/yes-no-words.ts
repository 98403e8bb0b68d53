import type { DateValueRecord } from '../../factbase/schema-common.js';
import { startKey } from '../../time/date-keys.js';

/**
 * The words of yes/no questions that assert a status, a number of days or a date: general language
 * (English and Japanese), no knowledge of any record.
 */

/** A status a question asks about, and the statuses of a project or a tranche that satisfy it. */
export interface StatusWord {
  asked: RegExp;
  project: readonly string[];
  tranche: readonly string[];
}

export const STATUS_WORDS: readonly StatusWord[] = [
  {
    asked: /\b(under construction|being built|broken ground|broke ground)\b|着工|建設中/,
    project: ['under-construction'],
    tranche: [],
  },
  {
    asked: /\b(financed|funded|lent|loans? (signed|agreed|made))\b|融資が決ま|融資され|融資した/,
    project: ['financed', 'under-construction'],
    tranche: [],
  },
  {
    asked:
      /\b(picked|chosen|selected|approved|decided|confirmed|finali[sz]ed|green ?lit)\b|決まっ|決定|選ばれ|選定さ|承認さ|確定/,
    project: ['selected', 'announced', 'financed', 'under-construction'],
    // A tranche "announced" lists candidates: not yet decided.
    tranche: ['selected'],
  },
];

/** The status a question asks about, if any. */
export function statusAsked(text: string, raw: string): StatusWord | undefined {
  return STATUS_WORDS.find((s) => s.asked.test(text) || s.asked.test(raw));
}

/** A number of days the question names ("45 days", "45日以内"); not a day of a month ("3月19日"). */
export function askedDays(text: string, raw: string): number | undefined {
  const en = /\b(\d{1,4}) ?(?:working |business |calendar )?days?\b/.exec(text);
  if (en) return Number(en[1]);
  const ja = /(?<![月\d])(\d{1,4})日(?!\d)/.exec(raw.normalize('NFKC'));
  return ja ? Number(ja[1]) : undefined;
}

/** A date the question names: a year, and maybe a month and a day. */
export interface AskedDate {
  year: number;
  month?: number;
  day?: number;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Dates named in the question ("in 2028", "january 2029", "2029年1月19日"). */
export function askedDates(text: string, raw: string): AskedDate[] {
  const out: AskedDate[] = [];
  const ja = raw.normalize('NFKC');
  for (const x of ja.matchAll(/(20\d\d)年(?:(\d{1,2})月(?:(\d{1,2})日)?)?/g)) {
    const d: AskedDate = { year: Number(x[1]) };
    if (x[2]) d.month = Number(x[2]);
    if (x[3]) d.day = Number(x[3]);
    out.push(d);
  }
  if (out.length) return out;
  const months = MONTHS.join('|');
  const re = new RegExp(`\\b(?:(${months})\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?)?(20\\d\\d)\\b`, 'g');
  for (const x of text.matchAll(re)) {
    const d: AskedDate = { year: Number(x[3]) };
    if (x[1]) d.month = MONTHS.indexOf(x[1]) + 1;
    if (x[2]) d.day = Number(x[2]);
    out.push(d);
  }
  return out;
}

/** Whether a recorded date falls in the asked year (and month, and day, when asked). */
export function dateMatches(asked: AskedDate, value: DateValueRecord): boolean {
  const [y, m, d] = startKey(value).split('-').map(Number);
  return (
    asked.year === y &&
    (asked.month === undefined || asked.month === m) &&
    (asked.day === undefined || asked.day === d)
  );
}

const NOW_WORDS = /\b(right now|now|currently|at the moment|these days)\b/;
const NOW_WORDS_JA = /今|現在|いま/;

/** Whether the question asks about this moment ("right now", "今"), not whether something ever happened. */
export const asksRightNow = (text: string, raw: string) => NOW_WORDS.test(text) || NOW_WORDS_JA.test(raw);

/** The month a question names without a year ("in march", "3月"), 1–12. */
export function askedMonth(text: string, raw: string): number | undefined {
  const en = new RegExp(`\\b(${MONTHS.join('|')})\\b`).exec(text);
  if (en?.[1]) return MONTHS.indexOf(en[1]) + 1;
  const ja = /(?<!\d)(\d{1,2})月/.exec(raw.normalize('NFKC'));
  return ja ? Number(ja[1]) : undefined;
}

/** Words asking whether people met ("did A meet B", "AとBは会談した？"). */
export const MET_WORDS =
  /\b(meet|met|meeting|talk|talked|spoke|speak|call|called)\b|会談|会った|会う|話し合|電話/;
