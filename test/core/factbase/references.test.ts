import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFactBaseText } from '../../../src/core/factbase/parse.js';
import { crossReferenceProblems } from '../../../src/core/factbase/references.js';
import type { FactBaseData } from '../../../src/core/factbase/schema.js';

const parsed = parseFactBaseText(readFileSync('data/factbase.json', 'utf8'));
if (!parsed.ok) throw new Error('data/factbase.json is invalid');
const base = parsed.value;
const pool = [
  ...base.people,
  ...base.organisations,
  ...base.sectors,
  ...base.projects,
  ...base.tranches,
  ...base.goals,
].map((r) => r.id);

/**
 * The membership the checker answers from its one map of ids, computed plainly: a set of each
 * collection's ids, duplicates and all.
 */
function expectedUnknown(fb: FactBaseData): Set<string> {
  const ids = (list: readonly { id: string }[]) => new Set(list.map((r) => r.id));
  const people = ids(fb.people);
  const orgs = ids(fb.organisations);
  const sectors = ids(fb.sectors);
  const tranches = ids(fb.tranches);
  const projects = ids(fb.projects);
  const goals = ids(fb.goals);
  const out = new Set<string>();
  fb.deal.parties.forEach((id, i) => {
    if (!orgs.has(id)) out.add(`$.deal.parties[${i}]`);
  });
  fb.deal.goals.forEach((id, i) => {
    if (!goals.has(id)) out.add(`$.deal.goals[${i}]`);
  });
  fb.people.forEach((p, i) => {
    p.roles.forEach((r, j) => {
      if (r.organisation && !orgs.has(r.organisation)) out.add(`$.people[${i}].roles[${j}].organisation`);
    });
  });
  fb.projects.forEach((p, i) => {
    if (p.sector && !sectors.has(p.sector)) out.add(`$.projects[${i}].sector`);
    if (p.tranche && !tranches.has(p.tranche)) out.add(`$.projects[${i}].tranche`);
  });
  fb.tranches.forEach((t, i) => {
    t.projects.forEach((id, j) => {
      if (!projects.has(id)) out.add(`$.tranches[${i}].projects[${j}]`);
    });
  });
  fb.events.forEach((e, i) => {
    e.participants.forEach((id, j) => {
      if (!people.has(id) && !orgs.has(id)) out.add(`$.events[${i}].participants[${j}]`);
    });
  });
  return out;
}

const CHECKED =
  /^\$\.(deal\.(parties|goals)|people\[\d+\]\.roles|projects\[\d+\]\.(sector|tranche)|tranches\[\d+\]\.projects|events\[\d+\]\.participants)/;

/** The fact base with records renamed (to another record's id: a duplicate) and references redirected. */
const changed = fc
  .array(
    fc.tuple(
      fc.constantFrom('rename', 'refer'),
      fc.constantFrom('people', 'organisations', 'sectors', 'projects', 'tranches', 'goals', 'events'),
      fc.nat(),
      fc.oneof(fc.constantFrom(...pool), fc.constant('nowhere-at-all')),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((changes) => {
    const fb = structuredClone(base);
    for (const [kind, name, at, id] of changes) {
      const list = fb[name] as { id: string }[];
      const r = list[at % list.length] as Record<string, unknown> & { id: string };
      if (kind === 'rename') r.id = id;
      else if (name === 'events') (r.participants as string[]).push(id);
      else if (name === 'projects') r[at % 2 ? 'sector' : 'tranche'] = id;
      else if (name === 'tranches') (r.projects as string[]).push(id);
      else if (name === 'people')
        (r.roles as { organisation?: string }[])[0] = { ...(r.roles as object[])[0], organisation: id };
      else fb.deal.parties.push(id);
    }
    return fb;
  });

describe('cross-references', () => {
  it('name an unknown reference exactly where a set of the collection’s ids would, duplicates and all', () => {
    fc.assert(
      fc.property(changed, (fb) => {
        const found = new Set(
          crossReferenceProblems(fb)
            .filter((p) => p.message.startsWith('unknown ') && CHECKED.test(p.path))
            .map((p) => p.path),
        );
        expect(found).toEqual(expectedUnknown(fb));
      }),
      { numRuns: 200 },
    );
  });

  it('name a few ids of the collection to use, in file order', () => {
    const fb = structuredClone(base);
    (fb.projects[0] as { sector?: string }).sector = 'nowhere';
    const problem = crossReferenceProblems(fb).find((p) => p.path === '$.projects[0].sector');
    expect(problem?.fix).toBe(
      `use an id from $.sectors: ${base.sectors
        .map((s) => s.id)
        .slice(0, 12)
        .join(', ')}`,
    );
  });
});
