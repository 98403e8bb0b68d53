/**
 * The accuracy floors (test/eval/floors.json): per class and overall for the dev set only, so that
 * nobody is pushed to tune the engine to the held-out set; one overall floor for the held-out set.
 */
import type { Score } from './score.js';
import { CLASSES } from './types.js';

export interface Floors {
  about: string;
  /** The dev set's overall accuracy. */
  overall: number;
  /** The dev set's accuracy per class. */
  classes: Record<string, number>;
  /** An overall floor per held-out set (only `fresh` today). */
  sets: { fresh: number };
}

export const FLOORS_ABOUT =
  'Accuracy floors for test/eval/eval.test.ts (0..1, rounded down from a run of the engine on this branch). `overall` and `classes` apply to the dev set only; `sets.fresh` is the overall floor of the held-out set. Raise them as the engine improves; never lower them to make a run pass.';

/** A score rounded down to the hundredth. */
const down = (x: number): number => Math.floor(x * 100) / 100;

/** Today's scores as floors: what test/eval/floors.json should hold after an improvement. */
export function floorsOf(s: Score): Floors {
  const dev = s.byClassInSet.dev;
  return {
    about: FLOORS_ABOUT,
    overall: down(s.bySet.dev?.accuracy ?? 0),
    classes: Object.fromEntries(CLASSES.map((c) => [c, down(dev[c]?.accuracy ?? 0)])),
    sets: { fresh: down(s.bySet.fresh?.accuracy ?? 0) },
  };
}
