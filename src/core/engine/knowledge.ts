import type { Lang } from '../answer/answer.js';
import type {
  FactBaseData,
  GapRecord,
  LocalizedText,
  OrganisationRecord,
  SectorRecord,
} from '../factbase/schema.js';
import type { EventNow, FactView, PersonNow, ProjectNow } from '../knowledge/view.js';
import { dayNumber, endKey, startKey } from '../time/date-keys.js';
import { formatDayKey, formatMonth } from '../time/dates.js';

/** An event with the sortable first and last day it may fall on. */
export interface EventSpan {
  event: EventNow;
  start: string;
  end: string;
}

/** The kinds of record a question can be about. */
export type EntityType =
  | 'deal'
  | 'person'
  | 'organisation'
  | 'sector'
  | 'project'
  | 'event'
  | 'goal'
  | 'gap'
  | 'term'
  | 'tranche'
  | 'tariff'
  | 'conflict'
  | 'opinion';

export interface Entity {
  id: string;
  type: EntityType;
  name: LocalizedText;
  /** The aliases as typed in the fact base (the record's own list: see namesOf for all names). */
  aliases: readonly string[];
}

/** Every name of an entity: English, Japanese, then the aliases. */
export function namesOf(entity: Entity): string[] {
  return [entity.name.en, entity.name.ja, ...entity.aliases];
}

/** Every nameable record of a fact base, whenever it became known, and by id. */
export interface EntityIndex {
  list: readonly Entity[];
  byId: ReadonlyMap<string, Entity>;
}

/** Every nameable record of a fact base, whenever it became known (names do not change over time). */
export function entitiesOf(facts: FactBaseData): EntityIndex {
  const entities: Entity[] = [];
  const add = (id: string, type: EntityType, name: LocalizedText, aliases: readonly string[]) => {
    entities.push({ id, type, name, aliases });
  };
  add(facts.deal.id, 'deal', facts.deal.name, facts.deal.aliases);
  for (const r of facts.people) add(r.id, 'person', r.name, r.aliases);
  for (const r of facts.organisations) add(r.id, 'organisation', r.name, r.aliases);
  for (const r of facts.sectors) add(r.id, 'sector', r.name, r.aliases);
  for (const r of facts.projects) add(r.id, 'project', r.name, r.aliases);
  for (const r of facts.events) add(r.id, 'event', r.name, r.aliases);
  for (const r of facts.terms) add(r.id, 'term', r.topic, r.aliases);
  for (const r of facts.tranches) add(r.id, 'tranche', r.name, r.aliases);
  for (const r of facts.tariffs) add(r.id, 'tariff', r.name, r.aliases);
  for (const r of facts.conflicts) add(r.id, 'conflict', r.topic, r.aliases);
  for (const r of facts.goals) add(r.id, 'goal', r.name, r.aliases);
  for (const r of facts.gaps) add(r.id, 'gap', r.topic, r.aliases);
  // Readers who signed a comment are named in questions too ("what did Habibi say?").
  for (const r of facts.opinions) add(r.id, 'opinion', { en: r.author, ja: r.author }, []);
  return { list: entities, byId: new Map(entities.map((e) => [e.id, e])) };
}

/** Records of one kind by id: a typed view of the one id index (no map of its own). */
export interface Lookup<T> {
  get(id: string): T | undefined;
}

/** The fact base as known on one day, compiled for answering: lookups by id, sorted indices. */
export interface Knowledge {
  /** What is known on the day (see knowledge/view.ts). */
  facts: FactView;
  /** Every nameable record, known on the day or not (names are matched before the day is). */
  entities: readonly Entity[];
  /** The entity of a record known on the day. */
  entity(id: string): Entity | undefined;
  /** Whether a record is known on the day. */
  visible(id: string): boolean;
  people: Lookup<PersonNow>;
  organisations: Lookup<OrganisationRecord>;
  projects: Lookup<ProjectNow>;
  sectors: Lookup<SectorRecord>;
  events: Lookup<EventNow>;
  gaps: Lookup<GapRecord>;
  /** Any visible record by id. */
  record(id: string): { type: EntityType; record: unknown } | undefined;
  /** Projects, largest first, their total, and how many are selected or announced. */
  projectsByAmount: readonly ProjectNow[];
  projectsTotal: number;
  projectsConfirmed: number;
  /** Events, oldest first (on the same day, the longer first; otherwise in file order). */
  eventsByDate: readonly EventNow[];
  spans: readonly EventSpan[];
  /**
   * The longest of the short events, in days: bounds how far back an event still under way can have
   * started. Events longer than LONG_EVENT_DAYS (a facility's period, "spring") are in `longSpans`.
   */
  maxEventDays: number;
  /** Events longer than LONG_EVENT_DAYS, oldest first: few, and checked by every range query. */
  longSpans: readonly EventSpan[];
  eventsByParticipant: ReadonlyMap<string, readonly EventNow[]>;
  projectsByPartner: ReadonlyMap<string, readonly ProjectNow[]>;
  /** Years in which some event starts, by month number (1-12). */
  eventYearsByMonth: ReadonlyMap<number, ReadonlySet<number>>;
  /** The name of any person, organisation or other record by id. */
  nameOf(id: string, lang: Lang): string;
  /** How far the knowledge reaches: "February 12, 2026", or the month the sources end. */
  asOf(lang: Lang): string;
  /** Whether the day is past the end of the sources. */
  beyondSources: boolean;
}

/** An event longer than this is kept out of the range index's look-back (see Knowledge.longSpans). */
export const LONG_EVENT_DAYS = 62;

/** Records known on a day, by id: a kind and a position packed in one small integer (no object per record). */
const SLOT = 2 ** 24;

export function compileKnowledge(view: FactView, index: EntityIndex): Knowledge {
  const kinds: { type: EntityType; list: readonly unknown[]; name: (r: never) => LocalizedText }[] = [];
  const slots = new Map<string, number>();
  const put = (type: EntityType, list: readonly { id: string }[], name: (r: never) => LocalizedText) => {
    const at = kinds.length * SLOT;
    kinds.push({ type, list, name });
    for (let i = 0; i < list.length; i++) slots.set((list[i] as { id: string }).id, at + i);
  };
  const named = (r: { name: LocalizedText }) => r.name;
  const topic = (r: { topic: LocalizedText }) => r.topic;
  put('deal', [view.deal], named);
  put('person', view.people, named);
  put('organisation', view.organisations, named);
  put('sector', view.sectors, named);
  put('project', view.projects, named);
  put('event', view.events, named);
  put('term', view.terms, topic);
  put('tranche', view.tranches, named);
  put('tariff', view.tariffs, named);
  put('conflict', view.conflicts, topic);
  put('goal', view.goals, named);
  put('gap', view.gaps, topic);
  // Reader opinions are not named in questions, but answers cite them like any record.
  put('opinion', view.opinions, (r: { author: string }) => ({ en: r.author, ja: r.author }));
  /** The record with that id known on the day (a later collection's record wins a repeated id). */
  const find = (id: string) => {
    const at = slots.get(id);
    if (at === undefined) return undefined;
    const kind = kinds[Math.floor(at / SLOT)] as (typeof kinds)[number];
    return { kind, record: kind.list[at % SLOT] };
  };
  const byId = {
    has: (id: string) => slots.has(id),
    get: (id: string) => {
      const found = find(id);
      return (
        found && {
          type: found.kind.type,
          record: found.record,
          name: found.kind.name(found.record as never),
        }
      );
    },
  };
  const lookup = <T>(type: EntityType): Lookup<T> => ({
    get: (id) => {
      const found = find(id);
      return found?.kind.type === type ? (found.record as T) : undefined;
    },
  });
  const spans = view.events
    .map((event) => ({ event, start: startKey(event.date), end: endKey(event.endDate ?? event.date) }))
    .sort((a, b) =>
      a.start < b.start ? -1 : a.start > b.start ? 1 : a.end > b.end ? -1 : a.end < b.end ? 1 : 0,
    );
  const eventsByDate = spans.map((s) => s.event);
  // Sorted on precomputed keys: one amount read per project, not one per comparison.
  const projectsByAmount = view.projects
    .map((p) => ({ p, usd: usd(p) }))
    .sort((a, b) => b.usd - a.usd || (a.p.id < b.p.id ? -1 : a.p.id > b.p.id ? 1 : 0))
    .map((x) => x.p);
  let projectsTotal = 0;
  let projectsConfirmed = 0;
  // Only selected or announced projects are added up: candidates' figures are "up to" amounts, and some
  // candidates share one combined figure, so a sum over them would state a total no source gives.
  for (const p of projectsByAmount) {
    if (!p.confirmed) continue;
    projectsTotal += usd(p);
    projectsConfirmed++;
  }
  const beyondSources = view.day > view.endsOn;
  const asOf = {
    en: beyondSources ? formatMonth(view.endsOn.slice(0, 7), 'en') : formatDayKey(view.day, 'en'),
    ja: beyondSources ? formatMonth(view.endsOn.slice(0, 7), 'ja') : formatDayKey(view.day, 'ja'),
  };
  return {
    facts: view,
    entities: index.list,
    entity: (id) => (byId.has(id) ? index.byId.get(id) : undefined),
    visible: (id) => byId.has(id),
    people: lookup('person'),
    organisations: lookup('organisation'),
    projects: lookup('project'),
    sectors: lookup('sector'),
    events: lookup('event'),
    gaps: lookup('gap'),
    record: (id) => byId.get(id),
    projectsByAmount,
    projectsTotal,
    projectsConfirmed,
    eventsByDate,
    spans,
    maxEventDays: spans.reduce((max, s) => {
      const days = dayNumber(s.end) - dayNumber(s.start);
      return days > LONG_EVENT_DAYS ? max : Math.max(max, days);
    }, 0),
    longSpans: spans.filter((s) => dayNumber(s.end) - dayNumber(s.start) > LONG_EVENT_DAYS),
    eventsByParticipant: group(eventsByDate, (e) => e.participants),
    projectsByPartner: group(projectsByAmount, (p) => p.partners),
    eventYearsByMonth: yearsByMonth(spans),
    nameOf: (id, lang) => {
      const found = find(id);
      return found?.kind.name(found.record as never)[lang] ?? index.byId.get(id)?.name[lang] ?? id;
    },
    asOf: (lang) => asOf[lang],
    beyondSources,
  };
}

/** A project's amount in US dollars (yen amounts are not converted: they count as 0 for ranking). */
export function usd(p: ProjectNow): number {
  return p.amount.currency === 'USD' ? p.amount.amount : 0;
}

function group<T>(list: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of list) {
    for (const key of keys(item)) {
      const bucket = out.get(key);
      if (bucket) bucket.push(item);
      else out.set(key, [item]);
    }
  }
  return out;
}

function yearsByMonth(spans: readonly EventSpan[]): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const s of spans) {
    const month = Number(s.start.slice(5, 7));
    const years = out.get(month) ?? new Set<number>();
    years.add(Number(s.start.slice(0, 4)));
    out.set(month, years);
  }
  return out;
}
