import type { FactBaseProblem } from './problems.js';
import type { CitationRecord, FactBaseData } from './schema.js';

/** A JSON path, built only when a problem needs it (a large fact base has 100,000 records). */
type Path = () => string;

/** Ids a reference may point at, and a few of them to name in the fix. */
interface IdSet {
  has(id: string): boolean;
  sample(): string[];
}

function idSet(ids: Set<string>): IdSet {
  return { has: (id) => ids.has(id), sample: () => [...ids].slice(0, 12) };
}

/** Checks what zod cannot: ids are unique, and every id a record refers to exists. */
export function crossReferenceProblems(fb: FactBaseData): FactBaseProblem[] {
  const problems: FactBaseProblem[] = [];
  const ids = (list: readonly { id: string }[]) => idSet(new Set(list.map((r) => r.id)));
  const sourceIds = ids(fb.sources);
  const personIds = ids(fb.people);
  const orgIds = ids(fb.organisations);
  const goalIds = ids(fb.goals);

  // Where each id was first seen: the collection's number and the record's index, packed.
  const seen = new Map<string, number>();
  const collections = [
    'people',
    'organisations',
    'sectors',
    'projects',
    'events',
    'goals',
    'opinions',
    'gaps',
  ] as const;
  const SLOT = 2 ** 32;
  const idPath = (at: number) => `$.${collections[Math.floor(at / SLOT)]}[${at % SLOT}].id`;
  collections.forEach((name, c) => {
    const list = fb[name];
    for (let i = 0; i < list.length; i++) {
      const id = (list[i] as { id: string }).id;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, c * SLOT + i);
      else
        problems.push({
          path: `$.${name}[${i}].id`,
          message: `duplicate id "${id}" (also at ${idPath(first)})`,
          fix: 'give each record a unique id',
        });
    }
  });
  const allIds: IdSet = {
    has: (id) => seen.has(id) || id === fb.deal.id,
    sample: () => [...seen.keys(), fb.deal.id].slice(0, 12),
  };
  const parties: IdSet = {
    has: (id) => personIds.has(id) || orgIds.has(id),
    sample: () => [...personIds.sample(), ...orgIds.sample()].slice(0, 12),
  };

  const cites = (path: Path, list: readonly CitationRecord[]) => {
    for (let i = 0; i < list.length; i++) {
      const c = list[i] as CitationRecord;
      if (!sourceIds.has(c.source)) {
        problems.push({
          path: `${path()}[${i}].source`,
          message: `unknown source "${c.source}"`,
          fix: `use one of the ids in $.sources: ${sourceIds.sample().join(', ')}, or add the source there first`,
        });
      }
    }
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

  cites(() => '$.deal.cite', fb.deal.cite);
  cites(() => '$.deal.mou.cite', fb.deal.mou.cite);
  fb.deal.parties.forEach((id, i) => {
    ref(() => `$.deal.parties[${i}]`, id, orgIds, 'organisations');
  });
  fb.deal.gives.forEach((g, i) => {
    ref(() => `$.deal.gives[${i}].party`, g.party, orgIds, 'organisations');
    cites(() => `$.deal.gives[${i}].cite`, g.cite);
  });
  fb.deal.mou.signatories.forEach((s, i) => {
    ref(() => `$.deal.mou.signatories[${i}].person`, s.person, personIds, 'people');
  });
  fb.deal.goals.forEach((id, i) => {
    ref(() => `$.deal.goals[${i}]`, id, goalIds, 'goals');
  });

  fb.people.forEach((p, i) => {
    cites(() => `$.people[${i}].cite`, p.cite);
    p.roles.forEach((r, j) => {
      cites(() => `$.people[${i}].roles[${j}].cite`, r.cite);
      if (r.organisation)
        ref(() => `$.people[${i}].roles[${j}].organisation`, r.organisation, orgIds, 'organisations');
    });
  });
  fb.organisations.forEach((o, i) => {
    cites(() => `$.organisations[${i}].cite`, o.cite);
  });
  fb.sectors.forEach((s, i) => {
    cites(() => `$.sectors[${i}].cite`, s.cite);
  });
  fb.goals.forEach((g, i) => {
    cites(() => `$.goals[${i}].cite`, g.cite);
  });
  fb.opinions.forEach((o, i) => {
    cites(() => `$.opinions[${i}].cite`, o.cite);
  });
  fb.projects.forEach((p, i) => {
    cites(() => `$.projects[${i}].cite`, p.cite);
    p.partners.forEach((id, j) => {
      ref(() => `$.projects[${i}].partners[${j}]`, id, orgIds, 'organisations');
    });
  });
  fb.events.forEach((e, i) => {
    cites(() => `$.events[${i}].cite`, e.cite);
    e.participants.forEach((id, j) => {
      ref(() => `$.events[${i}].participants[${j}]`, id, parties, 'people or organisations');
    });
    if (e.endDate && startKey(e.endDate) < startKey(e.date)) {
      problems.push({
        path: `$.events[${i}].endDate`,
        message: 'endDate is before date',
        fix: 'make endDate the same as or after date',
      });
    }
  });
  fb.gaps.forEach((g, i) => {
    cites(() => `$.gaps[${i}].cite`, g.cite);
    g.about.forEach((id, j) => {
      ref(() => `$.gaps[${i}].about[${j}]`, id, allIds, 'record');
    });
  });
  return problems;
}

function startKey(d: { precision: 'day'; date: string } | { precision: 'month'; month: string }): string {
  return d.precision === 'day' ? d.date : `${d.month}-01`;
}
