import type { Lang } from '../answer/answer.js';
import type { DayOfWeek } from '../commands/model.js';

export type Platform = 'slack' | 'discord' | 'console';

/** A place the bot can post: Slack workspace + channel, Discord guild + channel, or the console. */
export interface ChannelRef {
  platform: Platform;
  /** Slack team id, Discord guild id (or "dm"), or "local" for the console. */
  workspace: string;
  channel: string;
  /** For Discord threads and Slack threads, where a reply belongs; not used for scheduled posts. */
  thread?: string;
}

export function channelKey(c: ChannelRef): string {
  return `${c.platform}:${c.workspace}:${c.channel}`;
}

export interface DigestSettings {
  cadence: 'weekly' | 'daily';
  /** Day of the weekly digest (ignored for daily). */
  day: DayOfWeek;
  /** Local time, HH:MM 24h. */
  time: string;
  /** When nothing changed: post a short "no news" line (false) or nothing at all (true). */
  skipWhenNoNews: boolean;
}

export interface Subscription {
  /** Stable id: channelKey(channel). One subscription per channel. */
  id: string;
  channel: ChannelRef;
  reminders: boolean;
  digest: DigestSettings | null;
  /** Post each new news report about the deal (docs/news.md). */
  news: boolean;
  timeZone: string;
  lang: Lang;
  createdAt: string;
  updatedAt: string;
  /** 'failing' after a permanent delivery error; renewed by subscribing again. */
  status: 'active' | 'failing';
  failure?: { reason: string; at: string };
}
