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

/**
 * The first day each record can be known, computed once for a fact base: the view of any day
 * only filters by it. A record is known once everything it needs to be shown is reported.
 */
export class Visibility {
  readonly sources: SourceIndex;
  /** By record id (ids are unique across collections): a Map, since 100,000 weak keys slow every GC. */
  private readonly known = new Map<string, string>();

  constructor(readonly facts: FactBaseData) {
    this.sources = new SourceIndex(facts.sources);
    const s = this.sources;
    const cited = (r: { cite: { source: string }[] }) => s.firstDay(r.cite);
    const set = (r: { id: string }, day: string | undefined) => this.known.set(r.id, day ?? '9999-12-31');
    const latest = (...days: (string | undefined)[]) =>
      days.some((d) => d === undefined) ? undefined : (days as string[]).reduce((a, b) => (a > b ? a : b));
    for (const r of facts.events) set(r, firstReported(r.date));
    for (const r of facts.projects) set(r, latest(firstReported(r.amount), firstReported(r.status)));
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
    for (const r of facts.people) set(r, earliest(r.id, firstReported(r.roles)));
    for (const r of facts.organisations) set(r, earliest(r.id, cited(r)));
    for (const r of facts.terms) set(r, firstReported(r.value));
    for (const r of facts.tranches) set(r, firstReported(r.status));
    for (const r of facts.tariffs) set(r, firstReported(r.status));
    for (const r of facts.conflicts) set(r, firstReported(r.positions));
    for (const list of [facts.sectors, facts.goals, facts.opinions, facts.gaps])
      for (const r of list) set(r, cited(r));
  }

  /** The first day the record is known ('9999-12-31' when never). */
  of(record: { id: string }): string {
    return this.known.get(record.id) ?? '0000-01-01';
  }
}

/** The fact base as known on `day` ('YYYY-MM-DD'): nothing reported after it is visible. Pure. */
export function viewAt(vis: Visibility, day: string): FactView {
  const f = vis.facts;
  const seen = <T extends { id: string }>(list: readonly T[]) => list.filter((r) => vis.of(r) <= day);
  const endsOn = f.meta.coverage.endsOn;
  const strength = (o: { cite: readonly { source: string }[] }) => strengthOf(o.cite, vis.sources);
  const projects: ProjectNow[] = [];
  for (const r of f.projects) {
    if (vis.of(r) > day) continue;
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
  for (const r of f.events) {
    if (vis.of(r) > day) continue;
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
  for (const r of f.people) {
    if (vis.of(r) > day) continue;
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
    organisations: seen(f.organisations),
    sectors: seen(f.sectors),
    projects,
    events,
    terms: seen(f.terms),
    tranches: seen(f.tranches),
    tariffs: seen(f.tariffs),
    conflicts: seen(f.conflicts),
    goals: seen(f.goals),
    opinions: seen(f.opinions),
    gaps: seen(f.gaps).filter((g) => !g.closed || g.closed.reported > day),
  };
}
