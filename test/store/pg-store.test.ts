import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { Subscription } from '../../src/core/subscriptions/types.js';
import { migrate } from '../../src/store/pg/migrate.js';
import { MIGRATIONS } from '../../src/store/pg/migrations.js';
import { loadNewsState, readNewsState } from '../../src/store/pg/news.js';
import { openPgStore } from '../../src/store/pg/pg-store.js';
import { freshDatabase } from '../pg/database.js';
import { subscription } from './contract.js';
import { newsItem } from './news-contract.js';

describe('PostgreSQL store', () => {
  it('migrates once when many processes start at once (advisory lock), and records each version', async () => {
    const url = await freshDatabase();
    const stores = await Promise.all(Array.from({ length: 6 }, () => openPgStore(url, { poolSize: 2 })));
    try {
      const applied = stores.map((s) => s.migration.applied);
      expect(applied.filter((a) => a.length > 0)).toEqual([MIGRATIONS.map((m) => m.version)]);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const rows = await client.query('SELECT version FROM deal_bot_migrations ORDER BY version');
      await client.end();
      expect(rows.rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('refuses a database migrated by a newer deal-bot, naming both versions', async () => {
    const url = await freshDatabase();
    const store = await openPgStore(url);
    await store.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("INSERT INTO deal_bot_migrations (version, name) VALUES (999, 'from the future')");
    await client.end();
    await expect(openPgStore(url)).rejects.toThrow(
      /newer deal-bot \(schema version 999; this one knows up to \d+\)/,
    );
  });

  it('keeps a subscription field it has no column for (a newer feature’s) as it was', async () => {
    const store = await openPgStore(await freshDatabase());
    try {
      const sub = { ...subscription('slack:T1:C1'), quiet: { from: '22:00' } } as Subscription;
      await store.subscribe(sub);
      expect(await store.getSubscription('slack:T1:C1')).toEqual(sub);
      expect(await store.listSubscriptions()).toEqual([sub]);
    } finally {
      await store.close();
    }
  });

  it('moves the news flag kept in `extra` to its own column (migration 3)', async () => {
    const url = await freshDatabase();
    const pool = new pg.Pool({ connectionString: url });
    try {
      await migrate(
        pool,
        MIGRATIONS.filter((m) => m.version < 3),
      );
      const row = (id: string, extra: object) => [
        id,
        'slack',
        'T1',
        id.split(':')[2],
        true,
        '2026-02-01T12:00:00.000Z',
        JSON.stringify(extra),
      ];
      const insert = `INSERT INTO subscriptions (id, platform, workspace, channel, reminders, digest, time_zone, lang,
          created_at, updated_at, status, extra)
        VALUES ($1, $2, $3, $4, $5, NULL, 'Asia/Tokyo', 'en', $6, $6, 'active', $7)`;
      await pool.query(insert, row('slack:T1:C1', { news: true, quiet: { from: '22:00' } }));
      await pool.query(insert, row('slack:T1:C2', {}));
      await pool.query(insert, row('slack:T1:C3', { news: 'yes' }));
      const store = await openPgStore(url);
      try {
        expect(store.migration.applied).toEqual([3]);
        const subs = await store.listSubscriptions();
        expect(subs.map((s) => [s.id, s.news])).toEqual([
          ['slack:T1:C1', true],
          ['slack:T1:C2', false],
          ['slack:T1:C3', false],
        ]);
        expect(subs[0]).toMatchObject({ quiet: { from: '22:00' } });
        const extras = await pool.query('SELECT extra FROM subscriptions ORDER BY id');
        expect(extras.rows.map((r) => r.extra)).toEqual([{ quiet: { from: '22:00' } }, {}, {}]);
      } finally {
        await store.close();
      }
    } finally {
      await pool.end();
    }
  });

  it('reads and loads the whole news state in the state file’s form (for export and import)', async () => {
    const [fromUrl, toUrl] = [await freshDatabase(), await freshDatabase()];
    const [from, to] = [await openPgStore(fromUrl), await openPgStore(toUrl)];
    const [source, target] = [
      new pg.Client({ connectionString: fromUrl }),
      new pg.Client({ connectionString: toUrl }),
    ];
    await Promise.all([source.connect(), target.connect()]);
    try {
      await from.addNewsItems([newsItem(2), newsItem(1)], 10);
      await from.setFeedState({ url: 'https://news.example/feed.xml', failures: 1, etag: '"e"' });
      const news = await readNewsState(source);
      expect(news.items.map((i) => i.title)).toEqual(['Item 1', 'Item 2']);
      expect(news.feeds).toEqual({
        'https://news.example/feed.xml': { url: 'https://news.example/feed.xml', failures: 1, etag: '"e"' },
      });
      await loadNewsState(target, news);
      await loadNewsState(target, news);
      expect(await to.listNewsItems({ limit: 10 })).toEqual(await from.listNewsItems({ limit: 10 }));
      expect(await readNewsState(target)).toEqual(news);
    } finally {
      await Promise.all([source.end(), target.end(), from.close(), to.close()]);
    }
  });

  it('names the database (without its password) when it cannot connect', async () => {
    await expect(openPgStore('postgres://bot:secret-pw@127.0.0.1:1/deal')).rejects.toThrow(
      /database postgres:\/\/bot@127\.0\.0\.1:1\/deal: .*ECONNREFUSED/,
    );
    await expect(openPgStore('postgres://bot:secret-pw@127.0.0.1:1/deal')).rejects.not.toThrow(/secret-pw/);
  });

  it('gives each of 2,000 keys to exactly one of four processes claiming them at once', async () => {
    const url = await freshDatabase();
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPgStore(url, { poolSize: 4 })));
    try {
      const keys = Array.from({ length: 2000 }, (_, i) => `k${i}`);
      const chunks = (offset: number) =>
        Array.from({ length: 10 }, (_, i) =>
          keys.slice(((i + offset) % 10) * 200, ((i + offset) % 10) * 200 + 200),
        );
      const held = await Promise.all(
        stores.map(async (s, n) => {
          const mine: string[] = [];
          for (const chunk of chunks(n * 3))
            mine.push(...(await s.claimDeliveries(chunk, `owner-${n}`, 60_000)));
          return mine;
        }),
      );
      const all = held.flat();
      expect(all).toHaveLength(keys.length);
      expect(new Set(all).size).toBe(keys.length);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});
