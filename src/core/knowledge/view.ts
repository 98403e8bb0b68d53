import type {
  ConflictRecord,
  DateValueRecord,
  DealRecord,
  EventRecord,
  FactBaseData,
  GapRecord,
  GoalRecord,
  LocalizedText,
  MetaRecord,
  MoneyValue,
  OpinionRecord,
  OrganisationRecord,
  PersonRecord,
  ProjectRecord,
  ProjectStatusValue,
  SectorRecord,
  SourceRecord,
  TariffRecord,
  TermRecord,
  TrancheRecord,
} from '../factbase/schema.js';
import type { DateSpanValue } from '../factbase/schema-common.js';
import { endKey, startKey } from '../time/date-keys.js';
import { firstReported, type Resolved, resolve, vaguerSpan } from './dated.js';
import { SourceIndex, strengthOf } from './sources.js';

/** An event as known on a day: its date and reported status resolved from their observations. */
export type EventNow = Omit<EventRecord, 'date' | 'status'> & {
  date: DateValueRecord;
  endDate?: DateValueRecord | undefined;
  /** What a source reported (held, cancelled, postponed); otherwise derived from the dates. */
  status?: 'held' | 'cancelled' | 'postponed' | undefined;
  dates: Resolved<DateSpanValue>;
  statuses?: Resolved<'held' | 'cancelled' | 'postponed'> | undefined;
  record: EventRecord;
};

/** A project as known on a day. `partners`: the operators if any are confirmed, else those named as possible. */
export type ProjectNow = Omit<ProjectRecord, 'amount' | 'status' | 'location' | 'operator' | 'interested'> & {
  amount: MoneyValue;
  amounts: Resolved<MoneyValue>;
  status: ProjectStatusValue;
  statuses: Resolved<ProjectStatusValue>;
  location?: Resolved<LocalizedText> | undefined;
  partners: string[];
  partnersCertainty: 'possible' | 'confirmed';
  /** Selected, announced, financed or being built: no longer only a candidate. */
  confirmed: boolean;
  record: ProjectRecord;
};

export type RoleNow = PersonRecord['roles'][number] & { current: boolean };
export type PersonNow = Omit<PersonRecord, 'roles'> & { roles: RoleNow[]; record: PersonRecord };

/** Everything known on one day: only what was reported on or before it. */
export interface FactView {
  /** The day ('YYYY-MM-DD', UTC) the view is for. */
  day: string;
  /** The last day the sources cover; after it nothing is known. */
  endsOn: string;
  /** The day the view's knowledge reaches: the earlier of `day` and `endsOn`. */
  knownTo: string;
  meta: MetaRecord;
  sourceIndex: SourceIndex;
  /** Sources published by the day. */
  sources: SourceRecord[];
  deal: DealRecord;
  people: PersonNow[];
  organisations: OrganisationRecord[];
  sectors: SectorRecord[];
  projects: ProjectNow[];
  events: EventNow[];
  terms: TermRecord[];
  tranches: TrancheRecord[];
  tariffs: TariffRecord[];
  conflicts: ConflictRecord[];
  goals: GoalRecord[];
  opinions: OpinionRecord[];
  /** Gaps open on the day: reported, and not closed by a later report. */
  gaps: GapRecord[];
}

const CONFIRMED = new Set<ProjectStatusValue>(['selected', 'announced', 'financed', 'under-construction']);

/** The collections whose records become known on a day of their own. */
type Collection =
  | 'people'
  | 'organisations'
  | 'sectors'
  | 'projects'
  | 'events'
  | 'terms'
  | 'tranches'
  | 'tariffs'
  | 'conflicts'
  | 'goals'
  | 'opinions'
  | 'gaps';

/**
 * The first day each record can be known, computed once for a fact base: the view of any day
 * only filters by it. A record is known once everything it needs to be shown is reported.
 * Kept by position in its collection (an array per collection, no map keyed by 100,000 ids).
 */
export class Visibility {
  readonly sources: SourceIndex;
  private readonly days: Record<Collection, string[]>;

  constructor(readonly facts: FactBaseData) {
    this.sources = new SourceIndex(facts.sources);
    const s = this.sources;
    const cited = (r: { cite: { source: string }[] }) => s.firstDay(r.cite);
    const latest = (...days: (string | undefined)[]) =>
      days.some((d) => d === undefined) ? undefined : (days as string[]).reduce((a, b) => (a > b ? a : b));
    // People and organisations are known from their first role, cite, or dated mention in an event or project.
    const mentioned = new Map<string, string>();
    const mention = (id: string, day: string | undefined) => {
      const had = mentioned.get(id);
      if (day !== undefined && (had === undefined || day < had)) mentioned.set(id, day);
    };
    for (const e of facts.events) for (const id of e.participants) mention(id, firstReported(e.date));
    for (const p of facts.people)
      for (const r of p.roles) if (r.organisation) mention(r.organisation, r.reported);
    for (const p of facts.projects)
      for (const list of [p.operator, p.interested])
        for (const o of list ?? []) for (const id of o.value) mention(id, o.reported);
    const earliest = (id: string, day: string | undefined) => {
      const m = mentioned.get(id);
      return m !== undefined && (day === undefined || m < day) ? m : day;
    };
    const each = <T>(list: readonly T[], first: (r: T) => string | undefined) => {
      const out = new Array<string>(list.length);
      for (let i = 0; i < list.length; i++) out[i] = first(list[i] as T) ?? NEVER;
      return out;
    };
    this.days = {
      events: each(facts.events, (r) => firstReported(r.date)),
      projects: each(facts.projects, (r) => latest(firstReported(r.amount), firstReported(r.status))),
      people: each(facts.people, (r) => earliest(r.id, firstReported(r.roles))),
      organisations: each(facts.organisations, (r) => earliest(r.id, cited(r))),
      terms: each(facts.terms, (r) => firstReported(r.value)),
      tranches: each(facts.tranches, (r) => firstReported(r.status)),
      tariffs: each(facts.tariffs, (r) => firstReported(r.status)),
      conflicts: each(facts.conflicts, (r) => firstReported(r.positions)),
      sectors: each(facts.sectors, cited),
      goals: each(facts.goals, cited),
      opinions: each(facts.opinions, cited),
      gaps: each(facts.gaps, cited),
    };
  }

  /** The first day the record at `index` of the collection is known ('9999-12-31' when never). */
  dayOf(collection: Collection, index: number): string {
    return this.days[collection][index] ?? '0000-01-01';
  }

  /** The collection's records known on `day`, in their order. */
  seen<K extends Collection>(collection: K, day: string): FactBaseData[K] {
    const days = this.days[collection];
    return (this.facts[collection] as readonly unknown[]).filter(
      (_, i) => (days[i] ?? '0000-01-01') <= day,
    ) as FactBaseData[K];
  }
}

const NEVER = '9999-12-31';

/** The fact base as known on `day` ('YYYY-MM-DD'): nothing reported after it is visible. Pure. */
export function viewAt(vis: Visibility, day: string): FactView {
  const f = vis.facts;
  const endsOn = f.meta.coverage.endsOn;
  const strength = (o: { cite: readonly { source: string }[] }) => strengthOf(o.cite, vis.sources);
  const projects: ProjectNow[] = [];
  for (let i = 0; i < f.projects.length; i++) {
    const r = f.projects[i] as ProjectRecord;
    if (vis.dayOf('projects', i) > day) continue;
    const amounts = resolve(r.amount, day, undefined, strength);
    const statuses = resolve(r.status, day, undefined, strength);
    if (!amounts || !statuses) continue;
    const operator = resolve(r.operator, day);
    const interested = resolve(r.interested, day);
    // One object shape for every project (no spread): property reads stay fast at 100,000 records.
    projects.push({
      id: r.id,
      name: r.name,
      aliases: r.aliases,
      purpose: r.purpose,
      sector: r.sector,
      tranche: r.tranche,
      details: r.details,
      cite: r.cite,
      amount: amounts.value,
      amounts,
      status: statuses.value,
      statuses,
      location: resolve(r.location, day, undefined, strength),
      partners: operator?.value.length ? operator.value : (interested?.value ?? []),
      partnersCertainty: operator?.value.length ? 'confirmed' : 'possible',
      confirmed: CONFIRMED.has(statuses.value),
      record: r,
    });
  }
  const events: EventNow[] = [];
  for (let i = 0; i < f.events.length; i++) {
    const r = f.events[i] as EventRecord;
    if (vis.dayOf('events', i) > day) continue;
    const dates = resolve(r.date, day, vaguerSpan, strength);
    if (!dates) continue;
    const statuses = resolve(r.status, day);
    events.push({
      id: r.id,
      kind: r.kind,
      name: r.name,
      aliases: r.aliases,
      summary: r.summary,
      why: r.why,
      timeZone: r.timeZone,
      place: r.place,
      participants: r.participants,
      amounts: r.amounts,
      about: r.about,
      count: r.count,
      milestone: r.milestone,
      cite: r.cite,
      date: dates.value.start,
      endDate: dates.value.end,
      status: statuses?.value,
      dates,
      statuses,
      record: r,
    });
  }
  const people: PersonNow[] = [];
  for (let i = 0; i < f.people.length; i++) {
    const r = f.people[i] as PersonRecord;
    if (vis.dayOf('people', i) > day) continue;
    const roles = r.roles
      .filter((role) => role.reported <= day)
      .map((role) => ({
        ...role,
        current: (!role.from || startKey(role.from) <= day) && (!role.to || endKey(role.to) >= day),
      }));
    people.push({ ...r, roles, record: r });
  }
  return {
    day,
    endsOn,
    knownTo: day < endsOn ? day : endsOn,
    meta: f.meta,
    sourceIndex: vis.sources,
    sources: f.sources.filter((s) => vis.sources.day(s.id) <= day),
    deal: f.deal,
    people,
    organisations: vis.seen('organisations', day),
    sectors: vis.seen('sectors', day),
    projects,
    events,
    terms: vis.seen('terms', day),
    tranches: vis.seen('tranches', day),
    tariffs: vis.seen('tariffs', day),
    conflicts: vis.seen('conflicts', day),
    goals: vis.seen('goals', day),
    opinions: vis.seen('opinions', day),
    gaps: vis.seen('gaps', day).filter((g) => !g.closed || g.closed.reported > day),
  };
}
