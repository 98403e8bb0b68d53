import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ApplicationCommandOptionType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions, dealCommand } from '../../../src/adapters/discord/command-definition.js';
import { registerCommands } from '../../../src/adapters/discord/register.js';
import { COMMANDS } from '../../../src/core/commands/model.js';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/discord/fake-discord.js';
import { APP_ID, GUILD_ID, TOKEN } from '../../fakes/discord/ids.js';

const execute = promisify(execFile);
const CLI = fileURLToPath(new URL('../../../src/adapters/discord/register-cli.ts', import.meta.url));
/** Runs the CLI from an empty directory (no .env there), with only the given environment. */
function run(env: Record<string, string | undefined>) {
  return execute(process.execPath, ['--import', import.meta.resolve('tsx'), CLI], { env, cwd: tmpdir() });
}
let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(() => fake?.close());

type Sub = {
  type: number;
  name: string;
  description: string;
  description_localizations: { ja: string };
  options?: Array<{
    name: string;
    required: boolean;
    autocomplete?: boolean;
    choices?: unknown[];
    description: string;
  }>;
};

describe('discord command registration', () => {
  it('declares /deal with one subcommand per entry of the core command model', () => {
    const deal = dealCommand();
    const subs = (deal.options ?? []) as Sub[];
    expect(subs.map((s) => s.name)).toEqual(COMMANDS.map((c) => c.name));
    for (const spec of COMMANDS) {
      const sub = subs.find((s) => s.name === spec.name);
      expect(sub?.type).toBe(ApplicationCommandOptionType.Subcommand);
      expect(sub?.description).toBe(spec.description.en);
      expect(sub?.description_localizations.ja).toBe(spec.description.ja);
      expect((sub?.options ?? []).map((o) => o.name).sort()).toEqual(spec.options.map((o) => o.name).sort());
      for (const o of spec.options) {
        const opt = sub?.options?.find((x) => x.name === o.name);
        expect(opt?.required).toBe(o.required);
        expect(opt?.autocomplete ?? false).toBe(o.autocomplete ?? false);
        expect(opt?.choices ?? []).toEqual(o.choices ?? []);
      }
    }
    const find = (name: string) => subs.find((s) => s.name === name)?.options?.map((o) => o.name);
    expect(find('ask')).toEqual(['question']);
    expect(find('who')).toEqual(['name']);
    expect(find('subscribe')).toEqual(['kind', 'cadence', 'day', 'time', 'timezone', 'lang', 'quiet']);
    expect(find('unsubscribe')).toEqual(['kind']);
  });

  it('stays within Discord command limits', () => {
    const deal = dealCommand();
    const nameOk = /^[-_\p{Ll}\p{N}]{1,32}$/u;
    expect(deal.name).toMatch(nameOk);
    expect(deal.description.length).toBeLessThanOrEqual(100);
    const subs = (deal.options ?? []) as Sub[];
    expect(subs.length).toBeLessThanOrEqual(25);
    let chars = deal.name.length + deal.description.length;
    for (const s of subs) {
      expect(s.name).toMatch(nameOk);
      expect(s.description.length).toBeLessThanOrEqual(100);
      expect(s.options?.length ?? 0).toBeLessThanOrEqual(25);
      chars += s.name.length + s.description.length;
      let optional = false;
      for (const o of s.options ?? []) {
        expect(o.name).toMatch(nameOk);
        expect(o.description.length).toBeLessThanOrEqual(100);
        expect(o.autocomplete && o.choices).toBeFalsy();
        if (!o.required) optional = true;
        else expect(optional).toBe(false);
        chars += o.name.length + o.description.length;
      }
    }
    expect(chars).toBeLessThanOrEqual(8000);
  });

  it('PUTs the payload globally, or to one guild when a guild id is given', async () => {
    const global = await registerCommands({ token: TOKEN, applicationId: APP_ID, apiUrl: fake.apiUrl });
    expect(global).toEqual({ scope: 'global', route: `/applications/${APP_ID}/commands`, names: ['deal'] });
    const put = await fake.rest.waitFor(
      (r) => r.method === 'PUT' && r.path === `/applications/${APP_ID}/commands`,
    );
    expect(put.body).toEqual(JSON.parse(JSON.stringify(commandDefinitions())));
    expect(put.authorized).toBe(true);
    const guild = await registerCommands({
      token: TOKEN,
      applicationId: APP_ID,
      apiUrl: fake.apiUrl,
      guildId: GUILD_ID,
    });
    expect(guild.scope).toBe('guild');
    const guildPut = await fake.rest.waitFor(
      (r) => r.path === `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`,
    );
    expect(guildPut.body).toEqual(put.body);
    await registerCommands({
      token: TOKEN,
      applicationId: APP_ID,
      apiUrl: fake.apiUrl,
      guildId: GUILD_ID,
      clear: true,
    });
    expect(fake.rest.requests.at(-1)?.body).toEqual([]);
  });

  it('npm run discord:register talks only to DISCORD_API_URL', async () => {
    const before = fake.rest.requests.length;
    const env = {
      PATH: process.env.PATH,
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_GUILD_ID: GUILD_ID,
      DISCORD_API_URL: fake.apiUrl,
    };
    const out = await run(env);
    expect(out.stdout).toContain('Registered /deal');
    const made = fake.rest.requests.slice(before);
    expect(made.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PUT /applications/${APP_ID}/guilds/${GUILD_ID}/commands`,
    ]);
  });

  it('explains missing configuration and exits non-zero', async () => {
    const env = { PATH: process.env.PATH, DISCORD_API_URL: fake.apiUrl };
    const failed = await run(env).catch((e: { code: number; stderr: string }) => e);
    expect('code' in failed && failed.code).toBe(1);
    expect('stderr' in failed && failed.stderr).toContain('DISCORD_TOKEN');
  });
});
