import { readFileSync } from 'node:fs';
import { type Client, Events } from 'discord.js';
import { createDiscordClient } from '../../src/adapters/discord/client.js';
import { createDiscordService } from '../../src/adapters/discord/service.js';
import { Bot, fixedEngine } from '../../src/app/bot.js';
import { createEngine } from '../../src/core/engine/engine.js';
import { parseFactBaseText } from '../../src/core/factbase/parse.js';
import { silentLogger } from '../../src/ops/logger.js';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/fake-discord.js';
import { APP_ID, TOKEN } from '../fakes/discord/ids.js';
import { slashCommand } from '../fakes/discord/payloads.js';
import { QUESTION_MIX } from './core-questions.js';
import { ms, percentile } from './stats.js';

/**
 * The Discord benchmark (issue 5): interactions dispatched by the fake gateway and answered through
 * the callback endpoint, timed from the gateway write to the callback's arrival at the fake REST.
 * The bot (real engine, embeds, buttons) and a bare discord.js client replying a fixed string run in
 * the same process, on the same harness, taking turns interaction by interaction so all see the same load.
 */

const SAMPLES = 3000;
const WARMUP = 300;
const DEADLINE_MS = 50_000;

const parsed = parseFactBaseText(readFileSync('data/factbase.json', 'utf8'));
if (!parsed.ok) throw new Error('data/factbase.json is invalid: run npm run facts:check');
const now = new Date('2026-02-12T15:00:00Z');
const bot = new Bot({ engines: fixedEngine(createEngine(parsed.value)), clock: () => now });

/** What users send: every subcommand without options, and the core question mix through /deal ask. */
const MIX: Array<[string, Record<string, string>]> = [
  ...['projects', 'sectors', 'timeline', 'next', 'sources', 'help', 'who'].map(
    (s): [string, Record<string, string>] => [s, {}],
  ),
  ['who', { name: 'Lutnick' }],
  ...QUESTION_MIX.map((q): [string, Record<string, string>] => ['ask', { question: q.slice(0, 500) }]),
];

async function timeOne(fake: FakeDiscord, i: number): Promise<number> {
  const [sub, options] = MIX[i % MIX.length] ?? ['help', {}];
  const payload = slashCommand(sub, options);
  const path = `/interactions/${payload.id}/${payload.token}/callback`;
  const answered = fake.rest.next((r) => r.path === path, 10_000);
  const sent = fake.gateway.dispatch('INTERACTION_CREATE', payload);
  const callback = await answered;
  return callback.at - sent;
}

async function startBot(answerCacheSize: number): Promise<{ fake: FakeDiscord; stop: () => Promise<void> }> {
  const fake = await startFakeDiscord({ heartbeatMs: 5000 });
  const service = createDiscordService({
    config: { token: TOKEN, applicationId: APP_ID, apiUrl: fake.apiUrl },
    bot,
    logger: silentLogger(),
    clock: () => now,
    answerCacheSize,
  });
  await service.start();
  const stop = async () => {
    await service.stop();
    await fake.close();
  };
  return { fake, stop };
}

async function startBare(): Promise<{ fake: FakeDiscord; stop: () => Promise<void> }> {
  const fake = await startFakeDiscord({ heartbeatMs: 5000 });
  const client: Client = createDiscordClient({ apiUrl: fake.apiUrl });
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) void interaction.reply({ content: 'ok' });
  });
  const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(TOKEN);
  await ready;
  const stop = async () => {
    await client.destroy();
    await fake.close();
  };
  return { fake, stop };
}

const started = Date.now();
const sides = [
  { name: 'deal-bot (answer cache on, the default)', ...(await startBot(500)), times: [] as number[] },
  { name: 'deal-bot (answer cache off)', ...(await startBot(0)), times: [] as number[] },
  { name: 'bare discord.js (fixed string)', ...(await startBare()), times: [] as number[] },
];
for (let i = 0; i < WARMUP; i++) for (const side of sides) await timeOne(side.fake, i);
// One interaction per side in turn (order rotating), so bursts of machine noise hit every side alike.
for (let i = 0; i < SAMPLES && Date.now() - started < DEADLINE_MS; i++) {
  for (let k = 0; k < sides.length; k++) {
    const side = sides[(i + k) % sides.length];
    if (side) side.times.push(await timeOne(side.fake, i));
  }
}
// Every bot callback must be a real answer: one embed each.
for (const side of sides.slice(0, 2)) {
  if (!side.fake.rest.messageBodies().every((b) => (b.body.embeds as unknown[] | undefined)?.length === 1)) {
    throw new Error(`${side.name} answered an interaction without an embed`);
  }
}
for (const side of sides) await side.stop();

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: percentile(s, 50),
    p90: percentile(s, 90),
    p99: percentile(s, 99),
    max: s.at(-1) ?? NaN,
  };
};
const [cached, uncached, bare] = sides.map((side) => ({ name: side.name, ...stats(side.times) }));
if (!cached || !uncached || !bare) throw new Error('missing side');
console.log('## Discord: gateway dispatch → interaction callback (ms, %d interactions each)', bare.n);
console.log('| | p50 | p90 | p99 | max | p50 / bare | p99 / bare |');
console.log('|---|---|---|---|---|---|---|');
for (const r of [cached, uncached, bare]) {
  console.log(
    `| ${r.name} | ${ms(r.p50)} | ${ms(r.p90)} | ${ms(r.p99)} | ${ms(r.max)} | ${(r.p50 / bare.p50).toFixed(2)} | ${(r.p99 / bare.p99).toFixed(2)} |`,
  );
}
const verdict = (r: typeof bare) =>
  `${r.p99 / bare.p99 <= 1.2 && r.p99 <= 20 && bare.p99 <= 20 ? 'met' : 'NOT met'} (p99 ${ms(r.p99)} ms vs bare ${ms(bare.p99)} ms, ratio ${(r.p99 / bare.p99).toFixed(2)})`;
console.log(
  `\nTarget (bot p99 ≤ 1.2 × bare p99, both ≤ 20 ms): cache on ${verdict(cached)}; cache off ${verdict(uncached)}.`,
);
console.log(
  `The mix repeats ${MIX.length} commands and questions, so with the cache on most answers are hits; "cache off" is the cost of answering every interaction afresh. ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);
