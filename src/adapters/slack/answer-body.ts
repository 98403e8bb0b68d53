import type { Answer } from '../../core/answer/answer.js';

/** The line the engine ends its text with: sources and date, shown in Slack as a context line instead. */
const SOURCE_LINE = /^(Source: |出典: )/;

/**
 * The prose of an answer without the parts Block Kit shows on their own: `Answer.text` is the title, the
 * lead, one "• label [status]" line (plus an indented detail line) per item, the notes, then the source line.
 * What remains is the lead and the notes. If the text does not have that shape, all of it but the title is kept.
 */
export function answerBody(answer: Answer): string {
  const lines = answer.text.split('\n');
  if (lines[0]?.trim() === answer.title.trim()) lines.shift();
  const last = lines.at(-1);
  if (last !== undefined && SOURCE_LINE.test(last)) lines.pop();
  if (!answer.items.length) return lines.join('\n').trim();
  const kept = lines.filter((line) => !line.startsWith('• ') && !line.startsWith('  '));
  return kept.join('\n').trim();
}
