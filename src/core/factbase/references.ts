import type { FactBaseProblem } from './problems.js';
import type { CitationRecord, FactBaseData } from './schema.js';

/** Checks what zod cannot: ids are unique, and every id a record refers to exists. */
export function crossReferenceProblems(fb: FactBaseData): FactBaseProblem[] {
  const problems: FactBaseProblem[] = [];
  const sourceIds = new Set(fb.sources.map((s) => s.id));
  const personIds = new Set(fb.people.map((p) => p.id));
  const orgIds = new Set(fb.organisations.map((o) => o.id));
  const goalIds = new Set(fb.goals.map((g) => g.id));

  const seen = new Map<string, string>();
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
  for (const name of collections) {
    fb[name].forEach((record, i) => {
      const where = `$.${name}[${i}].id`;
      const first = seen.get(record.id);
      if (first) {
        problems.push({
          path: where,
          message: `duplicate id "${record.id}" (also at ${first})`,
          fix: 'give each record a unique id',
        });
      } else seen.set(record.id, where);
    });
  }
  const allIds = new Set([...seen.keys(), fb.deal.id]);

  const cites = (path: string, list: readonly CitationRecord[]) => {
    list.forEach((c, i) => {
      if (!sourceIds.has(c.source)) {
        problems.push({
          path: `${path}[${i}].source`,
          message: `unknown source "${c.source}"`,
          fix: `use one of the ids in $.sources: ${[...sourceIds].join(', ')}, or add the source there first`,
        });
      }
    });
  };
  const ref = (path: string, id: string, valid: Set<string>, what: string) => {
    if (!valid.has(id)) {
      problems.push({
        path,
        message: `unknown ${what} "${id}"`,
        fix: `use an id from ${what === 'record' ? 'any collection' : `$.${what}`}: ${[...valid].slice(0, 12).join(', ')}`,
      });
    }
  };
  const parties = new Set([...personIds, ...orgIds]);

  cites('$.deal.cite', fb.deal.cite);
  cites('$.deal.mou.cite', fb.deal.mou.cite);
  fb.deal.parties.forEach((id, i) => {
    ref(`$.deal.parties[${i}]`, id, orgIds, 'organisations');
  });
  fb.deal.gives.forEach((g, i) => {
    ref(`$.deal.gives[${i}].party`, g.party, orgIds, 'organisations');
    cites(`$.deal.gives[${i}].cite`, g.cite);
  });
  fb.deal.mou.signatories.forEach((s, i) => {
    ref(`$.deal.mou.signatories[${i}].person`, s.person, personIds, 'people');
  });
  fb.deal.goals.forEach((id, i) => {
    ref(`$.deal.goals[${i}]`, id, goalIds, 'goals');
  });

  fb.people.forEach((p, i) => {
    cites(`$.people[${i}].cite`, p.cite);
    p.roles.forEach((r, j) => {
      cites(`$.people[${i}].roles[${j}].cite`, r.cite);
      if (r.organisation)
        ref(`$.people[${i}].roles[${j}].organisation`, r.organisation, orgIds, 'organisations');
    });
  });
  fb.organisations.forEach((o, i) => {
    cites(`$.organisations[${i}].cite`, o.cite);
  });
  fb.sectors.forEach((s, i) => {
    cites(`$.sectors[${i}].cite`, s.cite);
  });
  fb.goals.forEach((g, i) => {
    cites(`$.goals[${i}].cite`, g.cite);
  });
  fb.opinions.forEach((o, i) => {
    cites(`$.opinions[${i}].cite`, o.cite);
  });
  fb.projects.forEach((p, i) => {
    cites(`$.projects[${i}].cite`, p.cite);
    p.partners.forEach((id, j) => {
      ref(`$.projects[${i}].partners[${j}]`, id, orgIds, 'organisations');
    });
  });
  fb.events.forEach((e, i) => {
    cites(`$.events[${i}].cite`, e.cite);
    e.participants.forEach((id, j) => {
      ref(`$.events[${i}].participants[${j}]`, id, parties, 'people or organisations');
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
    cites(`$.gaps[${i}].cite`, g.cite);
    g.about.forEach((id, j) => {
      ref(`$.gaps[${i}].about[${j}]`, id, allIds, 'record');
    });
  });
  return problems;
}

function startKey(d: { precision: 'day'; date: string } | { precision: 'month'; month: string }): string {
  return d.precision === 'day' ? d.date : `${d.month}-01`;
}
