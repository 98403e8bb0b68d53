import { z } from 'zod';
import {
  Aliases,
  Cites,
  Dated,
  DateSpan,
  DateValue,
  Id,
  IsoDate,
  IsoMonth,
  Localized,
  Money,
  Reasons,
  Source,
  TimeZone,
} from './schema-common.js';

export * from './schema-common.js';

/**
 * The fact base schema (v2): the single source of truth for the deal's data and its types.
 * Every record cites at least one source; every value that can change is a list of dated
 * observations (see schema-common.ts and docs/fact-base.md).
 */

const Country = z.enum(['us', 'japan', 'international']);

export const Person = z.strictObject({
  id: Id,
  name: Localized,
  aliases: Aliases,
  country: Country,
  summary: Localized,
  roles: z
    .array(
      z.strictObject({
        title: Localized,
        organisation: Id.optional(),
        from: DateValue.optional().meta({ description: 'When the role began, if a source says.' }),
        to: DateValue.optional().meta({ description: 'When it ended, if a source says.' }),
        when: Localized.optional().meta({ description: 'When it was held, as the source words it.' }),
        reported: IsoDate.meta({ description: 'The day a source first reported the role.' }),
        aliases: z.array(z.string().min(1)).optional().meta({
          description:
            'Names of the office as people type them ("PM", "首相"): a question that names the office means whoever held it on the day asked.',
        }),
        cite: Cites,
      }),
    )
    .min(1),
  reasons: Reasons,
  cite: Cites,
});

export const Organisation = z.strictObject({
  id: Id,
  name: Localized,
  aliases: Aliases,
  kind: z.enum(['government', 'company', 'country', 'agency', 'bank', 'court', 'committee', 'party']),
  country: Country.optional(),
  summary: Localized,
  cite: Cites,
});

export const Sector = z.strictObject({ id: Id, name: Localized, aliases: Aliases, cite: Cites });

export const ProjectStatus = z.enum([
  'candidate',
  'selected',
  'announced',
  'financed',
  'under-construction',
  'dropped',
]);

/** A labelled, dated detail of a record (its jobs, its amount in yen, how long a meeting lasted). */
export const Detail = z.strictObject({
  kind: Id.optional().meta({
    description:
      'What the detail is (yen, capacity, jobs, financing, duration…): the detail table of the engine maps question words to it.',
  }),
  label: Localized,
  value: Localized,
  reported: IsoDate,
  cite: Cites,
});

export const Project = z.strictObject({
  id: Id,
  name: Localized,
  aliases: Aliases,
  purpose: Localized,
  sector: Id.optional(),
  tranche: Id.optional(),
  location: Dated(Localized).optional(),
  amount: Dated(Money),
  operator: Dated(z.array(Id)).optional().meta({ description: 'Organisations that run it.' }),
  interested: Dated(z.array(Id))
    .optional()
    .meta({ description: 'Organisations named as possibly involved (not confirmed).' }),
  status: Dated(ProjectStatus),
  details: z.array(Detail).optional(),
  reasons: Reasons,
  cite: Cites,
});

export const EventKind = z.enum([
  'visit',
  'summit',
  'meeting',
  'call',
  'signing',
  'announcement',
  'ruling',
  'election',
  'tariff-change',
  'deadline',
  'hearing',
  'ceremony',
  'appointment',
  'other',
]);

/** Only what a source reports; otherwise held / under way / expected follow from the dates and `now`. */
export const ReportedEventStatus = z.enum(['cancelled', 'postponed', 'held']);

export const Event = z.strictObject({
  id: Id,
  kind: EventKind.default('other'),
  name: Localized,
  aliases: Aliases,
  summary: Localized,
  why: Localized.optional().meta({ description: 'The reason the sources give, if any.' }),
  date: Dated(DateSpan).meta({ description: 'How the date was known over time.' }),
  timeZone: TimeZone.meta({ description: 'The zone the event happens in (IANA).' }),
  place: Localized.optional(),
  participants: z.array(Id).default([]).meta({ description: 'Person or organisation ids.' }),
  status: Dated(ReportedEventStatus).optional(),
  amounts: z.array(z.strictObject({ label: Localized, value: Money })).optional(),
  about: z.array(Id).optional(),
  count: z.number().int().positive().optional().meta({ description: 'For a series of meetings: how many.' }),
  milestone: z.boolean().optional().meta({
    description: 'One of the deal\'s key dates: answers "key dates?" (the timeline shows every event).',
  }),
  reasons: Reasons,
  details: z.array(Detail).optional(),
  cite: Cites,
});

export const Term = z.strictObject({
  id: Id,
  topic: Localized,
  aliases: Aliases,
  value: Dated(
    z.strictObject({
      text: Localized,
      days: z.number().optional(),
      percent: z.number().optional(),
      money: Money.optional(),
      date: DateValue.optional(),
    }),
  ),
  reasons: Reasons,
  cite: Cites,
});

export const Tranche = z.strictObject({
  id: Id,
  name: Localized,
  aliases: Aliases,
  ordinal: z.number().int().positive(),
  announced: Dated(DateValue).optional(),
  total: Dated(Money).optional(),
  projects: z.array(Id).default([]),
  status: Dated(z.enum(['candidates', 'announced', 'selected'])),
  reasons: Reasons,
  cite: Cites,
});

export const Tariff = z.strictObject({
  id: Id,
  name: Localized,
  aliases: Aliases,
  appliesTo: Localized,
  legalBasis: Localized.optional(),
  rate: Dated(z.strictObject({ percent: z.number(), text: Localized.optional() })).optional(),
  effective: Dated(DateValue).optional(),
  ends: Dated(DateValue).optional(),
  status: Dated(z.enum(['announced', 'in-force', 'struck-down', 'expired', 'replaced'])),
  reasons: Reasons,
  cite: Cites,
});

export const Conflict = z.strictObject({
  id: Id,
  topic: Localized,
  aliases: Aliases,
  about: z.array(Id).default([]),
  positions: z
    .array(z.strictObject({ summary: Localized, reported: IsoDate, cite: Cites }))
    .min(2, 'a conflict has at least two positions'),
  note: Localized.optional(),
  reasons: Reasons,
});

export const Goal = z.strictObject({ id: Id, name: Localized, aliases: Aliases, cite: Cites });

export const Opinion = z.strictObject({
  id: Id,
  author: z.string().min(1).meta({ description: 'The name the reader gave.' }),
  text: Localized.meta({ description: 'The comment (English verbatim; Japanese a translation).' }),
  stance: z.enum(['supportive', 'critical', 'mixed']),
  topics: z.array(z.string().min(1)).min(1),
  cite: Cites,
});

/**
 * A condition on a question, read by the engine: a cue name (`when`, `howMuch`, `weekday`, …, the keys
 * of CUES in src/core/engine/cues.ts), `about` (the question names a record the gap is about) or
 * `type:<kind>` (it names a record of that kind: `type:sector`, `type:project`); alternatives are
 * joined by `|` (`sectors|type:sector`: either holds).
 */
const GapTrigger = z
  .string()
  .regex(
    /^(about|type:[a-z]+|[a-z][a-zA-Z]*)(\|(about|type:[a-z]+|[a-z][a-zA-Z]*))*$/,
    'a cue name, "about" or "type:<kind>", alternatives joined by "|"',
  );

/**
 * When a question is about the gap itself, rather than about the record it concerns. Without it, a
 * question using one of the gap's aliases reads as the gap at a plain score.
 */
const GapAsked = z
  .strictObject({
    when: z.array(GapTrigger).optional().meta({
      description: 'Every entry must hold for the gap to win with `score`.',
    }),
    unless: z
      .array(GapTrigger)
      .optional()
      .meta({ description: 'Any of these holding: the gap is not the answer at all.' }),
    score: z.number().min(0).max(1).optional().meta({
      description: "The score of the gap's reading when `when` holds (default: the plain alias score).",
    }),
    otherwise: z.enum(['plain', 'skip']).optional().meta({
      description: '`when` not holding: read the gap at the plain alias score, or not at all.',
    }),
    minStrength: z.number().min(0).max(1).optional().meta({
      description: 'Any of its aliases is evidence this strong at least (a word such as "loan").',
    }),
    alone: z.array(GapTrigger).optional().meta({
      description:
        'Conditions under which the gap answers even when no alias is used (e.g. howMuch + a sector).',
    }),
    answeredBy: z.enum(['itself', 'its-records']).optional().meta({
      description: '`its-records`: the records it is about answer the question (their status says it).',
    }),
  })
  .meta({ description: 'When a question is about the gap itself: data the engine reads, not code.' });

/** What the sources leave open or get wrong. The bot says these when asked, instead of guessing. */
export const Gap = z.strictObject({
  id: Id,
  kind: z.enum(['not-stated', 'discrepancy', 'not-yet-decided']),
  topic: Localized,
  aliases: Aliases.meta({ description: 'Words that show a question is about this gap.' }),
  known: Localized.meta({ description: 'What the sources do say about it.' }),
  about: z.array(Id).default([]).meta({ description: 'Ids of the records this gap concerns.' }),
  closed: z
    .strictObject({ reported: IsoDate, note: Localized.optional(), cite: Cites })
    .optional()
    .meta({ description: 'A later report that answered it: from that day the gap is no longer open.' }),
  asked: GapAsked.optional(),
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
  reachedEvent: Id.optional().meta({
    description: 'The event of the deal being reached: "the trade deal" names the deal more often than it.',
  }),
  tariffs: z.array(Id).optional().meta({
    description: 'The tariffs the deal sets: its summary gives their rates as reported on the day.',
  }),
  openQuestions: z
    .array(Id)
    .optional()
    .meta({ description: 'Gaps an answer about the pledge or the MOU cites (e.g. its financing terms).' }),
  mou: z.strictObject({
    name: Localized,
    event: Id.optional().meta({
      description: 'The event of the signing: "who signed the MOU" reads the MOU.',
    }),
    signed: DateValue,
    signatories: z.array(z.strictObject({ person: Id, roleAtSigning: Localized })),
    summary: Localized,
    cite: Cites,
  }),
  goals: z.array(Id),
  summary: Localized,
  reasons: Reasons,
  cite: Cites,
});

const Span = z.strictObject({ from: IsoMonth, to: IsoMonth });

export const Meta = z.strictObject({
  version: z.string().min(1).meta({ description: 'Bump on every edit, e.g. "2026-12-06.1".' }),
  title: Localized,
  coverage: z
    .strictObject({
      dense: Span.meta({ description: 'Months the sources cover well.' }),
      thin: Span.optional().meta({ description: 'Months with few sources.' }),
      endsOn: IsoDate.meta({ description: 'The last day any source covers: knowledge ends here.' }),
    })
    .meta({ description: 'Where the knowledge is dense, thin, and where it ends.' }),
});

export const FactBase = z
  .strictObject({
    $schema: z.string().optional(),
    meta: Meta,
    sources: z.array(Source).min(1),
    deal: Deal,
    people: z.array(Person),
    organisations: z.array(Organisation),
    sectors: z.array(Sector),
    projects: z.array(Project),
    events: z.array(Event),
    terms: z.array(Term).default([]),
    tranches: z.array(Tranche).default([]),
    tariffs: z.array(Tariff).default([]),
    conflicts: z.array(Conflict).default([]),
    goals: z.array(Goal),
    opinions: z.array(Opinion),
    gaps: z.array(Gap),
  })
  .meta({
    id: 'FactBase',
    title: 'deal-bot fact base (v2: dated, cited observations)',
    description: 'Facts about the US–Japan investment deal, each value with the day it was reported.',
  });

export type PersonRecord = z.infer<typeof Person>;
export type OrganisationRecord = z.infer<typeof Organisation>;
export type SectorRecord = z.infer<typeof Sector>;
export type ProjectRecord = z.infer<typeof Project>;
export type ProjectStatusValue = z.infer<typeof ProjectStatus>;
export type EventRecord = z.infer<typeof Event>;
export type TermRecord = z.infer<typeof Term>;
export type TrancheRecord = z.infer<typeof Tranche>;
export type TariffRecord = z.infer<typeof Tariff>;
export type ConflictRecord = z.infer<typeof Conflict>;
export type GoalRecord = z.infer<typeof Goal>;
export type OpinionRecord = z.infer<typeof Opinion>;
export type GapRecord = z.infer<typeof Gap>;
export type DealRecord = z.infer<typeof Deal>;
export type MetaRecord = z.infer<typeof Meta>;
export type FactBaseData = z.infer<typeof FactBase>;
export type FactBaseInput = z.input<typeof FactBase>;
