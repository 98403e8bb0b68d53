import { claimProblems } from './claims.js';
import { COLLECTIONS } from './collections.js';
import type { FactBaseProblem } from './problems.js';
import type { FactBaseData } from './schema.js';

/** A JSON path, built only when a problem needs it (a large fact base has 100,000 records). */
type Path = () => string;

/** Ids a reference may point at, and a few of them to name in the fix. */
export interface IdSet {
  has(id: string): boolean;
  sample(): string[];
}

/** The first `n` distinct ids of a list, in order (what a set of its ids would list first). */
function firstDistinct(list: readonly { id: string }[], n: number): string[] {
  const out = new Set<string>();
  for (let i = 0; i < list.length && out.size < n; i++) out.add((list[i] as { id: string }).id);
  return [...out];
}

/**
 * Checks what zod cannot: ids are unique, every id a record refers to exists, and every dated
 * claim keeps the source policy (see claims.ts).
 */
export function crossReferenceProblems(fb: FactBaseData): FactBaseProblem[] {
  const problems: FactBaseProblem[] = [];

  const sourceSeen = new Set<string>();
  fb.sources.forEach((s, i) => {
    if (sourceSeen.has(s.id))
      problems.push({
        path: `$.sources[${i}].id`,
        message: `duplicate source id "${s.id}"`,
        fix: 'give each source a unique id, or merge the two entries into one',
      });
    sourceSeen.add(s.id);
    if (s.url && !s.publisher)
      problems.push({
        path: `$.sources[${i}].publisher`,
        message: `web source "${s.id}" has no publisher`,
        fix: 'add "publisher": the outlet that wrote it (the wire, for a re-post), e.g. "Kyodo"',
      });
    if (!s.url && !s.file)
      problems.push({
        path: `$.sources[${i}]`,
        message: `source "${s.id}" has neither a url nor a file`,
        fix: 'add "url" (where it was read) or "file" (a copy under data/sources/)',
      });
  });

  // Where each id was first seen: the collection's number and the record's index, packed. The one
  // map of every id also answers which ids each collection holds (no set per collection).
  const seen = new Map<string, number>();
  /** Collections (beyond the first) that repeat an id: only for a fact base with a duplicate. */
  const alsoIn = new Map<string, number[]>();
  const SLOT = 2 ** 32;
  const idPath = (at: number) => `$.${COLLECTIONS[Math.floor(at / SLOT)]}[${at % SLOT}].id`;
  COLLECTIONS.forEach((name, c) => {
    const list = fb[name] as readonly { id: string }[];
    for (let i = 0; i < list.length; i++) {
      const id = (list[i] as { id: string }).id;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, c * SLOT + i);
      else {
        problems.push({
          path: `$.${name}[${i}].id`,
          message: `duplicate id "${id}" (also at ${idPath(first)})`,
          fix: 'give each record a unique id (ids are unique across all collections)',
        });
        alsoIn.set(id, [...(alsoIn.get(id) ?? []), c]);
      }
    }
  });
  const ids = (name: (typeof COLLECTIONS)[number]): IdSet => {
    const c = COLLECTIONS.indexOf(name);
    return {
      has: (id) => {
        const at = seen.get(id);
        return (at !== undefined && Math.floor(at / SLOT) === c) || (alsoIn.get(id)?.includes(c) ?? false);
      },
      sample: () => firstDistinct(fb[name] as readonly { id: string }[], 12),
    };
  };
  const personIds = ids('people');
  const orgIds = ids('organisations');
  const goalIds = ids('goals');
  const allIds: IdSet = {
    has: (id) => seen.has(id) || id === fb.deal.id,
    sample: () => [...seen.keys(), fb.deal.id].slice(0, 12),
  };
  const parties: IdSet = {
    has: (id) => personIds.has(id) || orgIds.has(id),
    sample: () => [...personIds.sample(), ...orgIds.sample()].slice(0, 12),
  };
  const ref = (path: Path, id: string, valid: IdSet, what: string) => {
    if (!valid.has(id)) {
      problems.push({
        path: path(),
        message: `unknown ${what} "${id}"`,
        fix: `use an id from ${what === 'record' ? 'any collection' : `$.${what}`}: ${valid.sample().join(', ')}`,
      });
    }
  };
  const refs = (path: string, list: readonly string[] | undefined, valid: IdSet, what: string) => {
    list?.forEach((id, j) => {
      ref(() => `${path}[${j}]`, id, valid, what);
    });
  };

  fb.deal.parties.forEach((id, i) => {
    ref(() => `$.deal.parties[${i}]`, id, orgIds, 'organisations');
  });
  fb.deal.gives.forEach((g, i) => {
    ref(() => `$.deal.gives[${i}].party`, g.party, orgIds, 'organisations');
  });
  fb.deal.mou.signatories.forEach((s, i) => {
    ref(() => `$.deal.mou.signatories[${i}].person`, s.person, personIds, 'people');
  });
  refs('$.deal.goals', fb.deal.goals, goalIds, 'goals');
  const eventIds = ids('events');
  if (fb.deal.reachedEvent) ref(() => '$.deal.reachedEvent', fb.deal.reachedEvent, eventIds, 'events');
  if (fb.deal.mou.event) ref(() => '$.deal.mou.event', fb.deal.mou.event, eventIds, 'events');
  refs('$.deal.openQuestions', fb.deal.openQuestions, ids('gaps'), 'gaps');
  refs('$.deal.tariffs', fb.deal.tariffs, ids('tariffs'), 'tariffs');

  fb.people.forEach((p, i) => {
    p.roles.forEach((r, j) => {
      if (r.organisation)
        ref(() => `$.people[${i}].roles[${j}].organisation`, r.organisation, orgIds, 'organisations');
    });
  });
  const sectorIds = ids('sectors');
  const trancheIds = ids('tranches');
  const projectIds = ids('projects');
  fb.projects.forEach((p, i) => {
    if (p.sector) ref(() => `$.projects[${i}].sector`, p.sector, sectorIds, 'sectors');
    if (p.tranche) ref(() => `$.projects[${i}].tranche`, p.tranche, trancheIds, 'tranches');
    p.operator?.forEach((o, j) => {
      refs(`$.projects[${i}].operator[${j}].value`, o.value, orgIds, 'organisations');
    });
    p.interested?.forEach((o, j) => {
      refs(`$.projects[${i}].interested[${j}].value`, o.value, orgIds, 'organisations');
    });
  });
  fb.tranches.forEach((t, i) => {
    refs(`$.tranches[${i}].projects`, t.projects, projectIds, 'projects');
  });
  fb.events.forEach((e, i) => {
    refs(`$.events[${i}].participants`, e.participants, parties, 'people or organisations');
    refs(`$.events[${i}].about`, e.about, allIds, 'record');
  });
  fb.conflicts.forEach((c, i) => {
    refs(`$.conflicts[${i}].about`, c.about, allIds, 'record');
  });
  fb.gaps.forEach((g, i) => {
    refs(`$.gaps[${i}].about`, g.about, allIds, 'record');
  });
  problems.push(...claimProblems(fb));
  return problems;
}
