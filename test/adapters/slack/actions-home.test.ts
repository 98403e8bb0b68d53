import { describe, expect, it } from 'vitest';
import { HOME_QUESTIONS } from '../../../src/adapters/slack/handlers/home.js';
import { buttonClick, eventCallback, form, slashCommand } from '../../fakes/slack/payloads.js';
import { postSigned } from '../../fakes/slack/signer.js';
import { SECRET, slackSuite } from './harness.js';

type Block = { type: string; text?: { text: string }; elements?: { action_id?: string; value?: string }[] };

describe('Slack buttons and App Home', () => {
  const suite = slackSuite();
  const subs = suite.subs;

  const click = (fields: Parameters<typeof buttonClick>[0]) =>
    postSigned(suite.started.eventsUrl, SECRET, {
      form: form({ payload: JSON.stringify(buttonClick(fields)) }),
    });
  const buttonsOf = async (text: string) => {
    const res = await postSigned(suite.started.eventsUrl, SECRET, {
      form: form(slashCommand({ text, responseUrl: suite.fake.responseUrl('x') })),
    });
    return (res.json().blocks as Block[]).find((b) => b.type === 'actions')?.elements ?? [];
  };

  it('"Share in channel" posts the answer for everyone through response_url, then removes the ephemeral copy', async () => {
    const share = (await buttonsOf('projects')).find((b) => b.action_id === 'deal_share');
    expect(share?.value).toBeDefined();
    const res = await click({
      actionId: 'deal_share',
      value: share?.value ?? '',
      responseUrl: suite.fake.responseUrl('share'),
    });
    expect(res.status).toBe(200);
    const posted = await suite.fake.waitFor(
      () =>
        suite.fake.responses.filter((r) => r.id === 'share').length >= 2 &&
        suite.fake.responses.filter((r) => r.id === 'share'),
    );
    const [publicPost, cleanup] = posted;
    expect(publicPost?.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    const blocks = publicPost?.body.blocks as Block[];
    expect(blocks[0]?.text?.text).toBe(suite.bot.answer('projects').title);
    expect(JSON.stringify(blocks)).not.toContain('deal_share');
    expect(cleanup?.body).toEqual({ delete_original: true });
  });

  it('a follow-up button asks its suggestion and answers ephemerally', async () => {
    const followUp = (await buttonsOf('projects')).find((b) => b.action_id?.startsWith('deal_followup_'));
    expect(followUp?.value).toBeTruthy();
    await click({
      actionId: followUp?.action_id ?? '',
      value: followUp?.value ?? '',
      responseUrl: suite.fake.responseUrl('follow'),
    });
    const reply = await suite.fake.waitFor(() => suite.fake.responses.find((r) => r.id === 'follow'));
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const expected = suite.bot.answer(followUp?.value ?? '');
    expect((reply.body.blocks as Block[])[0]?.text?.text).toBe(expected.title);
  });

  it("App Home shows the pledge, the candidate projects with their status, what comes next, and this workspace's subscriptions", async () => {
    await subs.clear();
    await postSigned(suite.started.eventsUrl, SECRET, {
      form: form(
        slashCommand({
          text: 'subscribe reminders',
          channel: 'C0NEWS',
          responseUrl: suite.fake.responseUrl('sub'),
        }),
      ),
    });
    await postSigned(suite.started.eventsUrl, SECRET, {
      form: form(
        slashCommand({
          text: 'subscribe reminders',
          team: 'T0ELSEWHERE',
          channel: 'C0OTHERTEAM',
          responseUrl: suite.fake.responseUrl('sub2'),
        }),
      ),
    });
    const event = {
      type: 'app_home_opened',
      user: 'U0ALICE',
      channel: 'D0ALICE',
      tab: 'home',
      event_ts: '1700000000.1',
    };
    await postSigned(suite.started.eventsUrl, SECRET, { json: eventCallback(event, 'EvHOME1') });
    const publish = await suite.fake.waitFor(() => suite.fake.callsTo('views.publish')[0]);
    expect(publish.params.user_id).toBe('U0ALICE');
    const view = publish.params.view as { type: string; blocks: Block[] };
    expect(view.type).toBe('home');
    const all = JSON.stringify(view.blocks);
    const answers = HOME_QUESTIONS.map((q) => suite.bot.answer(q));
    expect(answers.map((a) => a.intent)).toEqual([
      'deal.pledge',
      'projects.list',
      expect.stringMatching(/^next/),
    ]);
    for (const a of answers) expect(all).toContain(a.title.slice(0, 30));
    expect(all).toContain('reported, not confirmed');
    expect(all).toContain('<#C0NEWS>');
    expect(all).not.toContain('C0OTHERTEAM');
  });

  it('publishes once for a retried app_home_opened, and nothing for the Messages tab', async () => {
    const before = suite.fake.callsTo('views.publish').length;
    const event = {
      type: 'app_home_opened',
      user: 'U0BOB',
      channel: 'D0BOB',
      tab: 'home',
      event_ts: '1700000000.2',
    };
    await postSigned(suite.started.eventsUrl, SECRET, { json: eventCallback(event, 'EvHOME2') });
    await postSigned(
      suite.started.eventsUrl,
      SECRET,
      { json: eventCallback(event, 'EvHOME2') },
      { retryNum: 1 },
    );
    await postSigned(suite.started.eventsUrl, SECRET, {
      json: eventCallback({ ...event, tab: 'messages' }, 'EvHOME3'),
    });
    await suite.fake.waitFor(() => suite.fake.callsTo('views.publish').length > before);
    await new Promise((r) => setTimeout(r, 150));
    expect(suite.fake.callsTo('views.publish').length).toBe(before + 1);
  });

  it('still publishes the Home tab, with an apology and a reference, when subscriptions cannot be read', async () => {
    subs.failWith = new Error('disk unavailable');
    try {
      const event = {
        type: 'app_home_opened',
        user: 'U0CAROL',
        channel: 'D0CAROL',
        tab: 'home',
        event_ts: '1700000000.3',
      };
      await postSigned(suite.started.eventsUrl, SECRET, { json: eventCallback(event, 'EvHOME4') });
      const publish = await suite.fake.waitFor(() =>
        suite.fake.callsTo('views.publish').find((c) => c.params.user_id === 'U0CAROL'),
      );
      const all = JSON.stringify(publish.params.view);
      expect(all).toMatch(/reference [0-9A-F]{8}/);
      expect(all).toContain('reported, not confirmed');
      expect(all).not.toContain('disk unavailable');
    } finally {
      subs.failWith = undefined;
    }
  });
});
