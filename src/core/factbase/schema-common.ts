import { z } from 'zod';

/**
 * The building blocks of the fact base schema (v2): ids, text in two languages, money, dates,
 * citations, sources, and dated values (lists of observations, each with its report date).
 */

export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens, e.g. "pm-white-house-visit"');

export const Localized = z
  .strictObject({
    en: z.string().min(1, 'write the English text'),
    ja: z.string().min(1, 'write the Japanese text'),
  })
  .meta({ description: 'Text in English and Japanese.' });

export const Citation = z
  .strictObject({
    source: Id.meta({ description: 'The id of a record in "sources".' }),
    quote: z.string().min(1).optional().meta({
      description: 'Verbatim words of the source: only for a source the repo ships (its "file").',
    }),
  })
  .meta({ description: 'Where a fact comes from.' });

export const Cites = z.array(Citation).min(1, 'cite at least one source: [{ "source": "<source id>" }]');

export const Aliases = z.array(z.string().min(1)).default([]).meta({
  description: 'Other names people may type, in any language (matching ignores case and punctuation).',
});

export const Money = z.strictObject({
  amount: z
    .number()
    .positive()
    .meta({ description: 'In whole units of the currency: 40000000000 for $40 billion.' }),
  currency: z.enum(['USD', 'JPY']),
  approx: z.boolean().optional().meta({ description: 'The source says "about".' }),
  upTo: z.boolean().optional().meta({ description: 'The source says "up to".' }),
});

export const IsoDate = z.iso.date();
export const IsoMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'write a month as YYYY-MM, e.g. "2026-03"');

/** A date with stated precision: a known day, or only a month (optionally early/mid/late in it). */
export const DateValue = z.discriminatedUnion('precision', [
  z.strictObject({ precision: z.literal('day'), date: IsoDate }),
  z.strictObject({
    precision: z.literal('month'),
    month: IsoMonth,
    part: z.enum(['early', 'mid', 'late']).optional(),
  }),
]);

/** Zones already checked; building an Intl.DateTimeFormat per record is slow at 100,000 records. */
const knownZones = new Map<string, boolean>();
function isZone(tz: string): boolean {
  let ok = knownZones.get(tz);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      ok = true;
    } catch {
      ok = false;
    }
    knownZones.set(tz, ok);
  }
  return ok;
}

export const TimeZone = z.string().refine(isZone, {
  message: 'use an IANA time zone such as "America/New_York" or "Asia/Tokyo"',
});

export const Source = z.strictObject({
  id: Id,
  title: z.string().min(1).meta({ description: 'The headline or document title (short titles are fine).' }),
  publisher: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'The outlet that wrote it (the wire, for a re-post). Required for a web source.' }),
  site: z.string().min(1).optional().meta({ description: 'Where it was read, when not the publisher.' }),
  wire: z.string().min(1).optional().meta({
    description: 'The wire story this re-posts (reuters, kyodo, …): re-posts of one wire count once.',
  }),
  kind: z.enum([
    'government',
    'wire',
    'newspaper',
    'broadcaster',
    'analysis',
    'aggregator',
    'company',
    'other',
  ]),
  authority: z.enum(['primary', 'established', 'low']),
  published: DateValue.meta({ description: 'When the source was published, to the precision known.' }),
  publishedInferred: z
    .boolean()
    .optional()
    .meta({ description: 'The page showed no date; it was inferred from the text.' }),
  url: z.url().optional(),
  file: z
    .string()
    .optional()
    .meta({ description: 'A copy the repo ships, relative to data/ (only these may be quoted).' }),
  lang: z.string().min(2).max(8).default('en'),
  note: z.string().optional(),
});

/** One report of a value that can change: the value, the day it was reported, and its cites. */
export function Observation<T extends z.ZodType>(value: T) {
  return z.strictObject({
    value,
    reported: IsoDate.meta({
      description: 'The day this was reported: never before its source was published.',
    }),
    cite: Cites,
    note: Localized.optional(),
    conflict: Id.optional().meta({
      description: 'The id of a record in "conflicts": observations of one conflict are shown side by side.',
    }),
  });
}

/** A value that can change: its observations, oldest report first. The latest report on or before `now` wins. */
export function Dated<T extends z.ZodType>(value: T) {
  return z
    .array(Observation(value))
    .min(1, 'give at least one observation: [{ "value": …, "reported": "YYYY-MM-DD", "cite": [ … ] }]');
}

/**
 * A reason the sources give: for the record that carries it, or for one thing about it (`explains`:
 * why a meeting ended without a decision, why a project took long). Cited and dated like every claim:
 * it is known from `reported` on. Two reasons with the same `explains` are two reasons for one thing.
 */
export const Reason = z.strictObject({
  explains: Localized.optional().meta({
    description: 'What the reason explains, when not the record itself ("No first project was decided").',
  }),
  text: Localized.meta({ description: 'The reason, in our own words.' }),
  // Optional, not defaulted: a default below a record's top level would cost the load its fast path.
  aliases: z.array(z.string().min(1)).optional().meta({
    description: 'Words that show a question asks for this reason ("delay", "inconclusive", "遅れ").',
  }),
  reported: IsoDate.meta({ description: 'The day a source first gave the reason.' }),
  cite: Cites,
});

export const Reasons = z
  .array(Reason)
  .optional()
  .meta({ description: 'The reasons the sources give for this record or for things about it.' });

export const DateSpan = z.strictObject({ start: DateValue, end: DateValue.optional() });

export type LocalizedText = z.infer<typeof Localized>;
export type CitationRecord = z.infer<typeof Citation>;
export type MoneyValue = z.infer<typeof Money>;
export type DateValueRecord = z.infer<typeof DateValue>;
export type DateSpanValue = z.infer<typeof DateSpan>;
export type SourceRecord = z.infer<typeof Source>;
export type ReasonRecord = z.infer<typeof Reason>;
export interface ObservationRecord<T> {
  value: T;
  reported: string;
  cite: CitationRecord[];
  note?: LocalizedText | undefined;
  conflict?: string | undefined;
}
export type DatedValue<T> = ObservationRecord<T>[];
