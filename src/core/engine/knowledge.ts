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
import { formatMonth } from '../time/dates.js';
import { compareEvents } from './event-state.js';

/** The kinds of record a question can be about. */
export type EntityType = 'deal' | 'person' | 'organisation' | 'sector' | 'project' | 'event' | 'goal' | 'gap';

export interface Entity {
  id: string;
  type: EntityType;
  name: LocalizedText;
  /** Every name and alias, as typed in the fact base. */
  names: readonly string[];
}

/** The fact base compiled for answering: lookups by id, and every nameable entity. */
export interface Knowledge {
  facts: FactBaseData;
  entities: readonly Entity[];
  byId: ReadonlyMap<string, Entity>;
  people: ReadonlyMap<string, PersonRecord>;
  organisations: ReadonlyMap<string, OrganisationRecord>;
  projects: ReadonlyMap<string, ProjectRecord>;
  sectors: ReadonlyMap<string, SectorRecord>;
  events: ReadonlyMap<string, EventRecord>;
  gaps: ReadonlyMap<string, GapRecord>;
  /** Candidate projects, largest first, and their total. */
  projectsByAmount: readonly ProjectRecord[];
  projectsTotal: number;
  /** Events, oldest first. */
  eventsByDate: readonly EventRecord[];
  /** The name of any person, organisation or other record by id. */
  nameOf(id: string, lang: Lang): string;
  asOf(lang: Lang): string;
}

function index<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((r) => [r.id, r]));
}

export function compileKnowledge(facts: FactBaseData): Knowledge {
  const entities: Entity[] = [];
  const add = (id: string, type: EntityType, name: LocalizedText, aliases: readonly string[]) =>
    entities.push({ id, type, name, names: [name.en, name.ja, ...aliases] });
  add(facts.deal.id, 'deal', facts.deal.name, facts.deal.aliases);
  for (const r of facts.people) add(r.id, 'person', r.name, r.aliases);
  for (const r of facts.organisations) add(r.id, 'organisation', r.name, r.aliases);
  for (const r of facts.sectors) add(r.id, 'sector', r.name, r.aliases);
  for (const r of facts.projects) add(r.id, 'project', r.name, r.aliases);
  for (const r of facts.events) add(r.id, 'event', r.name, r.aliases);
  for (const r of facts.goals) add(r.id, 'goal', r.name, r.aliases);
  for (const r of facts.gaps) add(r.id, 'gap', r.topic, r.aliases);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const asOf = { en: formatMonth(facts.meta.asOf, 'en'), ja: formatMonth(facts.meta.asOf, 'ja') };
  return {
    facts,
    entities,
    byId,
    people: index(facts.people),
    organisations: index(facts.organisations),
    projects: index(facts.projects),
    sectors: index(facts.sectors),
    events: index(facts.events),
    gaps: index(facts.gaps),
    projectsByAmount: [...facts.projects].sort(
      (a, b) => b.amount.amount - a.amount.amount || a.id.localeCompare(b.id),
    ),
    projectsTotal: facts.projects.reduce((sum, p) => sum + p.amount.amount, 0),
    eventsByDate: [...facts.events].sort(compareEvents),
    nameOf: (id, lang) => byId.get(id)?.name[lang] ?? id,
    asOf: (lang) => asOf[lang],
  };
}
