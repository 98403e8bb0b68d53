import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordService } from '../../../src/adapters/discord/service.js';
import { Bot, fixedEngine } from '../../../src/app/bot.js';
import { silentLogger } from '../../../src/ops/logger.js';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/discord/fake-discord.js';
import { APP_ID, TOKEN } from '../../fakes/discord/ids.js';
import { NOW, realEngine } from './harness.js';

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function service(readyTimeoutMs = 5000) {
  fake = await startFakeDiscord({ heartbeatMs: 500 });
  const bot = new Bot({ engines: fixedEngine(realEngine()), clock: () => NOW });
  const config = { token: TOKEN, applicationId: APP_ID, apiUrl: fake.apiUrl };
  return { fake, discord: createDiscordService({ config, bot, logger: silentLogger(), readyTimeoutMs }) };
}

describe('discord start-up failures say what to fix', () => {
  it('starts, reports ready, and stops', async () => {
    const { discord } = await service();
    expect(discord.ready()).toBe(false);
    await discord.start();
    expect(discord.ready()).toBe(true);
    await discord.stop();
    expect(discord.ready()).toBe(false);
  });

  it('a refused token (401 on /gateway/bot)', async () => {
    const { fake, discord } = await service();
    fake.rest.script({
      method: 'GET',
      path: /^\/gateway\/bot$/,
      status: 401,
      body: { code: 0, message: '401: Unauthorized' },
    });
    await expect(discord.start()).rejects.toThrow(/DISCORD_TOKEN \(401\)/);
  });

  it.each([
    [4004, /DISCORD_TOKEN \(4004\)/],
    [4014, /privileged intent \(4014\)/],
  ])('a gateway closed with %i', async (code, message) => {
    const { fake, discord } = await service();
    fake.gateway.closeOnIdentify = code;
    await expect(discord.start()).rejects.toThrow(message);
    expect(discord.ready()).toBe(false);
  });

  it('no READY in time', async () => {
    const { fake, discord } = await service(400);
    fake.gateway.withholdReady = true;
    await expect(discord.start()).rejects.toThrow(/not ready within 400 ms/);
  });
});
