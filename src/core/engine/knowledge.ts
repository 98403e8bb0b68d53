import type { Lang } from '../answer/answer.js';
import type {
  EventRecord,
  FactBaseData,
  GapRecord,
  LocalizedText,
  OrganisationRecord,
  PersonRecord,
  ProjectRecord,
  SectorRecord,
} from '../factbase/schema.js';
import { dayNumber, endKey, startKey } from '../time/date-keys.js';
import { formatMonth } from '../time/dates.js';

/** An event with the sortable first and last day it may fall on. */
export interface EventSpan {
  event: EventRecord;
  start: string;
  end: string;
}

/** The kinds of record a question can be about. */
export type EntityType = 'deal' | 'person' | 'organisation' | 'sector' | 'project' | 'event' | 'goal' | 'gap';

export interface Entity {
  id: string;
  type: EntityType;
  name: LocalizedText;
  /** The aliases as typed in the fact base (the record's own list: see namesOf for all names). */
  aliases: readonly string[];
  /** The record the entity names. */
  record: unknown;
}

/** Every name of an entity: English, Japanese, then the aliases. */
export function namesOf(entity: Entity): string[] {
  return [entity.name.en, entity.name.ja, ...entity.aliases];
}

/** Records of one kind by id: a typed view of the one id index (no map of its own). */
export interface Lookup<T> {
  get(id: string): T | undefined;
}

/** The fact base compiled for answering: lookups by id, and every nameable entity. */
export interface Knowledge {
  facts: FactBaseData;
  entities: readonly Entity[];
  byId: ReadonlyMap<string, Entity>;
  people: Lookup<PersonRecord>;
  organisations: Lookup<OrganisationRecord>;
  projects: Lookup<ProjectRecord>;
  sectors: Lookup<SectorRecord>;
  events: Lookup<EventRecord>;
  gaps: Lookup<GapRecord>;
  /** Candidate projects, largest first, and their total. */
  projectsByAmount: readonly ProjectRecord[];
  projectsTotal: number;
  /** Events, oldest first (on the same day, the longer first; otherwise in file order). */
  eventsByDate: readonly EventRecord[];
  spans: readonly EventSpan[];
  /** The longest event, in days: bounds how far back an event still under way can have started. */
  maxEventDays: number;
  eventsByParticipant: ReadonlyMap<string, readonly EventRecord[]>;
  projectsByPartner: ReadonlyMap<string, readonly ProjectRecord[]>;
  /** Years in which some event starts, by month number (1-12). */
  eventYearsByMonth: ReadonlyMap<number, ReadonlySet<number>>;
  /** The name of any person, organisation or other record by id. */
  nameOf(id: string, lang: Lang): string;
  asOf(lang: Lang): string;
}

export function compileKnowledge(facts: FactBaseData): Knowledge {
  const entities: Entity[] = [];
  const byId = new Map<string, Entity>();
  const add = (
    id: string,
    type: EntityType,
    name: LocalizedText,
    aliases: readonly string[],
    record: unknown,
  ) => {
    const entity: Entity = { id, type, name, aliases, record };
    entities.push(entity);
    byId.set(id, entity);
  };
  add(facts.deal.id, 'deal', facts.deal.name, facts.deal.aliases, facts.deal);
  for (const r of facts.people) add(r.id, 'person', r.name, r.aliases, r);
  for (const r of facts.organisations) add(r.id, 'organisation', r.name, r.aliases, r);
  for (const r of facts.sectors) add(r.id, 'sector', r.name, r.aliases, r);
  for (const r of facts.projects) add(r.id, 'project', r.name, r.aliases, r);
  for (const r of facts.events) add(r.id, 'event', r.name, r.aliases, r);
  for (const r of facts.goals) add(r.id, 'goal', r.name, r.aliases, r);
  for (const r of facts.gaps) add(r.id, 'gap', r.topic, r.aliases, r);
  const lookup = <T>(type: EntityType): Lookup<T> => ({
    get: (id) => {
      const e = byId.get(id);
      return e?.type === type ? (e.record as T) : undefined;
    },
  });
  const spans = facts.events
    .map((event) => ({ event, start: startKey(event.date), end: endKey(event.endDate ?? event.date) }))
    .sort((a, b) =>
      a.start < b.start ? -1 : a.start > b.start ? 1 : a.end > b.end ? -1 : a.end < b.end ? 1 : 0,
    );
  const eventsByDate = spans.map((s) => s.event);
  const projectsByAmount = [...facts.projects].sort(
    (a, b) => b.amount.amount - a.amount.amount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const asOf = { en: formatMonth(facts.meta.asOf, 'en'), ja: formatMonth(facts.meta.asOf, 'ja') };
  return {
    facts,
    entities,
    byId,
    people: lookup('person'),
    organisations: lookup('organisation'),
    projects: lookup('project'),
    sectors: lookup('sector'),
    events: lookup('event'),
    gaps: lookup('gap'),
    projectsByAmount,
    projectsTotal: facts.projects.reduce((sum, p) => sum + p.amount.amount, 0),
    eventsByDate,
    spans,
    maxEventDays: spans.reduce((max, s) => Math.max(max, dayNumber(s.end) - dayNumber(s.start)), 0),
    eventsByParticipant: group(eventsByDate, (e) => e.participants),
    projectsByPartner: group(projectsByAmount, (p) => p.partners),
    eventYearsByMonth: yearsByMonth(spans),
    nameOf: (id, lang) => byId.get(id)?.name[lang] ?? id,
    asOf: (lang) => asOf[lang],
  };
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
