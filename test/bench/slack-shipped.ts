import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { alternate, spread } from './alternating.js';
import { BENCH_BUILT, cleanEnv, freePort, type Spawned, spawnNode } from './processes.js';
import { type Prepared, prepare, SECRET, send, throughput } from './slack-requests.js';
import { ms, percentile } from './stats.js';

export interface ShippedOptions {
  /** Throughput rounds at `inFlight` requests outstanding, `perRound` requests each. */
  rounds: number;
  perRound: number;
  inFlight: number;
  /** One-at-a-time: `serialRounds` rounds of `block` requests per side, alternating. */
  serialRounds: number;
  block: number;
  group: number;
  nodeArgs: string[];
  /** Another build of the bot (its dist/main.js), run as a third process in the same rounds. */
  before?: string;
}

/**
 * What users run in Slack HTTP mode: the shipped process (`node dist/main.js`: logging at info to a
 * pipe, metrics, the state store, the scheduler, health routes on the same server) beside a bare Bolt
 * app with Bolt's defaults acking a fixed string, each in its own process. Throughput at 32 in flight
 * in rotating rounds (with each process's CPU per request), then one request at a time in alternating
 * blocks. Returns the table as lines of Markdown.
 */
export async function shippedTable(options: ShippedOptions): Promise<string[]> {
  const { rounds, perRound, inFlight } = options;
  const fake = await FakeSlack.start(); // answers auth.test at start; nothing else is called
  const dir = mkdtempSync(join(tmpdir(), 'deal-bot-bench-'));
  const agent = new Agent({ keepAlive: true, maxSockets: inFlight });
  const processes: Spawned[] = [];
  const slackEnv = {
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
  };
  const startBot = async (name: string, main: string) => {
    const port = await freePort();
    const proc = await spawnNode(name, [...options.nodeArgs, main], {
      cwd: dir, // no .env there: only what is given here configures it
      env: cleanEnv({
        ...slackEnv,
        PORT: String(port),
        HOST: '127.0.0.1',
        FACTS_PATH: resolve('data/factbase.json'),
        STATE_PATH: join(dir, `state-${processes.length}.json`),
      }),
      ready: /"msg":"deal-bot started"/,
    });
    processes.push(proc);
    return { name, port, proc };
  };
  try {
    const sides = [await startBot('deal-bot, node dist/main.js', resolve('dist/main.js'))];
    if (options.before)
      sides.push(await startBot(`deal-bot before (${options.before})`, resolve(options.before)));
    const barePort = await freePort();
    const bare = await spawnNode('bare Bolt', [resolve(BENCH_BUILT, 'bare-slack-app.js')], {
      env: cleanEnv({ ...slackEnv, PORT: String(barePort) }),
      ready: /^ready$/,
    });
    processes.push(bare);
    sides.push({ name: 'bare Bolt (defaults), own process', port: barePort, proc: bare });

    const reqs = prepare(perRound);
    // Every answer of a bot must be a real one: Block Kit with the answer, not an apology.
    for (const side of sides.slice(0, -1)) {
      const first = await send(agent, side.port, reqs[0] as Prepared);
      if (!first.includes('"blocks"')) throw new Error(`${side.name} did not answer with blocks: ${first}`);
    }
    for (const side of sides) await throughput(agent, side.port, reqs, inFlight); // warm-up

    const rps = sides.map(() => [] as number[]);
    const cpu = sides.map(() => [] as number[]);
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < sides.length; k++) {
        const i = (round + k) % sides.length;
        const side = sides[i];
        if (!side) continue;
        const before = side.proc.cpuMicros();
        rps[i]?.push(await throughput(agent, side.port, reqs, inFlight));
        cpu[i]?.push((side.proc.cpuMicros() - before) / reqs.length);
      }
    }
    const serial = await alternate(
      sides.map((side) => ({
        timeOne: async (n: number) => {
          const t = performance.now();
          await send(agent, side.port, reqs[n % reqs.length] as Prepared);
          return performance.now() - t;
        },
      })),
      { rounds: options.serialRounds, block: options.block, groupRounds: options.group },
    );

    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    const med = (xs: number[]) => percentile(sorted(xs), 50);
    const last = sides.length - 1;
    const bareRps = med(rps[last] ?? []);
    const bareLat = sorted(serial.times[last] ?? []);
    const lines = [
      `## Slack HTTP mode, the shipped process (${rounds} rotating rounds of ${perRound} requests at ${inFlight} in flight; one at a time: ${options.serialRounds} rounds, blocks of ${options.block} per side alternating)`,
      '| process | req/s at 32 in flight | CPU per request | p50 one at a time | p99 one at a time | req/s / bare | p50 / bare | p99 / bare |',
      '|---|---|---|---|---|---|---|---|',
      ...sides.map((side, i) => {
        const cpuUs = med(cpu[i] ?? []);
        const lat = sorted(serial.times[i] ?? []);
        const [p50, p99] = [percentile(lat, 50), percentile(lat, 99)];
        return `| ${side.name} | ${med(rps[i] ?? []).toFixed(0)} | ${Number.isNaN(cpuUs) ? '–' : `${cpuUs.toFixed(0)} µs`} | ${ms(p50)} ms | ${ms(p99)} ms | ${(med(rps[i] ?? []) / bareRps).toFixed(2)} | ${(p50 / percentile(bareLat, 50)).toFixed(2)} | ${(p99 / percentile(bareLat, 99)).toFixed(2)} |`;
      }),
      '',
      `One-at-a-time ratios to bare per ${options.group} rounds, median (min–max):`,
      ...sides.slice(0, -1).map((side, i) => {
        const of = serial.groups.map((g) => g[i] ?? { p50: Number.NaN, p99: Number.NaN });
        return `- ${side.name}: p50 ${spread(of.map((x) => x.p50))}, p99 ${spread(of.map((x) => x.p99))}`;
      }),
      `Throughput rounds (req/s): ${sides.map((s, i) => `${s.name}: ${(rps[i] ?? []).map((x) => x.toFixed(0)).join(' ')}`).join('; ')}.`,
    ];
    return lines;
  } finally {
    for (const p of processes) await p.stop();
    agent.destroy();
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
