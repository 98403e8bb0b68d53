import type { Draft } from '../compose.js';
import type { Mention } from '../gazetteer.js';
import { unknown } from '../handlers/meta.js';
import { normalize } from '../text.js';
import { type OperatorInput, prefixed } from './operator.js';
import { officeAlias } from './roles.js';

/** Confidence of an answer that had to leave a name out. */
const PARTLY_UNDERSTOOD = 0.45;
const NOT_UNDERSTOOD = 0.2;

/**
 * Names the fact base does not know ("Brazil", "Honda"), or knows only from a later day, are named
 * back with lowered confidence. What is known follows only about a record named in its own right,
 * never one the unknown name qualifies ("the president of Brazil" is not the US president).
 */
export function unknownNamesOperator(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  const later = [...new Set(q.later.filter(isProperLater).map((x) => ctx.kb.nameOf(x.entity.id, ctx.lang)))];
  const outside = q.unknown;
  if (!outside.length && !later.length) return undefined;
  const lead = [
    outside.length ? m.notCovered(outside) : '',
    later.length ? m.notYet(later, ctx.kb.asOf(ctx.lang)) : '',
  ]
    .filter(Boolean)
    .join(ctx.lang === 'ja' ? '' : ' ');
  const own = q.focus.filter((x) => x.strength >= 0.9 && !x.partial && !qualified(q.text, x, outside));
  if (own.length) {
    const known = prefixed(lead, input.best(), input, 'unknown-name.known', PARTLY_UNDERSTOOD);
    // What is known must be about a record named in its own right (or an event of a person named).
    const about = (x: Mention) =>
      known?.facts?.includes(x.entity.id) ||
      (x.entity.type === 'person' &&
        ctx.kb.events.get(known?.facts?.[0] ?? '')?.participants.includes(x.entity.id));
    if (known && own.some(about)) return known;
  }
  const plain = unknown(ctx, NOT_UNDERSTOOD, 'not-covered', {
    aboutCompanies: input.cues.has('partners') || input.cues.has('companies'),
  });
  return { ...plain, lead };
}

/** A name the fact base has from a later day that is a person, an organisation or a commenter (not an office). */
function isProperLater(x: Mention): boolean {
  return (
    !x.partial &&
    x.strength >= 0.85 &&
    ['person', 'organisation', 'opinion'].includes(x.entity.type) &&
    !officeAlias(x.alias)
  );
}

/** Whether an unknown name qualifies the mention: "Brazil's president", "minister of Canada", "ブラジルの大統領". */
function qualified(text: string, x: Mention, names: readonly string[]): boolean {
  return names.some((name) => {
    const n = normalize(name);
    const a = x.alias;
    return (
      text.includes(`${n} ${a}`) ||
      text.includes(`${n}s ${a}`) ||
      new RegExp(`${escapeRe(a)} (of|in|for|from) (the )?${escapeRe(n)}`).test(text) ||
      text.includes(`${n}の${a}`)
    );
  });
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
