/**
 * What kind of answer a claim can give (a person, a date, an amount, a place, a reason), as bits:
 * from its record's fields (set when the claim is read) and from its words (read on first need).
 */
import type { LocalizedText } from '../../factbase/schema.js';
import type { AnswerType } from '../analysis/question.js';
import type { Claim } from './claims.js';

/** What a claim can answer, as bits: a question's expected type must be among them. */
export const HOLDS = {
  person: 1,
  date: 2,
  amount: 4,
  place: 8,
  reason: 16,
} as const satisfies Partial<Record<AnswerType, number>>;

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
/** A month's name ("may" only before a day or a year: it is also a verb), a year, or a Japanese date. */
const DATE_TEXT = new RegExp(
  `\\b(${MONTHS.replace('may|', '')})\\b|\\bmay \\d|\\b(19|20)\\d\\d\\b|\\d+\\s*(年|月|日)|上旬|中旬|下旬`,
  'i',
);
/** Dates and ordinals, taken out before numbers are looked for ("the 2nd tranche" holds no amount). */
const NOT_AMOUNT = new RegExp(
  `\\b(${MONTHS})\\.? \\d{1,2}\\b|\\b\\d{1,2} (${MONTHS})\\b|\\b(19|20)\\d\\d\\b|\\d+\\s*(年|月|日|st|nd|rd|th)|第\\d+`,
  'gi',
);
/** A number left once dates are out: a count, an amount, a share. */
const AMOUNT_TEXT = /[$¥%％]|\d|[一二三四五六七八九十百千万億兆]+(円|ドル|人|基|件|割)/;
const REASON_TEXT =
  /\b(because|due to|so that|in order to|aim(s|ed)? to|to avoid|reason|in exchange|in return)\b|ため|理由|狙い|目的|見返り/i;

/** The kinds of answer a claim can give: from its record's fields, and from its words. */
export function holdsOf(c: Claim): number {
  if (c.textHolds < 0) c.textHolds = holdsOfText(c.text);
  return c.holds | c.textHolds;
}

/** The kinds of answer the words of a text can give. */
export function holdsOfText(t: LocalizedText): number {
  const s = `${t.en} ${t.ja}`;
  return (
    (DATE_TEXT.test(s) ? HOLDS.date : 0) |
    (AMOUNT_TEXT.test(s.replace(NOT_AMOUNT, ' ')) ? HOLDS.amount : 0) |
    (REASON_TEXT.test(s) ? HOLDS.reason : 0)
  );
}
