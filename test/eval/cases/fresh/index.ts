/**
 * The held-out set (docs/evaluation.md, "The held-out set"): written from the sources alone by an
 * engineer who did not read the engine or the dev set's failures. Nobody tunes the engine to it: its
 * failures are read to learn which classes do not generalise, never to fix one phrasing.
 */
import type { EvalCase } from '../../types.js';
import commenters from './commenters.js';
import commonPhrasing from './common-phrasing.js';
import conflicts from './conflicts.js';
import droppedDetail from './dropped-detail.js';
import falsePremise from './false-premise.js';
import followUp from './follow-up.js';
import knowledgeEnd from './knowledge-end.js';
import lookup from './lookup.js';
import timeCases from './time.js';
import twoRecords from './two-records.js';
import unknownNames from './unknown-names.js';
import why from './why.js';
import wording from './wording.js';
import yesNo from './yes-no.js';

/** Every held-out case, tagged `set: 'fresh'`. */
export const FRESH_CASES: readonly EvalCase[] = [
  ...unknownNames,
  ...falsePremise,
  ...commenters,
  ...commonPhrasing,
  ...twoRecords,
  ...droppedDetail,
  ...yesNo,
  ...timeCases,
  ...why,
  ...followUp,
  ...wording,
  ...lookup,
  ...conflicts,
  ...knowledgeEnd,
].map((c) => ({ ...c, set: 'fresh' as const }));
