/** The platform-neutral answer every adapter renders. Codes are stable; words are already localised. */

export type Lang = 'en' | 'ja';

export type AnswerKind = 'answer' | 'list' | 'timeline' | 'unknown' | 'ambiguous' | 'help';

/** Status labels shown beside items (e.g. "reported, not confirmed"). */
export type StatusCode =
  | 'reported-not-confirmed'
  | 'expected'
  | 'held'
  | 'under-way'
  | 'cancelled'
  | 'postponed'
  | 'confirmed'
  | 'conflicting'
  | 'low-authority'
  | 'no-later-update'
  | 'opinion'
  | 'not-stated'
  | 'discrepancy';

export interface AnswerItem {
  /** The record the item shows (or a synthetic id such as "total"). */
  id: string;
  /** One short line, e.g. "Power plant for data centers: $40 billion". */
  label: string;
  /** More about it, one or two sentences. */
  detail?: string;
  status?: StatusCode;
  /** The status in the answer's language, for display. */
  statusLabel?: string;
  /** A human-readable date in the answer's language. */
  date?: string;
}

export interface SourceRef {
  id: string;
  title: string;
  /** Human-readable publication date, e.g. "February 17, 2026". */
  published: string;
  /** The outlet that wrote it (the wire, for a re-post). */
  publisher?: string;
  url?: string;
  authority?: 'primary' | 'established' | 'low';
}

/** Sources named in a footer; the rest are counted ("+4 more") and listed by `/deal sources`. */
export const FOOTER_SOURCES = 3;

/** "Reuters, Feb 17, 2026; Kyodo, Feb 18, 2026 (+4 more)": a footer line of bounded length. */
export function sourcesLine(sources: readonly SourceRef[], lang: Lang, max = FOOTER_SOURCES): string {
  // Two stories of one outlet on one day read the same in a footer: name them once.
  const labels = [
    ...new Set(
      sources.map((s) => {
        const who = s.publisher ?? (s.title.length > 60 ? `${s.title.slice(0, 59)}…` : s.title);
        return `${who} (${s.published})${s.authority === 'low' ? (lang === 'ja' ? '［低信頼］' : ' [low authority]') : ''}`;
      }),
    ),
  ];
  const shown = labels.slice(0, max);
  const rest = labels.length - shown.length;
  const more = rest > 0 ? (lang === 'ja' ? `、ほか${rest}件` : ` (+${rest} more)`) : '';
  return `${shown.join(lang === 'ja' ? '、' : '; ')}${more}`;
}

export interface Answer {
  kind: AnswerKind;
  /** A stable code for what was answered, e.g. "projects.list", "who", "unknown". Tests assert on this. */
  intent: string;
  lang: Lang;
  title: string;
  /** The complete plain-text rendering: what a person reads. Bounded in length. */
  text: string;
  /** The direct answer, one or more sentences (part of `text`; adapters that lay out items show it on its own). */
  lead: string;
  /** Caveats after the items: what is unknown, stale or disputed (part of `text`). */
  notes: string[];
  items: AnswerItem[];
  /** Ids of the fact-base records the answer used. */
  facts: string[];
  sources: SourceRef[];
  /** 0..1: how sure the engine is that it understood the question. */
  confidence: number;
  /** Follow-up questions or commands, ready to be asked as they are. */
  suggestions: string[];
  /** How current the knowledge is, e.g. "February 2026". */
  asOf: string;
}
