import type { TrancheRecord } from '../../factbase/schema.js';
import { ordinalsIn } from '../analysis/premise-parts.js';
import type { Draft } from '../compose.js';
import { trancheAnswer } from '../handlers/records.js';
import { type OperatorInput, prefixed } from './operator.js';
import { recordLabel } from './premise-index.js';

/** Words that put a project in a tranche ("approved in the 2nd tranche", "第2弾に入った"). */
const IN_TRANCHE =
  /\b(in|of|part of|among|from|into|inside)\s+(the\s+)?\S+\s+(tranche|batch|round|package)\b|弾(に|で|の中|に含|に入|として)/;

/**
 * A project put in a tranche that does not list it ("the Westinghouse reactors approved in the 2nd
 * tranche"): the lead says so, then the tranche and its projects as of `now`. The tranche is named, or
 * given by its ordinal. Yes/no questions are left to the yes/no operator.
 */
export function memberPremise(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  if (q.expects === 'yes-no' || !(IN_TRANCHE.test(q.text) || IN_TRANCHE.test(q.raw))) return undefined;
  const tranche = trancheOf(input);
  if (!tranche) return undefined;
  const project = q.focus
    .filter((x) => x.entity.type === 'project' && !x.partial && x.strength >= 0.7 && !/^\d/.test(x.alias))
    .map((x) => ctx.kb.projects.get(x.entity.id))
    .find((p) => p !== undefined);
  if (!project || tranche.projects.includes(project.id) || project.tranche === tranche.id) return undefined;
  const lead = m.notInTranche(
    recordLabel(ctx, project.name[ctx.lang]),
    recordLabel(ctx, tranche.name[ctx.lang]),
    ctx.kb.asOf(ctx.lang),
  );
  return prefixed(lead, trancheAnswer(ctx, tranche, 0.75), input, 'premise.member', 0.75);
}

function trancheOf(input: OperatorInput): TrancheRecord | undefined {
  const { ctx, q } = input;
  const named = q.focus.find((x) => x.entity.type === 'tranche' && !x.partial);
  const tranches = ctx.kb.facts.tranches;
  if (named) return tranches.find((t) => t.id === named.entity.id);
  const n = ordinalsIn(q.text, q.raw).find((o) => o.noun === 'tranche')?.n;
  return n === undefined ? undefined : tranches.find((t) => t.ordinal === n);
}
