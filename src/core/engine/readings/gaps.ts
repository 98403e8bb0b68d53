import type { GapRecord } from '../../factbase/schema.js';
import { CUES, type CueName } from '../cues.js';
import { gap } from '../handlers/gaps.js';
import type { EntityType } from '../knowledge.js';
import type { ReadingScope } from './reading.js';

/** The plain score of a gap named by one of its aliases, before its `asked` data says more. */
const PLAIN = 0.7;

/**
 * What the sources leave open or get wrong. A gap's reading beats the ordinary one only when the
 * question asks exactly that (the exact day, the weekday, the financing terms): each gap says when in
 * its `asked` data (see GapAsked in the schema), so no gap needs code of its own.
 */
export function gapReadings(scope: ReadingScope): void {
  const { ctx, of, add } = scope;
  const { kb, lang } = ctx;
  const holds = (g: GapRecord, trigger: string): boolean =>
    trigger.split('|').some((x) => holdsOne(scope, g, x));
  const reading = (g: GapRecord, score: number) =>
    add({
      key: `gap.${g.id}`,
      score,
      label: g.topic[lang],
      question: g.topic[lang],
      run: (c, s) => gap(c, g, s),
    });
  const named = new Set<string>();
  for (const m of of('gap')) {
    const g = kb.gaps.get(m.entity.id);
    if (!g) continue;
    named.add(g.id);
    const asked = g.asked;
    if (asked?.answeredBy === 'its-records') continue;
    if ((asked?.unless ?? []).some((x) => holds(g, x))) continue;
    const strength = Math.max(m.strength, asked?.minStrength ?? 0);
    const plain = PLAIN * strength;
    if (!asked) {
      reading(g, plain);
      continue;
    }
    if ((asked.when ?? []).every((x) => holds(g, x))) reading(g, (asked.score ?? PLAIN) * strength);
    else if (asked.otherwise !== 'skip') reading(g, plain);
  }
  // A gap can answer a question that uses none of its words ("how much goes to energy?").
  for (const g of answeringAlone(kb.facts.gaps)) {
    const asked = g.asked;
    if (!asked || named.has(g.id)) continue;
    if ((asked.unless ?? []).some((x) => holds(g, x)) || !(asked.alone ?? []).every((x) => holds(g, x)))
      continue;
    reading(g, asked.score ?? PLAIN);
  }
}

/** The gaps that can answer without being named, found once per day's list (not per question). */
const alone = new WeakMap<readonly GapRecord[], readonly GapRecord[]>();
function answeringAlone(gaps: readonly GapRecord[]): readonly GapRecord[] {
  let found = alone.get(gaps);
  if (!found) {
    found = gaps.filter((g) => g.asked?.alone?.length && g.asked.answeredBy !== 'its-records');
    alone.set(gaps, found);
  }
  return found;
}

function holdsOne({ has, of, a }: ReadingScope, g: GapRecord, trigger: string): boolean {
  if (trigger === 'about') return a.mentions.some((m) => !m.partial && g.about.includes(m.entity.id));
  if (trigger.startsWith('type:')) return of(trigger.slice(5) as EntityType).length > 0;
  return trigger in CUES && has(trigger as CueName);
}
