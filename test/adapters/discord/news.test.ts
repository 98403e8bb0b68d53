import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedEngine } from '../../../src/app/bot.js';
import { createNewsCommands } from '../../../src/app/news-commands.js';
import { createSubscriptionService } from '../../../src/app/subscription-service.js';
import { silentLogger } from '../../../src/ops/logger.js';
import { createScheduler, type Scheduler } from '../../../src/scheduling/scheduler.js';
import { createMemoryStore } from '../../../src/store/memory-store.js';
import { createStateNewsStore } from '../../../src/store/news-state.js';
import { CHANNELS } from '../../fakes/discord/ids.js';
import { slashCommand } from '../../fakes/discord/payloads.js';
import { dataOf, type Harness, realEngine, startHarness } from './harness.js';

/** `/deal subscribe news` in Discord, then a news report posted through the real Discord poster to the fake, once. */
let h: Harness;
let scheduler: Scheduler;
const store = createMemoryStore();
const news = createStateNewsStore(store);
let now = new Date('2026-12-05T12:00:00Z');
const clock = () => now;

beforeAll(async () => {
  const engines = fixedEngine(realEngine());
  const subscriptions = createSubscriptionService({
    store,
    defaultTimeZone: 'UTC',
    defaultLang: 'en',
    engines,
    news,
  });
  const newsCommands = createNewsCommands({
    news,
    store,
    engines,
    defaultLang: 'en',
    defaultTimeZone: 'UTC',
    watching: true,
  });
  h = await startHarness({ subscriptions, news: newsCommands, engines, clock });
  scheduler = createScheduler({
    store,
    engines,
    posters: [h.service.poster],
    clock,
    logger: silentLogger(),
    cron: false,
    news,
  });
});
afterAll(() => h?.close());

const posts = (channel: string) =>
  h.fake.rest.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);

describe('discord: news reports', () => {
  it('subscribes #general to news with the kind option, in Japanese', async () => {
    const payload = slashCommand(
      'subscribe',
      { kind: 'news', lang: 'ja', timezone: 'Asia/Tokyo' },
      { admin: true },
    );
    await h.interact(payload);
    const edit = dataOf(await h.webhookOf(payload));
    expect(JSON.stringify(edit.embeds)).toContain('ニュース');
    expect(store.read().subscriptions[0]).toMatchObject({
      news: true,
      reminders: false,
      digest: null,
      lang: 'ja',
    });
  });

  it('posts a new report once as an embed that pings no one, even with pings in the headline', async () => {
    await news.addNewsItems(
      [
        {
          id: 'r1',
          feed: 'https://ja.example.jp/feed',
          link: 'https://ja.example.jp/news/2001',
          title: '赤沢経産相とラトニック商務長官が会談 @everyone <@&123>',
          publisher: '例ニュース',
          published: '2026-12-05T11:00:00.000Z',
          lang: 'ja',
          score: 0.8,
          matched: ['akazawa', 'lutnick'],
          firstSeen: '2026-12-05T12:05:00.000Z',
        },
      ],
      1000,
    );
    now = new Date('2026-12-05T12:06:00Z');
    expect((await scheduler.tick(now)).sent).toBe(1);
    now = new Date('2026-12-05T12:07:00Z');
    expect((await scheduler.tick(now)).sent).toBe(0);
    const sent = posts(CHANNELS.general);
    expect(sent).toHaveLength(1);
    const data = dataOf(sent[0] as (typeof sent)[number]);
    const text = JSON.stringify(data.embeds);
    expect(text).toContain('新しい報道（ファクトベース未収録）');
    expect(text).toContain('赤沢経産相とラトニック商務長官が会談');
    expect(text).toContain('https://ja.example.jp/news/2001');
    expect(text).toContain('関連: 赤沢亮正、ハワード・ラトニック');
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('lists the latest reports with /deal news', async () => {
    const payload = slashCommand('news', {});
    await h.interact(payload);
    const answer = dataOf(await h.webhookOf(payload));
    expect(JSON.stringify(answer.embeds)).toContain('赤沢経産相とラトニック商務長官が会談');
  });
});
