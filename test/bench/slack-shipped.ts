import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FakeSlack } from '../fakes/slack/fake-slack.js';
import { BENCH_BUILT, cleanEnv, freePort, type Spawned, spawnNode } from './processes.js';
import { type Prepared, prepare, SECRET, send, throughput } from './slack-requests.js';
import { ms, percentile } from './stats.js';

/**
 * What users run in Slack HTTP mode: the shipped process (`node dist/main.js`: logging at info to a
 * pipe, metrics, the state store, the scheduler, health routes on the same server) beside a bare Bolt
 * app with Bolt's defaults acking a fixed string, each in its own process. Throughput at 32 in flight
 * in rotating rounds (with each process's CPU per request), then one request at a time in alternating
 * blocks. Returns the table as lines of Markdown.
 */
export async function shippedTable(options: {
  rounds: number;
  perRound: number;
  block: number;
  inFlight: number;
  nodeArgs: string[];
}): Promise<string[]> {
  const { rounds, perRound, block, inFlight } = options;
  const fake = await FakeSlack.start(); // answers auth.test at start; nothing else is called
  const dir = mkdtempSync(join(tmpdir(), 'deal-bot-bench-'));
  const agent = new Agent({ keepAlive: true, maxSockets: inFlight });
  const processes: Spawned[] = [];
  try {
    const slackEnv = {
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
    };
    const botPort = await freePort();
    processes.push(
      await spawnNode('deal-bot', [...options.nodeArgs, resolve('dist/main.js')], {
        cwd: dir, // no .env there: only what is given here configures it
        env: cleanEnv({
          ...slackEnv,
          PORT: String(botPort),
          HOST: '127.0.0.1',
          FACTS_PATH: resolve('data/factbase.json'),
          STATE_PATH: join(dir, 'state.json'),
        }),
        ready: /"msg":"deal-bot started"/,
      }),
    );
    const barePort = await freePort();
    processes.push(
      await spawnNode('bare Bolt', [resolve(BENCH_BUILT, 'bare-slack-app.js')], {
        env: cleanEnv({ ...slackEnv, PORT: String(barePort) }),
        ready: /^ready$/,
      }),
    );
    const sides = [
      { name: 'deal-bot, node dist/main.js', port: botPort, proc: processes[0] as Spawned },
      { name: 'bare Bolt (defaults), own process', port: barePort, proc: processes[1] as Spawned },
    ];
    const reqs = prepare(perRound);
    // Every answer of the bot must be a real one: Block Kit with the answer, not an apology.
    const first = await send(agent, botPort, reqs[0] as Prepared);
    if (!first.includes('"blocks"')) throw new Error(`deal-bot did not answer with blocks: ${first}`);
    for (const side of sides) await throughput(agent, side.port, reqs, inFlight); // warm-up

    const rps = sides.map(() => [] as number[]);
    const cpu = sides.map(() => [] as number[]);
    const lat = sides.map(() => [] as number[]);
    const roundP99 = [] as number[];
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
    for (let round = 0; round < rounds; round++) {
      const perSide = sides.map(() => [] as number[]);
      for (let k = 0; k < sides.length; k++) {
        const i = (round + k) % sides.length;
        const side = sides[i];
        if (!side) continue;
        for (let n = 0; n < block; n++) {
          const t = performance.now();
          await send(agent, side.port, reqs[n % reqs.length] as Prepared);
          perSide[i]?.push(performance.now() - t);
        }
      }
      perSide.forEach((xs, i) => {
        lat[i]?.push(...xs);
      });
      const p99 = perSide.map((xs) =>
        percentile(
          [...xs].sort((a, b) => a - b),
          99,
        ),
      );
      roundP99.push((p99[0] ?? Number.NaN) / (p99[1] ?? Number.NaN));
    }

    const med = (xs: number[]) =>
      percentile(
        [...xs].sort((a, b) => a - b),
        50,
      );
    const pct = (xs: number[], p: number) =>
      percentile(
        [...xs].sort((a, b) => a - b),
        p,
      );
    const bareRps = med(rps[1] ?? []);
    const bareP50 = pct(lat[1] ?? [], 50);
    const bareP99 = pct(lat[1] ?? [], 99);
    const lines = [
      `## Slack HTTP mode, the shipped process (${rounds} rotating rounds of ${perRound} requests at ${inFlight} in flight; ${rounds} × ${block} one at a time per side, alternating blocks)`,
      '| process | req/s at 32 in flight | CPU per request | p50 one at a time | p99 one at a time | req/s / bare | p50 / bare | p99 / bare |',
      '|---|---|---|---|---|---|---|---|',
      ...sides.map((side, i) => {
        const cpuUs = med(cpu[i] ?? []);
        const p50 = pct(lat[i] ?? [], 50);
        const p99 = pct(lat[i] ?? [], 99);
        return `| ${side.name} | ${med(rps[i] ?? []).toFixed(0)} | ${Number.isNaN(cpuUs) ? '–' : `${cpuUs.toFixed(0)} µs`} | ${ms(p50)} ms | ${ms(p99)} ms | ${(med(rps[i] ?? []) / bareRps).toFixed(2)} | ${(p50 / bareP50).toFixed(2)} | ${(p99 / bareP99).toFixed(2)} |`;
      }),
      '',
      `Per-round p99 ratio, median (min–max): ${med(roundP99).toFixed(2)} (${Math.min(...roundP99).toFixed(2)}–${Math.max(...roundP99).toFixed(2)}). Throughput rounds (req/s): ${sides.map((s, i) => `${s.name}: ${(rps[i] ?? []).map((x) => x.toFixed(0)).join(' ')}`).join('; ')}.`,
    ];
    return lines;
  } finally {
    for (const p of processes) await p.stop();
    agent.destroy();
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
