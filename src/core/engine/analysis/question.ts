import type { Mention } from '../gazetteer.js';

/** What kind of answer a question expects. */
export type AnswerType = 'yes-no' | 'reason' | 'person' | 'date' | 'amount' | 'place' | 'list' | 'other';

/** What the analysis found in a question, beyond its cue words. */
export interface QuestionAnalysis {
  /** The question as typed (NFKC). */
  raw: string;
  /** The question, normalised (lower case, punctuation folded). */
  text: string;
  /** Names of records known on the clock's day. */
  focus: Mention[];
  /** Names of records the fact base has but that were not yet reported on the clock's day. */
  later: Mention[];
  /** Names the fact base does not know at all (a place, a company, a person), as named back. */
  unknown: string[];
  expects: AnswerType;
}

const EN_TYPES: [RegExp, AnswerType][] = [
  [
    /^(why|how come)\b|\b(what is|whats) the reason\b|\breason (for|why)\b|\bwhat for$|\b(the )?(purpose|aim|point) of\b/,
    'reason',
  ],
  [
    /^(is|are|was|were|does|do|did|has|have|had|can|could|will|would|should|isnt|arent|wasnt|doesnt|didnt)\b/,
    'yes-no',
  ],
  [/\bright$/, 'yes-no'],
  [/^(who|whos|whom)\b/, 'person'],
  [/^(when|whens)\b|\bwhat (day|date|time|year|month)\b/, 'date'],
  [/\bhow (much|many)\b|\bwhat (is the |was the )?(amount|cost|price|value)\b/, 'amount'],
  [/^(where|wheres)\b/, 'place'],
  [/^(list|which)\b|\bwhat are\b/, 'list'],
];

const JA_TYPES: [RegExp, AnswerType][] = [
  [/なぜ|何故|どうして|理由|なんで|目的|狙い|ねらい/, 'reason'],
  [/誰|だれ|どなた/, 'person'],
  [/いつ|何日|何月|何年/, 'date'],
  [/いくら|金額|何ドル|何円|いくつ|何件|何基|何人/, 'amount'],
  [/どこ|何州|場所/, 'place'],
  [/どれ|どの|一覧|何が/, 'list'],
];
/** A Japanese question with no question word, ending in a question particle: a yes/no question. */
const JA_YES_NO = /(か|の|る|い|た|だ|です|ます|ある|いる|本当|ほんと|合ってる)[？?]?$|[？?]$/;
const JA_TOPIC_ONLY = /(は|って|とは|について)[？?]?$/;
const JA_QUESTION_WORD = /何|なに|なん|誰|いつ|どこ|どう|どれ|どの|どんな|いくら|なぜ|理由/;

/** The answer type a question expects, from its opening words (English) or its question words (Japanese). */
export function expectedType(normalized: string, raw: string, japanese: boolean): AnswerType {
  if (japanese) {
    for (const [re, type] of JA_TYPES) if (re.test(raw)) return type;
    const end = raw.trim();
    // "Xは？" asks about X ("what about X?"), not whether something is so.
    if (!JA_QUESTION_WORD.test(raw) && !JA_TOPIC_ONLY.test(end) && JA_YES_NO.test(end)) return 'yes-no';
    return 'other';
  }
  for (const [re, type] of EN_TYPES) if (re.test(normalized)) return type;
  return 'other';
}
