import { Temporal } from 'temporal-polyfill';
import type { Answer, AnswerItem, Lang } from '../answer/answer.js';
import type { Knowledge } from '../engine/index.js';
import { clip, formatUsd, formatWhen, item, LIMITS, overlapping } from '../engine/index.js';
import { reportItem } from '../news/answers.js';
import { newsMessages } from '../news/messages.js';
import type { NewsReport } from '../news/report.js';
import type { Subscription } from '../subscriptions/types.js';
import { shiftKey, zoneToday } from '../time/date-keys.js';
import { formatPlainDate } from '../time/dates.js';
import { scheduleMessages } from './messages.js';
import type { DigestOccurrence } from './occurrence.js';
import { remindable } from './reminder-times.js';
import { changesSince, type RecordChange, type Snapshot, snapshotOf } from './snapshot.js';

/** A channel's digest as a neutral Answer (intent "schedule.digest" or "schedule.digest.no-news"). Pure. */

export const UPCOMING_DAYS = 30;

export interface DigestResult {
  /** Null when nothing changed and the subscription asked for no "no news" posts. */
  message: Answer | null;
  changes: RecordChange[];
  /** The fact base as this digest saw it: the next digest compares against it. */
  snapshot: Snapshot;
}

function recordName(kb: Knowledge, c: RecordChange, lang: Lang): string {
  if (c.collection === 'sources') return kb.facts.sources.find((s) => s.id === c.id)?.title ?? c.id;
  if (c.collection === 'opinions') return kb.facts.opinions.find((o) => o.id === c.id)?.author ?? c.id;
  return kb.nameOf(c.id, lang);
}

function upcomingItems(kb: Knowledge, nowMs: number, zone: string, lang: Lang): AnswerItem[] {
  const from = zoneToday(nowMs, zone);
  // Every remindable event whose dates touch the next 30 days (the window bounds the scan).
  return overlapping(kb, from, shiftKey(from, UPCOMING_DAYS), Number.POSITIVE_INFINITY)
    .filter((s) => remindable(s.event))
    .map(({ event: e, start }) => {
      const when = formatWhen(e, lang);
      return item(e.id, `${when}: ${e.name[lang]}`, lang, {
        // Reported as under way, but not yet started on the digest's day: still expected.
        status: e.status === 'under-way' && start <= from ? 'under-way' : 'expected',
        date: when,
      });
    });
}

function dealStatus(kb: Knowledge, lang: Lang): string {
  const t = scheduleMessages(lang);
  const confirmed = kb.facts.projects.filter((p) => p.confirmed).length;
  return t.dealStatus(
    formatUsd(kb.facts.deal.pledge.amount, lang),
    kb.facts.projects.length,
    formatUsd(kb.projectsTotal, lang),
    confirmed,
  );
}

/** At most this many reports are listed in one digest (the count says how many there were). */
export const DIGEST_REPORTS = 5;

/** The news reports first seen in the digest's period: after the previous digest, up to this one. */
function reportsFor(news: readonly NewsReport[], occurrence: DigestOccurrence): NewsReport[] {
  const from = Date.parse(occurrence.since);
  return news
    .filter((r) => {
      const seen = Date.parse(r.firstSeen);
      return seen > from && seen <= occurrence.dueMs;
    })
    .sort((a, b) => (a.firstSeen < b.firstSeen ? 1 : a.firstSeen > b.firstSeen ? -1 : 0));
}

export function digestMessage(
  kb: Knowledge,
  sub: Pick<Subscription, 'timeZone' | 'lang' | 'digest'>,
  occurrence: DigestOccurrence,
  previous: Readonly<Record<string, string>> | null,
  news: readonly NewsReport[] = [],
): DigestResult {
  const { lang, timeZone } = sub;
  const t = scheduleMessages(lang);
  const snapshot = snapshotOf(kb.facts);
  const changes = previous ? changesSince(previous, snapshot) : [];
  const sinceDate = Temporal.Instant.from(occurrence.since).toZonedDateTimeISO(timeZone).toPlainDate();
  const since = formatPlainDate(sinceDate, lang, true);
  const reports = reportsFor(news, occurrence);
  if (!changes.length && !reports.length && sub.digest?.skipWhenNoNews)
    return { message: null, changes, snapshot };
  const n = newsMessages(lang);
  const reportItems = reports.slice(0, DIGEST_REPORTS).map((r) => reportItem(r, kb.nameOf, lang, timeZone));
  const reportLines = reports.length
    ? [
        n.digestReports(reports.length),
        ...reportItems.map((i) => `• ${i.label} (${i.detail})`),
        reports.length > reportItems.length ? t.more(reports.length - reportItems.length) : '',
        n.label,
      ]
    : [];
  const hasNews = changes.length > 0 || reports.length > 0;
  const changeLine = changes.length
    ? t.digestChanges(changes.length, since)
    : reports.length
      ? ''
      : t.digestNoNews(since);

  const upcoming = upcomingItems(kb, occurrence.dueMs, timeZone, lang);
  const changeItems = changes.map((c) =>
    item(
      `${c.collection}/${c.id}`,
      `${t.collection[c.collection] ?? c.collection}: ${recordName(kb, c, lang)}`,
      lang,
      {
        detail: c.change === 'added' ? t.digestAdded : t.digestChanged,
      },
    ),
  );
  const bullet = (i: AnswerItem) =>
    `• ${i.label}${i.statusLabel ? ` [${i.statusLabel}]` : i.detail ? ` (${i.detail})` : ''}`;
  const shown = changeItems.slice(0, LIMITS.items);
  const lines = [
    t.digestTitle[sub.digest?.cadence ?? 'weekly'],
    changeLine,
    ...shown.map(bullet),
    changeItems.length > shown.length ? t.more(changeItems.length - shown.length) : '',
    ...reportLines,
    upcoming.length ? t.digestUpcoming : t.digestNoUpcoming,
    ...upcoming.map(bullet),
    dealStatus(kb, lang),
    occurrence.merged > 0 ? t.digestMerged(occurrence.merged) : '',
  ];
  const message: Answer = {
    kind: 'list',
    intent: hasNews ? 'schedule.digest' : 'schedule.digest.no-news',
    lang,
    title: t.digestTitle[sub.digest?.cadence ?? 'weekly'],
    text: clip(lines.filter(Boolean).join('\n'), LIMITS.text),
    lead: changeLine || (reportLines[0] ?? ''),
    notes: [dealStatus(kb, lang), occurrence.merged > 0 ? t.digestMerged(occurrence.merged) : ''].filter(
      Boolean,
    ),
    items: [...shown, ...reportItems, ...upcoming].slice(0, LIMITS.items),
    facts: [...new Set([...changes.map((c) => c.id), ...upcoming.map((u) => u.id)])],
    sources: [],
    confidence: 1,
    suggestions: [],
    asOf: kb.asOf(lang),
  };
  return { message, changes, snapshot };
}
