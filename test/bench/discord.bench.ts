import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/fake-discord.js';
import { APP_ID, TOKEN } from '../fakes/discord/ids.js';
import { alternate, spread } from './alternating.js';
import { inProcessRows } from './discord-in-process.js';
import { assertEmbeds, MIX, type Row, row, timeOne } from './discord-mix.js';
import { BENCH_BUILT, buildAll, cleanEnv, type Spawned, spawnNode } from './processes.js';
import { ms } from './stats.js';

/**
 * The Discord benchmark (issue 10): what users run. The shipped process (`node dist/main.js`, as the
 * Docker image runs it: logging at info to a pipe, metrics, the state store, the scheduler) and a bare
 * discord.js client replying a fixed string, each in its own process against its own loopback fake
 * Discord. One interaction at a time, timed from the fake gateway's dispatch to the callback's arrival
 * at the fake REST, in alternating blocks (the order rotating each round) so machine noise hits both.
 *
 *   npm run bench -- discord
 *   BENCH_ROUNDS=600 BENCH_BLOCK=10     rounds and block size (the defaults: 6,000 interactions a side;
 *                                       short blocks share a busy machine's bursts out evenly)
 *   BENCH_GROUP=100                     rounds per group for the spread of the ratios
 *   BENCH_BEFORE=/path/to/dist/main.js  a third process: another build of the bot (before a change),
 *                                       measured in the same alternation
 *   BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=var/prof"   extra node flags for the shipped process
 *   BENCH_BARE_NODE_ARGS="…"            the same for the bare client
 *   BENCH_BOT_ENV="LOG_LEVEL=warn SCHEDULER=off"          extra variables for the shipped process
 *   BENCH_IN_PROCESS=0                  skip the second table (the service in this process)
 *   BENCH_NO_BUILD=1                    use dist/ and var/bench-build as they are
 *   BENCH_CHILD_LOG=/tmp/child          append each child's output to /tmp/child.<name> (with --trace-gc, say)
 */

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 600);
const BLOCK = Number(process.env.BENCH_BLOCK ?? 10);
const GROUP = Number(process.env.BENCH_GROUP ?? 100);
const WARMUP = 500;
const words = (v: string | undefined) => (v ?? '').split(/\s+/).filter(Boolean);

buildAll();
const started = Date.now();
const dir = mkdtempSync(join(tmpdir(), 'deal-bot-bench-'));
const extraEnv = Object.fromEntries(words(process.env.BENCH_BOT_ENV).map((kv) => kv.split('=', 2)));
const nodeArgs = words(process.env.BENCH_NODE_ARGS);
const fakes: FakeDiscord[] = [];
const processes: Spawned[] = [];

/** A build of the bot (`main`) in its own process, against its own fake Discord. */
async function startBot(name: string, main: string) {
  const fake = await startFakeDiscord({ heartbeatMs: 41_250 });
  fakes.push(fake);
  const proc = await spawnNode(name, [...nodeArgs, main], {
    cwd: dir, // no .env there: only what is given here configures it
    env: cleanEnv({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: fake.apiUrl,
      FACTS_PATH: resolve('data/factbase.json'),
      STATE_PATH: join(dir, `state-${fakes.length}.json`),
      ...extraEnv,
    }),
    ready: /"msg":"deal-bot started"/,
  });
  processes.push(proc);
  return { name, fake, proc };
}

try {
  const sides = [await startBot('deal-bot, node dist/main.js', resolve('dist/main.js'))];
  const before = process.env.BENCH_BEFORE;
  if (before) sides.push(await startBot(`deal-bot before (${before})`, resolve(before)));
  const bareFake = await startFakeDiscord({ heartbeatMs: 41_250 });
  fakes.push(bareFake);
  const bare = await spawnNode(
    'bare discord.js',
    [...words(process.env.BENCH_BARE_NODE_ARGS), resolve(BENCH_BUILT, 'bare-discord-client.js')],
    { env: cleanEnv({ DISCORD_API_URL: bareFake.apiUrl, DISCORD_TOKEN: TOKEN }), ready: /^ready$/ },
  );
  processes.push(bare);
  sides.push({ name: 'bare discord.js, own process', fake: bareFake, proc: bare });

  for (let i = 0; i < WARMUP; i++) for (const side of sides) await timeOne(side.fake, i);
  const result = await alternate(
    sides.map((side) => ({ timeOne: (i: number) => timeOne(side.fake, i), cpuMicros: side.proc.cpuMicros })),
    { rounds: ROUNDS, block: BLOCK, groupRounds: GROUP },
  );
  for (const side of sides.slice(0, -1)) assertEmbeds(side.fake, side.name);

  const rows = sides.map((side, i) => row(side.name, result.times[i] ?? []));
  const bareRow = rows.at(-1) as Row;
  const cpuOf = (i: number) => {
    const us = result.cpuPerSample[i] ?? Number.NaN;
    return Number.isNaN(us) ? '–' : `${us.toFixed(0)} µs`;
  };
  console.log(
    `## Discord, the shipped process: gateway dispatch → interaction callback (ms; ${ROUNDS} rounds, blocks of ${BLOCK} per side alternating; ${bareRow.n} interactions each)`,
  );
  console.log('| process | p50 | p90 | p99 | max | CPU per interaction | p50 / bare | p99 / bare |');
  console.log('|---|---|---|---|---|---|---|---|');
  rows.forEach((r, i) => {
    console.log(
      `| ${r.name} | ${ms(r.p50)} | ${ms(r.p90)} | ${ms(r.p99)} | ${ms(r.max)} | ${cpuOf(i)} | ${(r.p50 / bareRow.p50).toFixed(2)} | ${(r.p99 / bareRow.p99).toFixed(2)} |`,
    );
  });
  console.log(
    `\nRatios to bare per ${GROUP} rounds (${GROUP * BLOCK} interactions a side), median (min–max):`,
  );
  rows.slice(0, -1).forEach((r, i) => {
    const of = result.groups.map((g) => g[i] ?? { p50: Number.NaN, p99: Number.NaN });
    console.log(`- ${r.name}: p50 ${spread(of.map((x) => x.p50))}, p99 ${spread(of.map((x) => x.p99))}`);
  });
  const bot = rows[0] as Row;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `\nTarget (shipped p99 ≤ 1.2 × bare p99): ${bot.p99 / bareRow.p99 <= 1.2 ? 'met' : 'NOT met'} (${ms(bot.p99)} vs ${ms(bareRow.p99)} ms, ${(bot.p99 / bareRow.p99).toFixed(2)}). Mix of ${MIX.length} commands and questions; ${nodeArgs.length ? `node ${nodeArgs.join(' ')}; ` : ''}${Object.keys(extraEnv).length ? `env ${process.env.BENCH_BOT_ENV}; ` : ''}${seconds} s.`,
  );
} finally {
  for (const p of processes) await p.stop();
  for (const f of fakes) await f.close();
  rmSync(dir, { recursive: true, force: true });
}

if (process.env.BENCH_IN_PROCESS !== '0') {
  const rows = await inProcessRows(1500, 300);
  const bare = rows.at(-1) as Row;
  console.log(
    '\n## Discord, in this process (the service alone: no logging, metrics, store or scheduler; not what users run)',
  );
  console.log('| client | p50 | p90 | p99 | max | p50 / bare | p99 / bare |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.name} | ${ms(r.p50)} | ${ms(r.p90)} | ${ms(r.p99)} | ${ms(r.max)} | ${(r.p50 / bare.p50).toFixed(2)} | ${(r.p99 / bare.p99).toFixed(2)} |`,
    );
}
