import { readFileSync } from 'node:fs';
import { createEngine, type Engine } from '../../../src/core/engine/engine.js';
import { parseFactBase, parseFactBaseText } from '../../../src/core/factbase/parse.js';
import type { DateValueRecord, EventRecord, FactBaseData } from '../../../src/core/factbase/schema.js';
import type { FactView } from '../../../src/core/knowledge/view.js';

/**
 * Small synthetic fact bases built from the founding article's (test/fixtures/seed-factbase.json:
 * few records, so replacing its events leaves no reference dangling).
 */

const parsed = parseFactBaseText(
  readFileSync(new URL('../../fixtures/seed-factbase.json', import.meta.url), 'utf8'),
);
if (!parsed.ok) throw new Error(`the seed fact base is invalid: ${JSON.stringify(parsed.problems)}`);
const SEED: FactBaseData = parsed.value;

export function seedFacts(): FactBaseData {
  return structuredClone(SEED);
}

/** The day the synthetic events are reported (the seed article's day: reported no earlier than its source). */
export const REPORTED = '2026-02-11';

/** An event as tests write it: one date (and end, status), all reported on REPORTED. */
export type EventShorthand = Omit<Partial<EventRecord>, 'date' | 'status'> & {
  id: string;
  date: DateValueRecord;
  endDate?: DateValueRecord;
  status?: 'held' | 'cancelled' | 'postponed';
  reported?: string;
};

/** The real fact base with its events replaced (each based on the PM's visit record). */
export function factsWith(events: EventShorthand[]): FactBaseData {
  const facts = seedFacts();
  const base = facts.events.find((e) => e.id === 'pm-white-house-visit');
  if (!base) throw new Error('the real fact base has no pm-white-house-visit');
  facts.events = events.map(({ date, endDate, status, reported = REPORTED, ...e }) => {
    const cite = base.cite;
    const record: EventRecord = {
      ...structuredClone(base),
      ...e,
      date: [{ value: endDate ? { start: date, end: endDate } : { start: date }, reported, cite }],
    };
    if (status) record.status = [{ value: status, reported, cite }];
    else delete record.status;
    return record;
  });
  // Keep the fact base valid: gaps may only point at records that still exist.
  const ids = new Set([...facts.events.map((e) => e.id), ...facts.people.map((p) => p.id)]);
  for (const c of ['organisations', 'projects', 'sectors', 'goals', 'gaps'] as const)
    for (const r of facts[c]) ids.add(r.id);
  ids.add(facts.deal.id);
  for (const gap of facts.gaps) gap.about = gap.about.filter((id) => ids.has(id));
  // …and so may the deal's pointers at the events of its reaching and its MOU.
  if (facts.deal.reachedEvent && !ids.has(facts.deal.reachedEvent)) delete facts.deal.reachedEvent;
  if (facts.deal.mou.event && !ids.has(facts.deal.mou.event)) delete facts.deal.mou.event;
  const checked = parseFactBase(facts);
  if (!checked.ok) throw new Error(`synthetic fact base is invalid: ${JSON.stringify(checked.problems)}`);
  return checked.value;
}

/** The PM's visit on a known day (in New York), the way the fact base will say it once announced. */
export function pmVisitOn(date: string, extra: Partial<EventShorthand> = {}): FactBaseData {
  return factsWith([{ id: 'pm-white-house-visit', date: { precision: 'day', date }, ...extra }]);
}

/** The PM's visit known only to the month, as in the real fact base. */
export function pmVisitInMonth(month: string): FactBaseData {
  return factsWith([{ id: 'pm-white-house-visit', date: { precision: 'month', month } }]);
}

export function engineOf(facts: FactBaseData): Engine {
  return createEngine(facts);
}

/** An engine source whose fact base can be swapped, like the file watcher's. */
export function swappableEngines(facts: FactBaseData) {
  let engine = createEngine(facts);
  return {
    current: () => engine,
    set(next: FactBaseData) {
      engine = createEngine(next);
    },
  };
}

const engines = new WeakMap<FactBaseData, Engine>();

/** The fact base as known at `now` (what the planner and the messages see then). */
export function viewAt(facts: FactBaseData, now: Date | string | number = '2026-12-06T12:00:00Z'): FactView {
  let engine = engines.get(facts);
  if (!engine) {
    engine = createEngine(facts);
    engines.set(facts, engine);
  }
  return engine.knowledgeAt(now).facts;
}
