import { type Asked, arithmetic, type Operation } from '../operators/arithmetic.js';
import { countedProjects, countedSet } from '../operators/counted-set.js';
import {
  type Operand,
  operandsOf,
  pledgeOperand,
  projectOperand,
  trancheOperand,
} from '../operators/operands.js';
import { sectorOperands } from '../operators/sector-sets.js';
import { unrecorded } from '../operators/unrecorded.js';
import type { ReadingScope } from './reading.js';

const OPERATION_CUES = [
  'ratio',
  'difference',
  'average',
  'remainder',
  'share',
  'total',
  'compare',
  'largest',
  'smallest',
] as const;

/** A comparison asked as yes/no: "is A bigger than B?", "AはBより大きい？". */
function askedOf(text: string, raw: string): Asked {
  const en = /^(is|are|was|were|does|do|did|will|would)\b/.test(text);
  const ja = /より.*[？?]?$/.test(raw) && !/どっち|どちら/.test(raw);
  if (!en && !ja) return undefined;
  if (/\b(smaller|less|cheaper|lower|fewer)\b|小さい|少ない|下回/.test(`${text} ${raw}`)) return 'smaller';
  if (/\b(bigger|larger|greater|more|higher|pricier|costlier)\b|大きい|多い|上回/.test(`${text} ${raw}`))
    return 'bigger';
  return undefined;
}

/** Two or more recorded amounts at once: compare, difference, ratio, sum, average, remainder, share. */
export function arithmeticReadings({ ctx, a, has, add }: ReadingScope): void {
  if (!OPERATION_CUES.some((c) => has(c))) return;
  const named = operandsOf(ctx, a.mentions, a.text);
  // "The three candidate projects": the projects of the tranche that has that many.
  const count = named.length ? undefined : countedProjects(a.text, a.text);
  if (count) named.push(...(countedSet(ctx, count) ?? []));
  // "Energy vs minerals in the first tranche": each sector as the sum of the tranche's projects in it.
  const tranche = named.length === 1 && named[0]?.parts?.length ? named[0] : undefined;
  const sectors = tranche ? sectorOperands(ctx, a.mentions, a.text, tranche) : [];
  if (sectors.length >= 2) named.splice(0, named.length, ...sectors);
  const twice = named.length >= 2;
  let op: Operation | undefined;
  let operands: Operand[] = named;
  if (has('ratio') && twice) op = 'ratio';
  else if (has('difference') && twice) op = 'difference';
  else if (has('average')) {
    op = 'average';
    if (!named.length)
      operands = ctx.kb.projectsByAmount.map((p) => projectOperand(ctx, p)).filter((o): o is Operand => !!o);
  } else if (has('remainder') && (has('pledge') || named.some((o) => o.id === ctx.kb.facts.deal.id))) {
    op = 'remainder';
    const tranches = ctx.kb.facts.tranches
      .map((t) => trancheOperand(ctx, t.id))
      .filter((o): o is Operand => !!o);
    operands = [pledgeOperand(ctx), ...tranches];
  } else if ((has('largest') || has('smallest')) && (twice || named.some((o) => o.parts?.length))) {
    // "The smallest project in the first tranche": among that tranche's projects; else among those named.
    op = has('largest') ? 'largest' : 'smallest';
    const tranche = named.filter((o) => o.parts?.length).slice(0, 1);
    operands = tranche.length ? tranche : named;
  } else if (has('share') && twice) op = 'share';
  else if (has('total') && twice) op = 'sum';
  else if (has('compare') && twice) op = 'compare';
  if (!op) return;
  const draft = arithmetic(
    ctx,
    op,
    operands,
    1,
    askedOf(a.text, a.text),
    unrecorded(ctx, a.mentions, operands),
  );
  if (!draft) return;
  add({
    key: `amounts.${op}`,
    score:
      twice || op === 'remainder' || op === 'average' || op === 'largest' || op === 'smallest' ? 0.98 : 0.9,
    label: draft.title,
    question: '',
    run: (_c, s) => ({ ...draft, confidence: s }),
  });
}
