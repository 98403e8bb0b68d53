import type { Answer } from '../../src/core/answer/answer.js';

/** A hand-made answer for the matcher's tests: only the given fields differ from an empty answer. */
export function answerOf(fields: Partial<Answer>): Answer {
  const base: Answer = {
    kind: 'answer',
    intent: 'test',
    lang: 'en',
    title: '',
    text: fields.lead ?? '',
    lead: '',
    notes: [],
    items: [],
    facts: [],
    sources: [],
    confidence: 1,
    suggestions: [],
    asOf: '',
  };
  return { ...base, ...fields };
}
