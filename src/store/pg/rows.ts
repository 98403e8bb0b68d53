import type { DigestSettings, Subscription } from '../../core/subscriptions/types.js';

/** Rows of the subscriptions table and back. Instants are timestamptz, written back as ISO (UTC, ms). */

export interface SubscriptionRow {
  id: string;
  platform: Subscription['channel']['platform'];
  workspace: string;
  channel: string;
  thread: string | null;
  reminders: boolean;
  digest: DigestSettings | null;
  news: boolean;
  time_zone: string;
  lang: Subscription['lang'];
  created_at: Date;
  updated_at: Date;
  status: Subscription['status'];
  failure_reason: string | null;
  failure_at: Date | null;
  extra: Record<string, unknown>;
}

/** The fields with a column of their own; any other field of a subscription is kept in `extra`. */
const COLUMN_FIELDS = new Set([
  'id',
  'channel',
  'reminders',
  'digest',
  'news',
  'timeZone',
  'lang',
  'createdAt',
  'updatedAt',
  'status',
  'failure',
]);

export const SUBSCRIPTION_COLUMNS =
  'id, platform, workspace, channel, thread, reminders, digest, news, time_zone, lang, created_at, updated_at, status, failure_reason, failure_at, extra';

export function subscriptionFromRow(r: SubscriptionRow): Subscription {
  const sub: Subscription = {
    ...r.extra,
    id: r.id,
    channel: {
      platform: r.platform,
      workspace: r.workspace,
      channel: r.channel,
      ...(r.thread !== null ? { thread: r.thread } : {}),
    },
    reminders: r.reminders,
    digest: r.digest,
    news: r.news,
    timeZone: r.time_zone,
    lang: r.lang,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    status: r.status,
  };
  if (r.failure_reason !== null && r.failure_at !== null) {
    sub.failure = { reason: r.failure_reason, at: r.failure_at.toISOString() };
  }
  return sub;
}

/** Parameters $1..$16 in SUBSCRIPTION_COLUMNS order. */
export function subscriptionParams(s: Subscription): unknown[] {
  return [
    s.id,
    s.channel.platform,
    s.channel.workspace,
    s.channel.channel,
    s.channel.thread ?? null,
    s.reminders,
    s.digest === null ? null : JSON.stringify(s.digest),
    s.news,
    s.timeZone,
    s.lang,
    s.createdAt,
    s.updatedAt,
    s.status,
    s.failure?.reason ?? null,
    s.failure?.at ?? null,
    JSON.stringify(Object.fromEntries(Object.entries(s).filter(([key]) => !COLUMN_FIELDS.has(key)))),
  ];
}

export const UPSERT_SUBSCRIPTION = `INSERT INTO subscriptions (${SUBSCRIPTION_COLUMNS})
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
ON CONFLICT (id) DO UPDATE SET platform = excluded.platform, workspace = excluded.workspace,
  channel = excluded.channel, thread = excluded.thread, reminders = excluded.reminders,
  digest = excluded.digest, news = excluded.news, time_zone = excluded.time_zone, lang = excluded.lang,
  created_at = excluded.created_at, updated_at = excluded.updated_at, status = excluded.status,
  failure_reason = excluded.failure_reason, failure_at = excluded.failure_at, extra = excluded.extra`;
