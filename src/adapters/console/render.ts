import type { Answer } from '../../core/answer/answer.js';

/** The console shows the engine's plain text, followed by the suggested follow-ups. */
export function renderText(answer: Answer): string {
  const tries = answer.suggestions.length
    ? `\nTry: ${answer.suggestions.map((s) => `"${s}"`).join(' · ')}`
    : '';
  return `${answer.text}${tries}`;
}
