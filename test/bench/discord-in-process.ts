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
import { assertEmbeds, type Row, row, timeOne } from './discord-mix.js';

/**
 * The Discord service alone, in this process (no logging, metrics, store or scheduler), beside a bare
 * discord.js client in the same process, taking turns interaction by interaction. This isolates the
 * adapter and the engine; it is not what users run (see the shipped-process table).
 */
export async function inProcessRows(samples: number, warmup: number): Promise<Row[]> {
  const parsed = parseFactBaseText(readFileSync('data/factbase.json', 'utf8'));
  if (!parsed.ok) throw new Error('data/factbase.json is invalid: run npm run facts:check');
  const now = new Date('2026-02-12T15:00:00Z');
  const bot = new Bot({ engines: fixedEngine(createEngine(parsed.value)), clock: () => now });

  const startBot = async (answerCacheSize: number) => {
    const fake = await startFakeDiscord({ heartbeatMs: 41_250 });
    const service = createDiscordService({
      config: { token: TOKEN, applicationId: APP_ID, apiUrl: fake.apiUrl },
      bot,
      logger: silentLogger(),
      clock: () => now,
      answerCacheSize,
    });
    await service.start();
    return { fake, stop: () => service.stop() };
  };
  const startBare = async () => {
    const fake = await startFakeDiscord({ heartbeatMs: 41_250 });
    const client: Client = createDiscordClient({ apiUrl: fake.apiUrl });
    client.on(Events.InteractionCreate, (interaction) => {
      if (interaction.isChatInputCommand()) void interaction.reply({ content: 'ok' });
    });
    const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
    await client.login(TOKEN);
    await ready;
    return { fake, stop: () => client.destroy() };
  };

  const sides: Array<{ name: string; fake: FakeDiscord; stop: () => Promise<void>; times: number[] }> = [
    { name: 'in-process service, answer cache on', ...(await startBot(500)), times: [] },
    { name: 'in-process service, answer cache off', ...(await startBot(0)), times: [] },
    { name: 'in-process bare discord.js', ...(await startBare()), times: [] },
  ];
  for (let i = 0; i < warmup; i++) for (const side of sides) await timeOne(side.fake, i);
  for (let i = 0; i < samples; i++) {
    for (let k = 0; k < sides.length; k++) {
      const side = sides[(i + k) % sides.length];
      if (side) side.times.push(await timeOne(side.fake, i));
    }
  }
  for (const side of sides.slice(0, 2)) assertEmbeds(side.fake, side.name);
  for (const side of sides) {
    await side.stop();
    await side.fake.close();
  }
  return sides.map((side) => row(side.name, side.times));
}
