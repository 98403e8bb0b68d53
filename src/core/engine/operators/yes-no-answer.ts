import type { EventNow } from '../../knowledge/view.js';
import type { OperatorInput } from './operator.js';

/** What the yes/no checks share: how a Yes/No lead is written, and the records a question names outright. */

export const gapOf = (input: OperatorInput) => (input.ctx.lang === 'ja' ? '' : ' ');
export const listOf = (input: OperatorInput, names: string[]) =>
  names.join(input.ctx.lang === 'ja' ? '、' : ', ');

/** "Yes." or "No." and the sentences after it. */
export function lead(input: OperatorInput, yes: boolean, ...sentences: string[]): string {
  const { m } = input;
  return [yes ? m.yes : m.no, ...sentences].filter(Boolean).join(gapOf(input));
}

/** The question's mentions of a type, named in full (not a number, not a word of a name). */
export const named = (input: OperatorInput, type: string) =>
  input.q.focus.filter((x) => x.entity.type === type && !x.partial && !/^\d/.test(x.alias));

/** The event a question names outright (not only a word of its name). */
export function eventNamed(input: OperatorInput): EventNow | undefined {
  for (const x of named(input, 'event')) {
    const e = input.ctx.kb.events.get(x.entity.id);
    if (e) return e;
  }
  return undefined;
}
