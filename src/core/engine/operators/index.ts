import type { Draft } from '../compose.js';
import { commentersOperator } from './commenters.js';
import { detailOperator } from './detail.js';
import type { Operator, OperatorInput } from './operator.js';
import { placePremiseOperator, premiseOperator } from './premise.js';
import { unknownNamesOperator } from './unknown-names.js';
import { whyOperator } from './why.js';
import { yesNoOperator } from './yes-no.js';

export { type OperatorInput, operatorInput } from './operator.js';

/**
 * The question operators, in order: the first that answers wins, else the best plain reading does.
 * A place the question gives a project against its recorded site comes first (it names the place
 * back itself), then names (an unknown name changes every other answer), then the people the sources quote,
 * then a premise the question takes for granted, then yes/no, "why" and a detail asked of a project.
 */
const OPERATORS: readonly Operator[] = [
  placePremiseOperator,
  unknownNamesOperator,
  commentersOperator,
  premiseOperator,
  yesNoOperator,
  whyOperator,
  detailOperator,
];

export function operate(input: OperatorInput): Draft | undefined {
  for (const op of OPERATORS) {
    const draft = op(input);
    if (draft) return draft;
  }
  return undefined;
}
