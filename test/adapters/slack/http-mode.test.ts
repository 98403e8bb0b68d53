import { describe, expect, it } from 'vitest';
import { form, slashCommand } from '../../fakes/slack/payloads.js';
import { postSigned } from '../../fakes/slack/signer.js';
import { BOT_TOKEN, SECRET, slackSuite } from './harness.js';

type Block = { type: string; text?: { text: string }; elements?: { action_id?: string; value?: string }[] };

describe('Slack HTTP mode: signed slash commands', () => {
  const suite = slackSuite({
    ackBudgetMs: 150,
    customRoutes: [
      {
        path: '/healthz',
        method: 'GET',
        handler: (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('ok');
        },
      },
    ],
  });
  const subs = suite.subs;

  const command = (text: string, id = 'cmd') => ({
    form: form(slashCommand({ text, responseUrl: suite.fake.responseUrl(id) })),
  });

  it('calls auth.test once at start, with the bot token, and nothing else', () => {
    expect(suite.fake.calls.map((c) => c.method)).toEqual(['auth.test']);
    expect(suite.fake.calls[0]?.token).toBe(BOT_TOKEN);
    expect(suite.started.service.ready()).toBe(true);
  });

  it('answers /deal projects in the acknowledgement itself: ephemeral Block Kit with a text fallback', async () => {
    const res = await postSigned(suite.started.eventsUrl, SECRET, command('projects', 'fast'));
    expect(res.status).toBe(200);
    const body = res.json() as { response_type: string; text: string; blocks: Block[] };
    const expected = suite.bot.answer('projects', { platform: 'slack' });
    expect(expected.intent).toBe('projects.list');
    expect(body.response_type).toBe('ephemeral');
    expect(body.text.length).toBeGreaterThan(0);
    expect(body.blocks[0]).toMatchObject({ type: 'header', text: { text: expected.title } });
    const sections = body.blocks.filter((b) => b.type === 'section').map((b) => b.text?.text ?? '');
    for (const item of expected.items) {
      const shown = sections.find((s) => s.includes(item.label.slice(0, 20)));
      expect(shown).toBeDefined();
      expect(shown).toContain(item.statusLabel ?? '');
    }
    expect(sections.join('\n')).toContain('reported, not confirmed');
    expect(body.blocks.some((b) => b.type === 'context')).toBe(true);
    const buttons = body.blocks.find((b) => b.type === 'actions')?.elements ?? [];
    expect(buttons.map((b) => b.action_id)).toContain('deal_share');
    expect(buttons.filter((b) => b.action_id?.startsWith('deal_followup_')).length).toBe(
      expected.suggestions.length,
    );
    // The fast path: nothing went through response_url or the Web API.
    expect(suite.fake.responses.filter((r) => r.id === 'fast')).toEqual([]);
  });

  it('answers a free question and an empty /deal (help) in the ack', async () => {
    const q = await postSigned(suite.started.eventsUrl, SECRET, command('who is Akazawa?'));
    expect(q.json().response_type).toBe('ephemeral');
    const empty = await postSigned(suite.started.eventsUrl, SECRET, command(''));
    expect(empty.status).toBe(200);
    expect((empty.json().blocks as Block[]).length).toBeGreaterThan(1);
  });

  it('runs /deal subscribe for the channel it was typed in, answering in the ack when the store is quick', async () => {
    const res = await postSigned(suite.started.eventsUrl, SECRET, command('subscribe reminders'));
    expect(res.status).toBe(200);
    expect(res.json().text).toContain('Subscribed');
    expect(subs.byKey.get('slack:T0TEST:C0GENERAL')?.reminders).toBe(true);
  });

  it('acks at once and answers through response_url when the store is slow', async () => {
    subs.latencyMs = 400;
    try {
      const res = await postSigned(suite.started.eventsUrl, SECRET, command('subscriptions', 'slow'));
      expect(res.status).toBe(200);
      expect(res.text).toBe(''); // the empty ack: the answer was not ready within the budget
      const later = await suite.fake.waitFor(() => suite.fake.responses.find((r) => r.id === 'slow'));
      expect(later.body.response_type).toBe('ephemeral');
      expect(String(later.body.text)).toContain("This channel's scheduled posts");
    } finally {
      subs.latencyMs = 0;
    }
  });

  it('apologises with a reference id in the ack, or through response_url when the failure comes late', async () => {
    subs.failWith = new Error('state file is locked');
    try {
      const quick = await postSigned(suite.started.eventsUrl, SECRET, command('subscriptions', 'err1'));
      expect(quick.status).toBe(200);
      expect(quick.json().text).toMatch(/reference [0-9A-F]{8}/);
      expect(quick.text).not.toContain('locked');
      subs.latencyMs = 300;
      const slow = await postSigned(suite.started.eventsUrl, SECRET, command('subscriptions', 'err2'));
      expect(slow.text).toBe('');
      const late = await suite.fake.waitFor(() => suite.fake.responses.find((r) => r.id === 'err2'));
      expect(String(late.body.text)).toMatch(/reference [0-9A-F]{8}/);
    } finally {
      subs.failWith = undefined;
      subs.latencyMs = 0;
    }
    expect((await postSigned(suite.started.eventsUrl, SECRET, command('projects'))).status).toBe(200);
  });

  it("answers Slack's Request URL check (url_verification) and ssl_check", async () => {
    const challenge = await postSigned(suite.started.eventsUrl, SECRET, {
      json: { type: 'url_verification', token: 't', challenge: 'c0ffee' },
    });
    expect(challenge.json()).toEqual({ challenge: 'c0ffee' });
    const ssl = await fetch(suite.started.eventsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'ssl_check=1&token=t',
    });
    expect(ssl.status).toBe(200);
  });

  it('serves the ops routes on the same server', async () => {
    const res = await fetch(`${suite.started.origin}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
    expect((await fetch(`${suite.started.origin}/nope`)).status).toBe(404);
  });
});

describe('Slack HTTP mode: request verification', () => {
  const suite = slackSuite();
  const now = () => Math.floor(Date.now() / 1000);

  const body = () => ({
    form: form(slashCommand({ text: 'projects', responseUrl: suite.fake.responseUrl('v') })),
  });

  it('rejects a forged signature with 401', async () => {
    expect(
      (await postSigned(suite.started.eventsUrl, SECRET, body(), { secret: 'someone-elses-secret' })).status,
    ).toBe(401);
  });

  it('rejects a timestamp more than 5 minutes old with 401', async () => {
    expect(
      (await postSigned(suite.started.eventsUrl, SECRET, body(), { timestamp: now() - 6 * 60 })).status,
    ).toBe(401);
  });

  it('rejects a timestamp more than 5 minutes in the future with 401', async () => {
    expect(
      (await postSigned(suite.started.eventsUrl, SECRET, body(), { timestamp: now() + 6 * 60 })).status,
    ).toBe(401);
    expect(
      (await postSigned(suite.started.eventsUrl, SECRET, body(), { timestamp: now() + 3600 * 24 })).status,
    ).toBe(401);
  });

  it('accepts timestamps within 5 minutes either way', async () => {
    expect(
      (await postSigned(suite.started.eventsUrl, SECRET, body(), { timestamp: now() - 4 * 60 })).status,
    ).toBe(200);
    expect(
      (await postSigned(suite.started.eventsUrl, SECRET, body(), { timestamp: now() + 4 * 60 })).status,
    ).toBe(200);
  });

  it('rejects a request with no signature headers with 401', async () => {
    const res = await fetch(suite.started.eventsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body().form,
    });
    expect(res.status).toBe(401);
  });

  it('sent nothing to Slack for rejected requests', () => {
    expect(suite.fake.calls.map((c) => c.method)).toEqual(['auth.test']);
  });
});
