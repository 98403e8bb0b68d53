import type { Answer, Lang } from '../core/answer/answer.js';
import type { ParsedCommand } from '../core/commands/model.js';
import { NEWS_WINDOW_MS } from '../core/news/plan.js';
import { newsKey } from '../core/news/report.js';
import { snapshotOf } from '../core/schedule/snapshot.js';
import {
  forbiddenAnswer,
  invalidAnswer,
  listAnswer,
  noSubscriptionAnswer,
  notSavedAnswer,
  subscribedAnswer,
  unsubscribedAnswer,
} from '../core/subscriptions/answers.js';
import {
  parseSubscribeArgs,
  parseUnsubscribeArgs,
  type SubscribeArgs,
} from '../core/subscriptions/parse-args.js';
import {
  type ChannelRef,
  channelKey,
  type Platform,
  type Subscription,
} from '../core/subscriptions/types.js';
import type { Logger } from '../ops/logger.js';
import type { NewsStore } from '../store/news-port.js';
import type { StateStore } from '../store/store.js';
import type { BotRequest, EngineSource, SubscriptionCommands } from './bot.js';

/**
 * `/deal subscribe|unsubscribe|subscriptions` for every platform: validates, merges with the
 * channel's subscription, persists it, and answers in the channel's language.
 */

export interface SubscriptionServiceDeps {
  store: StateStore;
  defaultTimeZone: string;
  defaultLang: Lang;
  /** For "as of" lines and to start a new digest's change tracking from the current fact base. */
  engines?: EngineSource;
  /** Where a change that could not be saved is reported (the user is told too). */
  logger?: Logger;
  /** The news reports: a channel that turns news on skips those already known (no backlog flood). */
  news?: NewsStore;
}

/** Known reports marked as seen when a channel turns news on (the store keeps at most about this many). */
const NEWS_KNOWN_LIMIT = 5_000;

export const DEFAULT_DIGEST = {
  cadence: 'weekly',
  day: 'mon',
  time: '09:00',
  skipWhenNoNews: false,
} as const;

export function createSubscriptionService(deps: SubscriptionServiceDeps): SubscriptionCommands {
  const { store } = deps;
  const asOf = (lang: Lang, now: Date) => deps.engines?.current().knowledgeAt(now).asOf(lang) ?? '';

  /**
   * Persists a change; the store applies it all or not at all. False when it could not be saved: the
   * caller answers "not changed" rather than what would have been.
   */
  async function saved(write: () => Promise<unknown>, channel: string): Promise<boolean> {
    try {
      await write();
      return true;
    } catch (error) {
      deps.logger?.error(
        { err: error, channel, store: store.location },
        store.shared
          ? 'subscription change not saved (nothing changed); check the database: is it reachable, may DATABASE_URL’s user write?'
          : 'subscription change not saved (nothing changed); check the state file: disk space, permissions',
      );
      return false;
    }
  }

  function merged(
    existing: Subscription | undefined,
    channel: ChannelRef,
    a: SubscribeArgs,
    lang: Lang,
    now: Date,
  ) {
    const at = now.toISOString();
    const wantReminders = a.kind === 'all' || a.kind === 'reminders';
    const wantDigest = a.kind === 'all' || a.kind === 'digest';
    const before = existing?.digest ?? null;
    const digest = wantDigest
      ? {
          cadence: a.cadence ?? before?.cadence ?? DEFAULT_DIGEST.cadence,
          day: a.day ?? before?.day ?? DEFAULT_DIGEST.day,
          time: a.time ?? before?.time ?? DEFAULT_DIGEST.time,
          skipWhenNoNews: a.quiet ?? false,
        }
      : before;
    const sub: Subscription = {
      id: channelKey(channel),
      channel: { platform: channel.platform, workspace: channel.workspace, channel: channel.channel },
      reminders: wantReminders || (existing?.reminders ?? false),
      digest,
      news: a.kind === 'news' || (existing?.news ?? false),
      timeZone: a.timeZone ?? existing?.timeZone ?? deps.defaultTimeZone,
      lang,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
      status: 'active',
    };
    return sub;
  }

  async function subscribe(request: BotRequest, args: string, now: Date): Promise<Answer> {
    const id = channelKey(request.channel);
    const existing = await store.getSubscription(id);
    const replyLang = request.lang ?? existing?.lang ?? deps.defaultLang;
    const parsed = parseSubscribeArgs(args);
    if (!parsed.ok) return invalidAnswer(parsed.error, replyLang, asOf(replyLang, now));
    const lang = parsed.value.lang ?? existing?.lang ?? request.lang ?? deps.defaultLang;
    const sub = merged(existing, request.channel, parsed.value, lang, now);
    const facts = deps.engines?.current().knowledgeAt(now).facts;
    // A new digest reports changes from now on: start from the fact base as it is.
    const startDigest =
      sub.digest && !existing?.digest && facts
        ? { subscriptionId: id, lastAt: now.toISOString(), snapshot: snapshotOf(facts) }
        : undefined;
    // Reports already known when news is turned on are the backlog: recorded as skipped, never posted.
    const known =
      sub.news && !existing?.news && deps.news
        ? await deps.news.listNewsItems({
            limit: NEWS_KNOWN_LIMIT,
            since: new Date(now.getTime() - NEWS_WINDOW_MS).toISOString(),
          })
        : [];
    const skipped = { at: now.toISOString(), outcome: 'skipped' } as const;
    const skipBacklog = () =>
      Promise.all(known.map((item) => store.recordDelivery(newsKey(id, item.id), skipped)));
    // The backlog is marked before the subscription says news: no tick in between can post it.
    const ok = (await saved(skipBacklog, id)) && (await saved(() => store.subscribe(sub, startDigest), id));
    if (!ok) return notSavedAnswer(replyLang, asOf(replyLang, now));
    return subscribedAnswer(sub, now, asOf(lang, now));
  }

  async function unsubscribe(request: BotRequest, args: string, now: Date): Promise<Answer> {
    const id = channelKey(request.channel);
    const existing = await store.getSubscription(id);
    const lang = request.lang ?? existing?.lang ?? deps.defaultLang;
    const parsed = parseUnsubscribeArgs(args);
    if (!parsed.ok) return invalidAnswer(parsed.error, lang, asOf(lang, now));
    if (!existing) return noSubscriptionAnswer(lang, asOf(lang, now));
    const kind = parsed.value;
    const next: Subscription = {
      ...existing,
      reminders: kind === 'all' || kind === 'reminders' ? false : existing.reminders,
      digest: kind === 'all' || kind === 'digest' ? null : existing.digest,
      news: kind === 'all' || kind === 'news' ? false : existing.news,
      updatedAt: now.toISOString(),
    };
    const remaining = next.reminders || next.digest || next.news ? next : null;
    const ok = await saved(() => store.unsubscribe(id, remaining), id);
    if (!ok) return notSavedAnswer(lang, asOf(lang, now));
    return unsubscribedAnswer(remaining, lang, now, asOf(lang, now));
  }

  async function list(request: BotRequest, now: Date): Promise<Answer> {
    const sub = await store.getSubscription(channelKey(request.channel));
    const lang = request.lang ?? sub?.lang ?? deps.defaultLang;
    return sub ? listAnswer(sub, now, lang, asOf(lang, now)) : noSubscriptionAnswer(lang, asOf(lang, now));
  }

  return {
    async handle(command: ParsedCommand, request: BotRequest, now: Date): Promise<Answer> {
      const name = command.spec.name;
      // Who may act on a channel's subscriptions is declared in the command model (manageChannel).
      if (command.spec.manageChannel && request.canManageChannel === false) {
        const lang = request.lang ?? deps.defaultLang;
        return forbiddenAnswer(lang, asOf(lang, now));
      }
      if (name === 'subscriptions') return list(request, now);
      if (name === 'subscribe') return subscribe(request, command.args, now);
      if (name === 'unsubscribe') return unsubscribe(request, command.args, now);
      return list(request, now);
    },
    async listWorkspace(platform: Platform, workspace: string): Promise<Subscription[]> {
      return store.listSubscriptions({ platform, workspace });
    },
  };
}
