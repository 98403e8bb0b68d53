import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOT_EVENTS, BOT_SCOPES, buildManifest } from '../../../src/adapters/slack/manifest.js';
import { toJson, toYaml } from '../../../src/adapters/slack/manifest-format.js';

type Manifest = {
  display_information: { description: string; long_description: string };
  features: {
    slash_commands: { command: string; url?: string; usage_hint: string }[];
    app_home: { home_tab_enabled: boolean };
  };
  oauth_config: { scopes: { bot: string[] }; redirect_urls?: string[] };
  settings: {
    socket_mode_enabled: boolean;
    event_subscriptions: { request_url?: string; bot_events: string[] };
    interactivity: { request_url?: string };
  };
};

describe('Slack app manifest', () => {
  it('declares /deal, the scopes and events the adapter uses, and the Home tab', () => {
    const m = buildManifest({ mode: 'http', requestUrl: 'https://bot.example.com/slack/events' }) as Manifest;
    expect(m.features.slash_commands[0]).toMatchObject({
      command: '/deal',
      url: 'https://bot.example.com/slack/events',
    });
    expect(m.features.slash_commands[0]?.usage_hint).toContain('subscribe');
    expect(m.features.app_home.home_tab_enabled).toBe(true);
    expect(m.oauth_config.scopes.bot).toEqual([...BOT_SCOPES]);
    // Installs in other workspaces (OAuth) come back to Bolt's installer on the same host.
    expect(m.oauth_config.redirect_urls).toEqual(['https://bot.example.com/slack/oauth_redirect']);
    expect(m.settings.event_subscriptions.bot_events).toEqual([...BOT_EVENTS]);
    expect(m.settings.interactivity.request_url).toBe('https://bot.example.com/slack/events');
    expect(m.settings.socket_mode_enabled).toBe(false);
    // Slack refuses descriptions outside these lengths.
    expect(m.display_information.description.length).toBeLessThanOrEqual(140);
    expect(m.display_information.long_description.length).toBeGreaterThanOrEqual(174);
  });

  it('has no request URLs in the Socket Mode variant', () => {
    const m = buildManifest({ mode: 'socket' }) as Manifest;
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(m)).not.toContain('request_url');
    expect(m.features.slash_commands[0]?.url).toBeUndefined();
  });

  it('matches the committed JSON and YAML files (run `npm run slack:manifest` after changing commands)', () => {
    for (const mode of ['http', 'socket'] as const) {
      const manifest = buildManifest({ mode });
      const base = `src/adapters/slack/manifest.${mode}`;
      expect(JSON.parse(readFileSync(`${base}.json`, 'utf8'))).toEqual(manifest);
      expect(readFileSync(`${base}.json`, 'utf8')).toBe(toJson(manifest));
      expect(readFileSync(`${base}.yaml`, 'utf8')).toBe(toYaml(manifest));
    }
  });

  it('writes YAML and JSON that read back as the same values', () => {
    const value = {
      a: { b: ['x', 'y: z'], c: [{ d: true, e: 'f "g"', h: 'i \\ "j" \'k\'' }] },
      n: 1,
      empty: [],
    };
    expect(toYaml(value)).toBe(
      'a:\n  b:\n    - "x"\n    - "y: z"\n  c:\n    - d: true\n      e: \'f "g"\'\n      h: "i \\\\ \\"j\\" \'k\'"\nn: 1\nempty: []\n',
    );
    expect(JSON.parse(toJson(value))).toEqual(value);
  });
});
