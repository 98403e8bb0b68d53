import { COLLECTIONS } from './collections.js';
import type { FactBaseProblem } from './problems.js';
import type { CitationRecord, DateValueRecord, FactBaseData, SourceRecord } from './schema.js';

/**
 * The source policy for dated claims, checked over every record:
 * - every cite names a source, and a verbatim quote only comes from a source the repo ships;
 * - a claim is never reported before the earliest of its sources was published;
 * - a conflict is declared, never accidental: two observations of one value reported the same day
 *   with different values must both name a conflict, and that conflict must exist.
 */
export function claimProblems(fb: FactBaseData): FactBaseProblem[] {
  const problems: FactBaseProblem[] = [];
  const sources = new Map<string, SourceRecord>(fb.sources.map((s) => [s.id, s]));
  const firstDay = new Map<string, string>();
  for (const s of fb.sources) firstDay.set(s.id, earliestDay(s.published));
  const conflicts = new Set(fb.conflicts.map((c) => c.id));
  const sample = () => [...sources.keys()].slice(0, 12).join(', ');

  const checkCites = (here: () => string, cite: readonly CitationRecord[], reported: string | undefined) => {
    let earliest: string | undefined;
    for (let i = 0; i < cite.length; i++) {
      const c = cite[i] as CitationRecord;
      const source = sources.get(c.source);
      if (!source) {
        problems.push({
          path: `${here()}.cite[${i}].source`,
          message: `unknown source "${c.source}"`,
          fix: `use one of the ids in $.sources: ${sample()}, or add the source there first`,
        });
        continue;
      }
      if (c.quote !== undefined && !source.file)
        problems.push({
          path: `${here()}.cite[${i}].quote`,
          message: `a verbatim quote from "${c.source}", a source the repo does not ship`,
          fix: 'state the fact in your own words and drop "quote" (quotes only come from files under data/sources/)',
        });
      const day = firstDay.get(c.source) as string;
      if (earliest === undefined || day < earliest) earliest = day;
    }
    if (reported !== undefined && earliest !== undefined && reported < earliest)
      problems.push({
        path: `${here()}.reported`,
        message: `reported on ${reported}, before its source was published (${earliest} at the earliest)`,
        fix: `set "reported" to ${earliest} or later (the day the source made it known)`,
      });
  };

  const checkObservations = (here: () => string, list: readonly Record<string, unknown>[]) => {
    const byDay = new Map<string, number>();
    list.forEach((o, i) => {
      const conflict = o.conflict as string | undefined;
      if (conflict !== undefined && !conflicts.has(conflict))
        problems.push({
          path: `${here()}[${i}].conflict`,
          message: `unknown conflict "${conflict}"`,
          fix: 'add a record with that id to $.conflicts (its topic and the positions), or fix the id',
        });
      const day = o.reported as string;
      const j = byDay.get(day);
      if (j === undefined) {
        byDay.set(day, i);
        return;
      }
      const other = list[j] as Record<string, unknown>;
      if (JSON.stringify(other.value) !== JSON.stringify(o.value) && (!conflict || !other.conflict))
        problems.push({
          path: `${here()}[${i}]`,
          message: `reported on ${day} with a different value from ${here()}[${j}], and no conflict declared`,
          fix: 'if the sources disagree, give both observations "conflict": "<id>" and add that record to $.conflicts; otherwise merge them into one observation',
        });
    });
  };

  // The path of the node being walked, as keys: a string is built only for a problem (100,000
  // records have millions of nodes; building every path made most of the garbage of a load).
  const stack: (string | number)[] = [];
  const here = () => {
    let out = '$';
    for (const k of stack) out += typeof k === 'number' ? `[${k}]` : `.${k}`;
    return out;
  };
  const walk = (node: unknown): void => {
    // Text and id lists hold no cite: skipping them halves the walk at 100,000 records.
    if (Array.isArray(node)) {
      const first = node[0] as Record<string, unknown> | undefined;
      // `details` are distinct labelled facts, not one value's observations.
      if (
        first &&
        typeof first === 'object' &&
        'value' in first &&
        'reported' in first &&
        !('label' in first)
      )
        checkObservations(here, node as Record<string, unknown>[]);
      for (let i = 0; i < node.length; i++) {
        const item = node[i];
        if (item && typeof item === 'object') {
          stack.push(i);
          walk(item);
          stack.pop();
        }
      }
      return;
    }
    const o = node as Record<string, unknown>;
    for (const key in o) {
      const value = o[key];
      if (key === 'cite' && Array.isArray(value))
        checkCites(here, value as CitationRecord[], typeof o.reported === 'string' ? o.reported : undefined);
      else if (value && typeof value === 'object' && key !== 'value' && !LEAVES.has(key)) {
        stack.push(key);
        walk(value);
        stack.pop();
      }
    }
  };

  stack.push('deal');
  walk(fb.deal);
  stack.pop();
  for (const name of COLLECTIONS) {
    const list = fb[name] as readonly unknown[];
    for (let i = 0; i < list.length; i++) {
      stack.push(name, i);
      walk(list[i]);
      stack.length = 0;
    }
  }
  return problems;
}

/** Fields that are text, ids or dates: they never hold a cite. */
const LEAVES = new Set([
  'name',
  'aliases',
  'summary',
  'purpose',
  'why',
  'explains',
  'place',
  'topic',
  'known',
  'note',
  'label',
  'title',
  'text',
  'participants',
  'about',
  'projects',
  'appliesTo',
  'legalBasis',
  'what',
  'from',
  'to',
  'when',
  'pledge',
  'reached',
  'signed',
  'parties',
  'goals',
  'topics',
  'roleAtSigning',
  'amounts',
]);

/** The first day a source can have been published, given the precision of its date. */
export function earliestDay(d: DateValueRecord): string {
  if (d.precision === 'day') return d.date;
  const day = d.part === 'mid' ? '11' : d.part === 'late' ? '21' : '01';
  return `${d.month}-${day}`;
}
