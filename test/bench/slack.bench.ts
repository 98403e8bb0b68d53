/**
 * Slack HTTP-mode benchmark (issues 5 and 10), in two parts.
 *
 * 1. What users run: the shipped process (`node dist/main.js`) beside a bare Bolt app, each in its own
 *    process (slack-shipped.ts). Builds dist/ first (BENCH_NO_BUILD=1 skips it); BENCH_NODE_ARGS adds
 *    node flags to the shipped process (e.g. "--cpu-prof --cpu-prof-dir=var/prof"); BENCH_ROUNDS and
 *    BENCH_BLOCK size the one-at-a-time part (default 300 rounds, blocks of 10 per side);
 *    BENCH_BEFORE=/path/to/dist/main.js runs another build of the bot as a third process.
 * 2. The service in a child process with four more servers beside it (the explanation rows below):
 *    signed `/deal` requests over loopback to the bot, against bare Bolt apps acking a fixed string. All
 *    these servers live in one child process (the load generator has the other core); rounds rotate
 *    through the servers so each sees the same machine state. BENCH_IN_PROCESS=0 skips it.
 *
 *   npm run bench -- slack     (bounded: about a minute; part 2 is killed at 60 s)
 *
 * Part 2
 * reports, per server: requests/s at 32 in flight (median of rounds), the server's CPU time per request
 * (robust on a busy machine), and p50/p99 one request at a time; then bot/bare ratios (median of the
 * per-round ratios). The bare app of the target is Bolt with its defaults; three more rows explain
 * what is left: a bare app without Bolt's default conversation store (the bot runs without one), the
 * bot with its answer cache off, and a lean bare app acking a Block Kit body the size of the bot's.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { Agent } from 'node:http';
import { fileURLToPath } from 'node:url';
import { buildAll } from './processes.js';
import { type Prepared, prepare, SECRET, send, throughput } from './slack-requests.js';
import { shippedTable } from './slack-shipped.js';

const IN_FLIGHT = 32;
const ROUNDS = 11;
const PER_ROUND = 500;
const SERIAL = 300;

const SERVERS = {
  bot: 'deal-bot (answer in the ack)',
  bare: 'bare Bolt (fixed string)',
  bareLean: 'bare Bolt, no convo store',
  uncached: 'deal-bot, answer cache off',
  bareBlocks: 'bare, no store, same-size body',
} as const;
type Who = keyof typeof SERVERS;
const WHO = Object.keys(SERVERS) as Who[];
type Ports = Record<Who, number>;

async function serve(): Promise<void> {
  const { App, LogLevel } = await import('@slack/bolt');
  const { createSlackService } = await import('../../src/adapters/slack/service.js');
  const { renderAnswer } = await import('../../src/adapters/slack/render-answer.js');
  const { silentLogger } = await import('../../src/ops/logger.js');
  const { FakeSlack } = await import('../fakes/slack/fake-slack.js');
  const { makeBot } = await import('../adapters/slack/harness.js');
  const fake = await FakeSlack.start(); // answers auth.test at start; nothing else is called
  const bot = await makeBot();
  const botOn = async (answerCacheMs?: number) => {
    const service = createSlackService({
      config: { mode: 'http', botToken: 'xoxb-test-token', signingSecret: SECRET, apiUrl: fake.apiUrl },
      bot,
      logger: silentLogger(),
      port: 0,
      host: '127.0.0.1',
      ...(answerCacheMs === undefined ? {} : { answerCacheMs }),
    });
    await service.start();
    return service.address()?.port ?? 0;
  };
  /** The bare app as the issue states it (Bolt's defaults), or lean: without the in-memory
   * conversation store Bolt keeps by default (the bot turns it off), which costs per request. */
  const bareOn = async (body: string | Record<string, unknown>, lean: boolean) => {
    const app = new App({
      token: 'xoxb-test-token',
      signingSecret: SECRET,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: fake.apiUrl },
      ...(lean ? { convoStore: false as const } : {}),
    });
    app.command('/deal', async ({ ack }) => {
      await ack(body);
    });
    const address = (await app.start({ port: 0, host: '127.0.0.1' })).address();
    return typeof address === 'object' && address ? address.port : 0;
  };
  const blocks = {
    response_type: 'ephemeral',
    ...renderAnswer(bot.answer('projects'), { share: { question: 'projects' } }),
  };
  const ports: Ports = {
    bot: await botOn(),
    bare: await bareOn('deal-bot is thinking about it.', false),
    bareLean: await bareOn('deal-bot is thinking about it.', true),
    uncached: await botOn(0),
    bareBlocks: await bareOn(blocks, true),
  };
  process.send?.(ports);
  // Asked around each round: this process's CPU time, so CPU per request can be computed.
  process.on('message', () => {
    const cpu = process.cpuUsage();
    process.send?.({ cpuUs: cpu.user + cpu.system });
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: IN_FLIGHT });

function serverCpuUs(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve((m as { cpuUs: number }).cpuUs));
    child.send('cpu');
  });
}

function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
const median = (xs: number[]) => percentile(xs, 50);
const rotate = (i: number) => WHO.map((_, k) => WHO[(i + k) % WHO.length] as Who);
const series = (): Record<Who, number[]> => ({
  bot: [],
  bare: [],
  bareLean: [],
  uncached: [],
  bareBlocks: [],
});

async function main(): Promise<void> {
  const child = fork(fileURLToPath(import.meta.url), [], {
    env: { ...process.env, SLACK_BENCH_ROLE: 'server' },
    execArgv: process.execArgv,
  });
  const deadline = setTimeout(() => {
    process.stderr.write('slack.bench: over 60 s, stopping\n');
    child.kill();
    process.exit(1);
  }, 60_000);
  try {
    const ports = await new Promise<Ports>((resolve, reject) => {
      child.once('message', (m) => resolve(m as Ports));
      child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
    });
    const reqs = prepare(PER_ROUND);
    for (const who of WHO) await throughput(agent, ports[who], reqs, IN_FLIGHT); // warm-up
    const rps = series();
    const cpu = series();
    for (let round = 0; round < ROUNDS; round++) {
      for (const who of rotate(round)) {
        const before = await serverCpuUs(child);
        rps[who].push(await throughput(agent, ports[who], reqs, IN_FLIGHT));
        cpu[who].push(((await serverCpuUs(child)) - before) / reqs.length);
      }
    }
    const lat = series();
    for (let i = 0; i < SERIAL; i++) {
      for (const who of rotate(i)) {
        const t = performance.now();
        await send(agent, ports[who], reqs[i % reqs.length] as Prepared);
        lat[who].push(performance.now() - t);
      }
    }
    const pairRatio = (xs: number[], ys: number[]) => median(xs.map((x, i) => x / (ys[i] ?? Number.NaN)));
    const f = (n: number, w = 10, d = 2) => n.toFixed(d).padStart(w);
    const out = [
      `Slack HTTP mode: signed /deal over loopback; ${ROUNDS} rotating rounds of ${PER_ROUND} requests at ${IN_FLIGHT} in flight; ${SERIAL} one-at-a-time requests each`,
      `${'server'.padEnd(32)}${'req/s@32'.padStart(10)}${'cpu µs/req'.padStart(11)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}`,
      ...WHO.map(
        (w) =>
          `${SERVERS[w].padEnd(32)}${f(median(rps[w]), 10, 0)}${f(median(cpu[w]), 11, 0)}${f(percentile(lat[w], 50))}${f(percentile(lat[w], 99))}`,
      ),
      ...(
        [
          ['ratio bot / bare (the target)', 'bot', 'bare'],
          ['ratio bot / bare, no store', 'bot', 'bareLean'],
          ['ratio cache off / bare', 'uncached', 'bare'],
          ['ratio bot / same-size bare', 'bot', 'bareBlocks'],
        ] as const
      ).map(
        ([label, w, b]) =>
          `${label.padEnd(32)}${f(pairRatio(rps[w], rps[b]))}${f(pairRatio(cpu[b], cpu[w]), 11)}${f(percentile(lat[w], 50) / percentile(lat[b], 50))}${f(percentile(lat[w], 99) / percentile(lat[b], 99))}`,
      ),
      '(throughput ratios: median of per-round ratios; the cpu column shows bare CPU per request / bot CPU per request)',
      `rounds req/s: ${WHO.map((w) => `${w} ${rps[w].map((x) => x.toFixed(0)).join(' ')}`).join(' | ')}`,
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    clearTimeout(deadline);
    agent.destroy();
    child.kill();
  }
}

if (process.env.SLACK_BENCH_ROLE === 'server') await serve();
else {
  buildAll();
  const lines = await shippedTable({
    rounds: 8,
    perRound: PER_ROUND,
    inFlight: IN_FLIGHT,
    serialRounds: Number(process.env.BENCH_ROUNDS ?? 300),
    block: Number(process.env.BENCH_BLOCK ?? 10),
    group: 50,
    nodeArgs: (process.env.BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean),
    ...(process.env.BENCH_BEFORE ? { before: process.env.BENCH_BEFORE } : {}),
  });
  process.stdout.write(
    `${lines.join('\n')}\n\n## Slack HTTP mode, the service in a child process beside bare apps (not what users run)\n`,
  );
  if (process.env.BENCH_IN_PROCESS !== '0') await main();
}
