import { describe, expect, it } from 'vitest';
import { answerBody } from '../../../src/adapters/slack/answer-body.js';
import { renderAnswer } from '../../../src/adapters/slack/render-answer.js';
import { renderHome } from '../../../src/adapters/slack/render-home.js';
import type { Answer } from '../../../src/core/answer/answer.js';
import type { Subscription } from '../../../src/core/subscriptions/types.js';
import { blockProblem } from '../../fakes/slack/block-rules.js';
import { loadEngine, PING_TOKEN } from './harness.js';

type Block = {
  type: string;
  text?: { text: string };
  elements?: { text?: string | { text: string }; value?: string }[];
};

function synthetic(over: Partial<Answer> = {}): Answer {
  return {
    kind: 'list',
    intent: 'test.synthetic',
    lang: 'en',
    title: 'T'.repeat(300),
    text: `${'A & B < C > D. '.repeat(700)}\nSource: x`,
    items: Array.from({ length: 100 }, (_, i) => ({
      id: `i${i}`,
      label: `Item ${i}`,
      detail: 'd & '.repeat(1500),
      statusLabel: 'reported, not confirmed',
    })),
    facts: [],
    sources: [{ id: 's', title: 'A source', published: 'February 2026' }],
    confidence: 1,
    suggestions: ['S'.repeat(200), 'Second?', 'Third?'],
    lead: 'A & B < C > D. '.repeat(700),
    notes: [],
    asOf: 'February 2026',
    ...over,
  };
}

const sectionTexts = (blocks: Block[]) =>
  blocks.filter((b) => b.type === 'section').map((b) => b.text?.text ?? '');

describe('Block Kit rendering of an Answer', () => {
  it('keeps a huge answer within Slack limits and says what was cut', () => {
    const message = renderAnswer(synthetic(), { share: { question: 'q'.repeat(5000) } });
    const blocks = message.blocks as Block[];
    expect(blockProblem(blocks, 50)).toBeUndefined();
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const text of sectionTexts(blocks)) expect(text.length).toBeLessThanOrEqual(3000);
    expect(JSON.stringify(blocks)).toContain('more not shown');
    expect(sectionTexts(blocks).some((t) => t.includes('cut to fit Slack'))).toBe(true);
    expect(blocks.at(-1)?.type).toBe('actions');
    expect(message.text.length).toBeLessThanOrEqual(4000);
    expect(message.text).not.toMatch(/&(?!amp;|lt;|gt;)/);
  });

  it('splits long prose over several sections rather than dropping it', () => {
    const blocks = renderAnswer(synthetic({ items: [] })).blocks as Block[];
    const prose = sectionTexts(blocks).join(' ');
    expect(sectionTexts(blocks).length).toBeGreaterThan(1);
    expect(prose.split('A &amp; B').length - 1).toBe(700);
  });

  it('defangs every field that could carry user text', () => {
    const ping = '<!channel> <!here> <!everyone> <!subteam^S1|@devs> <@U1>';
    const hostile = synthetic({
      title: ping,
      text: `${ping}\n• ${ping}\nSource: ${ping}`,
      items: [{ id: 'x', label: ping, detail: ping, statusLabel: ping, date: ping }],
      sources: [{ id: 's', title: ping, published: ping }],
      suggestions: [ping],
      asOf: ping,
    });
    const message = renderAnswer(hostile, { share: { question: ping } });
    expect(JSON.stringify(message)).not.toMatch(PING_TOKEN);
  });

  it('shows the engine answer as header, prose, one section per item with its status, sources and as-of', async () => {
    const answer = (await loadEngine()).answer('projects', { now: '2026-02-20T00:00:00Z' });
    const body = answerBody(answer);
    expect(body).not.toMatch(/^• /m);
    expect(body).not.toContain('Source:');
    expect(body.length).toBeGreaterThan(0);
    const blocks = renderAnswer(answer).blocks as Block[];
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: answer.title } });
    expect(sectionTexts(blocks).filter((t) => t.includes('_reported, not confirmed_'))).toHaveLength(
      answer.items.length,
    );
    const context = blocks.find((b) => b.type === 'context');
    expect(JSON.stringify(context)).toContain(answer.asOf);
  });

  it('uses Japanese words for a Japanese answer', async () => {
    const answer = (await loadEngine()).answer('プロジェクトの候補は？', { now: '2026-02-20T00:00:00Z' });
    expect(answer.lang).toBe('ja');
    const message = renderAnswer(answer, { share: { question: 'プロジェクトの候補は？' } });
    expect(JSON.stringify(message.blocks)).toContain('チャンネルに共有');
    expect(JSON.stringify(message.blocks)).toContain('時点の情報');
  });

  it('keeps App Home within 100 blocks, however many subscriptions', async () => {
    const engine = await loadEngine();
    const answers = ['pledge', 'projects', 'timeline'].map((q) =>
      engine.answer(q, { now: '2026-02-20T00:00:00Z' }),
    );
    const subscriptions: Subscription[] = Array.from({ length: 1000 }, (_, i) => ({
      id: `slack:T:C${i}`,
      channel: { platform: 'slack', workspace: 'T', channel: `C${i}ABC` },
      reminders: true,
      news: false,
      digest: { cadence: 'weekly', day: 'mon', time: '09:00', skipWhenNoNews: false },
      timeZone: 'Asia/Tokyo',
      lang: 'en',
      createdAt: '',
      updatedAt: '',
      status: i % 2 ? 'active' : 'failing',
      failure: { reason: '<!channel> not_in_channel', at: '' },
    }));
    const view = renderHome({ lang: 'en', answers, subscriptions });
    expect(blockProblem(view.blocks, 100)).toBeUndefined();
    expect(JSON.stringify(view)).toContain('more channels');
    expect(JSON.stringify(view)).not.toMatch(PING_TOKEN);
  });
});
