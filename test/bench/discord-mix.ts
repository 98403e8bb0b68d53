import type { FakeDiscord } from '../fakes/discord/fake-discord.js';
import { slashCommand } from '../fakes/discord/payloads.js';
import { QUESTION_MIX } from './core-questions.js';
import { percentile } from './stats.js';

/** What users send: every subcommand without options, and the core question mix through /deal ask. */
export const MIX: Array<[string, Record<string, string>]> = [
  ...['projects', 'sectors', 'timeline', 'next', 'sources', 'help', 'who'].map(
    (s): [string, Record<string, string>] => [s, {}],
  ),
  ['who', { name: 'Lutnick' }],
  ...QUESTION_MIX.map((q): [string, Record<string, string>] => ['ask', { question: q.slice(0, 500) }]),
];

/**
 * One interaction, timed from the fake gateway's write of INTERACTION_CREATE to the arrival of the
 * interaction callback at the fake REST (both performance.now() in this process), in milliseconds.
 */
export async function timeOne(fake: FakeDiscord, i: number): Promise<number> {
  const [sub, options] = MIX[i % MIX.length] ?? ['help', {}];
  const payload = slashCommand(sub, options);
  const path = `/interactions/${payload.id}/${payload.token}/callback`;
  const answered = fake.rest.next((r) => r.path === path, 10_000);
  const sent = fake.gateway.dispatch('INTERACTION_CREATE', payload);
  const callback = await answered;
  return callback.at - sent;
}

/** Every callback the bot sent must be a real answer: one embed each. */
export function assertEmbeds(fake: FakeDiscord, name: string): void {
  const bodies = fake.rest.messageBodies();
  if (!bodies.length || !bodies.every((b) => (b.body.embeds as unknown[] | undefined)?.length === 1)) {
    throw new Error(`${name} answered an interaction without an embed`);
  }
}

export interface Row {
  name: string;
  n: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export function row(name: string, xs: readonly number[]): Row {
  const s = [...xs].sort((a, b) => a - b);
  return {
    name,
    n: s.length,
    p50: percentile(s, 50),
    p90: percentile(s, 90),
    p99: percentile(s, 99),
    max: s.at(-1) ?? Number.NaN,
  };
}
