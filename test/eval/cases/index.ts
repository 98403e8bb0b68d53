/** The whole evaluation set: the dev set (one file per class here) and the held-out set (`fresh/`). */
import type { EvalCase } from '../types.js';
import commenters from './commenters.js';
import commonPhrasing from './common-phrasing.js';
import commonPhrasingMore from './common-phrasing-more.js';
import conflicts from './conflicts.js';
import conflictsMore from './conflicts-more.js';
import droppedDetail from './dropped-detail.js';
import droppedDetailMore from './dropped-detail-more.js';
import droppedDetailWords from './dropped-detail-words.js';
import falsePremise from './false-premise.js';
import falsePremiseMore from './false-premise-more.js';
import falsePremiseWords from './false-premise-words.js';
import followUp from './follow-up.js';
import followUpMore from './follow-up-more.js';
import { FRESH_CASES } from './fresh/index.js';
import knowledgeEnd from './knowledge-end.js';
import knowledgeEndMore from './knowledge-end-more.js';
import lookup from './lookup.js';
import lookupMore from './lookup-more.js';
import lookupPlaces from './lookup-places.js';
import lookupTariffs from './lookup-tariffs.js';
import lookupWords from './lookup-words.js';
import timeCases from './time.js';
import timeMore from './time-more.js';
import twoRecords from './two-records.js';
import twoRecordsMore from './two-records-more.js';
import twoRecordsWords from './two-records-words.js';
import unknownNames from './unknown-names.js';
import why from './why.js';
import whyMore from './why-more.js';
import whyWords from './why-words.js';
import wording from './wording.js';
import yesNo from './yes-no.js';
import yesNoBounds from './yes-no-bounds.js';
import yesNoMore from './yes-no-more.js';

/** The dev set: the cases the engine is improved against (no `set`, so `dev`). */
export const DEV_CASES: readonly EvalCase[] = [
  ...unknownNames,
  ...falsePremise,
  ...falsePremiseMore,
  ...falsePremiseWords,
  ...commenters,
  ...commonPhrasing,
  ...commonPhrasingMore,
  ...twoRecords,
  ...twoRecordsMore,
  ...twoRecordsWords,
  ...droppedDetail,
  ...yesNo,
  ...timeCases,
  ...timeMore,
  ...why,
  ...whyMore,
  ...whyWords,
  ...followUp,
  ...followUpMore,
  ...wording,
  ...lookup,
  ...lookupWords,
  ...lookupPlaces,
  ...lookupTariffs,
  ...lookupMore,
  ...conflicts,
  ...conflictsMore,
  ...knowledgeEnd,
  ...knowledgeEndMore,
  ...yesNoMore,
  ...yesNoBounds,
  ...droppedDetailMore,
  ...droppedDetailWords,
];

/** Both sets: "By class" and "overall" are over all of them; the floors per class are over the dev set. */
export const CASES: readonly EvalCase[] = [...DEV_CASES, ...FRESH_CASES];
