import type { QuestionAnalysis } from '../analysis/question.js';
import type { Draft } from '../compose.js';
import type { Ctx } from '../context.js';
import type { CueName } from '../cues.js';
import { type OperatorMessages, operatorMessages } from '../messages/operators.js';

/** What an operator gets: the question's analysis, its cues, and the best plain reading (run on demand). */
export interface OperatorInput {
  ctx: Ctx;
  q: QuestionAnalysis;
  cues: ReadonlySet<CueName>;
  /** The answer of the best reading above the threshold, if any (computed once, when first asked). */
  best(): Draft | undefined;
  m: OperatorMessages;
}

/** A general operation over the claims valid at `now`: answers the question, or declines (undefined). */
export type Operator = (input: OperatorInput) => Draft | undefined;

export function operatorInput(
  ctx: Ctx,
  q: QuestionAnalysis,
  cues: ReadonlySet<CueName>,
  best: () => Draft | undefined,
): OperatorInput {
  let done = false;
  let cached: Draft | undefined;
  return {
    ctx,
    q,
    cues,
    m: operatorMessages(ctx.lang),
    best: () => {
      if (!done) {
        cached = best();
        done = true;
      }
      return cached;
    },
  };
}

/** A lead put before what is known: the best reading's answer, with the operator's lead first. */
export function prefixed(
  first: string,
  known: Draft | undefined,
  input: OperatorInput,
  intent: string,
  confidence: number,
): Draft | undefined {
  if (!known || known.kind === 'unknown' || known.kind === 'ambiguous') return undefined;
  const gap = input.ctx.lang === 'ja' ? '' : ' ';
  return {
    ...known,
    intent,
    lead: `${first}${gap}${input.m.known}${gap}${known.lead}`,
    confidence: Math.min(known.confidence, confidence),
  };
}
