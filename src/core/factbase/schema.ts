import { z } from 'zod';

/**
 * The fact base schema: the single source of truth for the deal's data and its types.
 * Every record cites at least one source (by id) with the words it rests on.
 */

const Id = z
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
    quote: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'The words of the source this rests on, verbatim.' }),
  })
  .meta({ description: 'Where a fact comes from.' });

const Cites = z
  .array(Citation)
  .min(1, 'cite at least one source: [{ "source": "<source id>", "quote": "…" }]');

const Aliases = z.array(z.string().min(1)).default([]).meta({
  description: 'Other names people may type, in any language (matching ignores case and punctuation).',
});

export const Money = z.strictObject({
  amount: z
    .number()
    .positive()
    .meta({ description: 'In whole units of the currency: 40000000000 for $40 billion.' }),
  currency: z.literal('USD'),
});

const IsoDate = z.iso.date();
const IsoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'write a month as YYYY-MM, e.g. "2026-03"');

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

const TimeZone = z.string().refine(isZone, {
  message: 'use an IANA time zone such as "America/New_York" or "Asia/Tokyo"',
});

export const Source = z.strictObject({
  id: Id,
  title: z.string().min(1),
  kind: z.enum(['news-article', 'official-statement', 'press-release', 'document']),
  published: DateValue.meta({ description: 'When the source was published, to the precision known.' }),
  file: z
    .string()
    .optional()
    .meta({ description: 'The copy of the source this was read from, relative to data/.' }),
  url: z.url().optional(),
  note: z.string().optional(),
});

export const Person = z.strictObject({
  id: Id,
  name: Localized,
  aliases: Aliases,
  country: z.enum(['us', 'japan']),
  summary: Localized,
  roles: z
    .array(
      z.strictObject({
        title: Localized,
        organisation: Id.optional(),
        current: z.boolean().meta({ description: 'Whether the role was held as of the newest source.' }),
        when: Localized.optional().meta({ description: 'When the role was held, as the source says it.' }),
        cite: Cites,
      }),
    )
    .min(1),
  cite: Cites,
});

export const Organisation = z.strictObject({
  id: Id,
  name: Localized,
  aliases: Aliases,
  kind: z.enum(['government', 'company', 'country']),
  country: z.enum(['us', 'japan']),
  summary: Localized,
  cite: Cites,
});

export const Sector = z.strictObject({
  id: Id,
  name: Localized,
  aliases: Aliases,
  cite: Cites,
});

export const ProjectStatus = z.enum(['under-consideration', 'selected', 'announced', 'dropped']);

export const Project = z.strictObject({
  id: Id,
  name: Localized,
  aliases: Aliases,
  purpose: Localized,
  amount: Money,
  partners: z.array(Id).default([]).meta({ description: 'Organisation ids named as possible partners.' }),
  partnersCertainty: z.enum(['possible', 'confirmed']).default('possible'),
  status: ProjectStatus,
  confirmed: z.boolean(),
  reportedBy: Localized.meta({ description: 'Who reported it, e.g. "Japanese media".' }),
  cite: Cites,
});

export const EventStatus = z.enum(['held', 'under-way', 'expected', 'cancelled']);

export const Event = z.strictObject({
  id: Id,
  name: Localized,
  aliases: Aliases,
  summary: Localized,
  date: DateValue,
  endDate: DateValue.optional(),
  statedDate: z.string().optional().meta({ description: 'The date exactly as the source wrote it.' }),
  timeZone: TimeZone.meta({ description: 'The zone the event happens in (IANA).' }),
  place: Localized.optional(),
  status: EventStatus.meta({ description: 'The status as of the newest source that mentions it.' }),
  participants: z.array(Id).default([]).meta({ description: 'Person or organisation ids.' }),
  count: z.number().int().positive().optional().meta({ description: 'For a series of meetings: how many.' }),
  cite: Cites,
});

export const Goal = z.strictObject({
  id: Id,
  name: Localized,
  aliases: Aliases,
  cite: Cites,
});

export const Opinion = z.strictObject({
  id: Id,
  author: z.string().min(1).meta({ description: 'The name the reader gave.' }),
  text: Localized.meta({ description: 'The comment (English verbatim; Japanese a translation).' }),
  stance: z.enum(['supportive', 'critical', 'mixed']),
  topics: z.array(z.string().min(1)).min(1),
  cite: Cites,
});

/** What the sources leave open or get wrong. The bot says these when asked, instead of guessing. */
export const Gap = z.strictObject({
  id: Id,
  kind: z.enum(['not-stated', 'discrepancy', 'not-yet-decided']),
  topic: Localized,
  aliases: Aliases.meta({ description: 'Words that show a question is about this gap.' }),
  known: Localized.meta({ description: 'What the sources do say about it.' }),
  about: z.array(Id).default([]).meta({ description: 'Ids of the records this gap concerns.' }),
  cite: Cites,
});

export const Deal = z.strictObject({
  id: Id,
  name: Localized,
  aliases: Aliases,
  pledge: Money,
  reached: DateValue,
  parties: z.array(Id).min(2),
  gives: z
    .array(z.strictObject({ party: Id, what: Localized, cite: Cites }))
    .min(1)
    .meta({ description: 'What each party gives under the deal.' }),
  mou: z.strictObject({
    name: Localized,
    signed: DateValue,
    signatories: z.array(
      z.strictObject({
        person: Id,
        roleAtSigning: Localized,
      }),
    ),
    summary: Localized,
    cite: Cites,
  }),
  goals: z.array(Id),
  summary: Localized,
  cite: Cites,
});

export const FactBase = z
  .strictObject({
    $schema: z.string().optional(),
    meta: z.strictObject({
      version: z.string().min(1).meta({ description: 'Bump on every edit, e.g. "2026-02-14.1".' }),
      asOf: IsoMonth.meta({
        description: 'The month of the newest source: what the fact base knows is as of then.',
      }),
      title: Localized,
    }),
    sources: z.array(Source).min(1),
    deal: Deal,
    people: z.array(Person),
    organisations: z.array(Organisation),
    sectors: z.array(Sector),
    projects: z.array(Project),
    events: z.array(Event),
    goals: z.array(Goal),
    opinions: z.array(Opinion),
    gaps: z.array(Gap),
  })
  .meta({
    id: 'FactBase',
    title: 'deal-bot fact base',
    description: 'Facts about the US–Japan investment deal.',
  });

export type LocalizedText = z.infer<typeof Localized>;
export type CitationRecord = z.infer<typeof Citation>;
export type MoneyValue = z.infer<typeof Money>;
export type DateValueRecord = z.infer<typeof DateValue>;
export type SourceRecord = z.infer<typeof Source>;
export type PersonRecord = z.infer<typeof Person>;
export type OrganisationRecord = z.infer<typeof Organisation>;
export type SectorRecord = z.infer<typeof Sector>;
export type ProjectRecord = z.infer<typeof Project>;
export type EventRecord = z.infer<typeof Event>;
export type GoalRecord = z.infer<typeof Goal>;
export type OpinionRecord = z.infer<typeof Opinion>;
export type GapRecord = z.infer<typeof Gap>;
export type DealRecord = z.infer<typeof Deal>;
export type FactBaseData = z.infer<typeof FactBase>;
export type FactBaseInput = z.input<typeof FactBase>;
