/**
 * The evaluation set's vocabulary: a case is a question (or a conversation of turns) asked at a
 * clock, and an expectation that tests facts, not phrasing. See docs/evaluation.md.
 */

/** The failure classes of issue #12, plus the plain look-ups, conflicts and coverage of issue #11. */
export const CLASSES = [
  'unknown-names',
  'false-premise',
  'commenters',
  'common-phrasing',
  'two-records',
  'dropped-detail',
  'yes-no',
  'time',
  'why',
  'follow-up',
  'wording',
  'lookup',
  'conflicts',
  'knowledge-end',
] as const;
export type ClassId = (typeof CLASSES)[number];

/** The part of the public record (issue #11) a case asks about. */
export const PARTS = [
  'events',
  'terms',
  'projects',
  'people',
  'conflicts',
  'coverage',
  'seed',
  'meta',
] as const;
export type Part = (typeof PARTS)[number];

export type CaseLang = 'en' | 'ja' | 'mixed';

/**
 * Which set a case belongs to: `dev`, the cases the engine is improved against, or `fresh`, the
 * held-out cases (`cases/fresh/`) that nobody tunes the engine to. See docs/evaluation.md.
 */
export const SETS = ['dev', 'fresh'] as const;
export type SetId = (typeof SETS)[number];

/** One expected string, or alternatives of which any one will do. */
export type Alt = string | readonly string[];

/**
 * What a correct answer must contain and must not. Amounts, dates and percentages in `mustMention`,
 * `namesBack` and `conflict` are compared as values ("$33 billion" = "330億ドル"; "2026-03-19" =
 * "March 19" = "3月19日"); other strings as normalised text.
 */
export interface Expect {
  /** Every entry must appear (an entry with alternatives: any one of them). */
  mustMention?: readonly Alt[];
  /** None of these may appear. */
  mustNotMention?: readonly string[];
  /** None of these regular expressions (case-insensitive sources) may match the text. */
  mustNotMatch?: readonly string[];
  /** The answer's lead starts with this ("Yes" / "No"; "はい" / "いいえ"). */
  yesNo?: 'yes' | 'no';
  /** The bot should (true) or should not (false) say it does not know. */
  dontKnow?: boolean;
  /** The name the sources never mention, which the answer must name back. */
  namesBack?: Alt;
  /** Figures that disagree in the sources: every one must be shown. */
  conflict?: readonly Alt[];
  /** The asked detail is not in the sources: the answer must say so (then give what is known). */
  notStated?: boolean;
  /** The question's premise is false: the lead must say there is no such report. */
  rejectsPremise?: boolean;
  /** The whole text is at most this long (thanks, greetings). */
  maxChars?: number;
  /** A Japanese answer carries no English prose (names and short labels are fine). */
  japaneseOnly?: boolean;
}

/** One question in a conversation, with what its answer must hold. */
export interface Turn {
  q: string;
  expect: Expect;
}

export interface EvalCase {
  /** Unique, stable: `<class>-<n>`. */
  id: string;
  class: ClassId;
  part: Part;
  lang: CaseLang;
  /** The clock: only what was reported by this day may be used. ISO 8601 date or date-time. */
  now: string;
  /** A single question; or `turns` for a conversation. */
  q?: string;
  expect?: Expect;
  turns?: readonly Turn[];
  /** Why the expectation is what it is (the source row), for whoever reads a failure. */
  note?: string;
  /** The set the case belongs to; absent means `dev`. */
  set?: SetId;
}

/** A case's set: `dev` unless it says otherwise. */
export const setOf = (c: EvalCase): SetId => c.set ?? 'dev';
