import type { Answer } from '../../core/answer/answer.js';

/** The prose Block Kit shows above the items: the answer's lead, then its notes. */
export function answerBody(answer: Answer): string {
  return [answer.lead, ...answer.notes].filter(Boolean).join('\n').trim();
}
