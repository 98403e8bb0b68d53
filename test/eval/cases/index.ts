/** The whole evaluation set: one file per class. */
import type { EvalCase } from '../types.js';
import commenters from './commenters.js';
import commonPhrasing from './common-phrasing.js';
import commonPhrasingMore from './common-phrasing-more.js';
import conflicts from './conflicts.js';
import droppedDetail from './dropped-detail.js';
import falsePremise from './false-premise.js';
import followUp from './follow-up.js';
import knowledgeEnd from './knowledge-end.js';
import knowledgeEndMore from './knowledge-end-more.js';
import lookup from './lookup.js';
import timeCases from './time.js';
import twoRecords from './two-records.js';
import unknownNames from './unknown-names.js';
import why from './why.js';
import wording from './wording.js';
import yesNo from './yes-no.js';

export const CASES: readonly EvalCase[] = [
  ...unknownNames,
  ...falsePremise,
  ...commenters,
  ...commonPhrasing,
  ...commonPhrasingMore,
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
  ...knowledgeEndMore,
];
