import { Temporal } from 'temporal-polyfill';
import type { Answer, AnswerItem, Lang } from '../answer/answer.js';
import { nextDigestMs } from '../schedule/digest-times.js';
import { formatLocal } from '../schedule/zone-times.js';
import { subscriptionMessages, VALID_FORMS } from './messages.js';
import type { ArgsError } from './parse-args.js';
import type { Subscription } from './types.js';

/** Replies to subscription commands, as neutral Answers (intents "subscription.*"). Pure. */

function answer(
  intent: string,
  lang: Lang,
  title: string,
  lines: string[],
  items: AnswerItem[],
  asOf: string,
  after: string[] = [],
): Answer {
  const text = [
    title,
    ...lines,
    ...items.map((i) => `• ${i.label}${i.detail ? ` (${i.detail})` : ''}`),
    ...after,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    kind: intent === 'subscription.invalid' ? 'help' : items.length > 1 ? 'list' : 'answer',
    intent,
    lang,
    title,
    text,
    lead: lines.filter(Boolean).join('\n'),
    notes: after.filter(Boolean),
    items,
    facts: [],
    sources: [],
    confidence: 1,
    suggestions: intent === 'subscription.none' ? ['/deal subscribe'] : [],
    asOf,
  };
}

/** One item per kind of post, with the next digest's local time. */
export function subscriptionItems(sub: Subscription, now: Date, lang: Lang): AnswerItem[] {
  const t = subscriptionMessages(lang);
  const items: AnswerItem[] = [];
  if (sub.reminders) items.push({ id: 'reminders', label: t.reminders(sub.timeZone) });
  if (sub.digest) {
    const d = sub.digest;
    const next = Temporal.Instant.fromEpochMilliseconds(nextDigestMs(now.getTime(), sub.timeZone, d));
    items.push({
      id: 'digest',
      label: t.digest(d.cadence, d.day, d.time, sub.timeZone, d.skipWhenNoNews),
      detail: t.next(formatLocal(next.toZonedDateTimeISO(sub.timeZone), lang)),
    });
  }
  if (sub.news) items.push({ id: 'news', label: t.news(sub.timeZone) });
  return items;
}

/** A word typed by the user, safe to quote: no control characters, no ping or link markup, short. */
export function quotable(word: string): string {
  const clean = word.replace(/[\p{Cc}\p{Cf}]/gu, '').replace(/[<>@#!&*_`~|]/g, '');
  return clean.length > 40 ? `${clean.slice(0, 39)}…` : clean;
}

export function invalidAnswer(error: ArgsError, lang: Lang, asOf: string): Answer {
  const t = subscriptionMessages(lang);
  const lines = [
    t.error[error.code](quotable(error.word), error.other === undefined ? undefined : quotable(error.other)),
    t.validForms,
    ...VALID_FORMS.map((f) => `  ${f}`),
  ];
  return answer('subscription.invalid', lang, t.invalidTitle, lines, [], asOf);
}

export function forbiddenAnswer(lang: Lang, asOf: string): Answer {
  const t = subscriptionMessages(lang);
  return answer('subscription.forbidden', lang, t.forbiddenTitle, [t.forbidden], [], asOf);
}

/** A change that could not be persisted: nothing changed, in memory or on disk. */
export function notSavedAnswer(lang: Lang, asOf: string): Answer {
  const t = subscriptionMessages(lang);
  return answer('subscription.not-saved', lang, t.notSavedTitle, [t.notSaved], [], asOf);
}

export function subscribedAnswer(sub: Subscription, now: Date, asOf: string): Answer {
  const t = subscriptionMessages(sub.lang);
  const items = subscriptionItems(sub, now, sub.lang);
  return answer('subscription.subscribed', sub.lang, t.subscribedTitle, [t.subscribed], items, asOf, [
    t.language(sub.lang),
  ]);
}

/** After unsubscribe: `remaining` is the subscription still on, or null when nothing is left. */
export function unsubscribedAnswer(
  remaining: Subscription | null,
  lang: Lang,
  now: Date,
  asOf: string,
): Answer {
  const t = subscriptionMessages(lang);
  if (!remaining)
    return answer('subscription.unsubscribed', lang, t.unsubscribedTitle, [t.unsubscribedAll], [], asOf);
  const items = subscriptionItems(remaining, now, lang);
  return answer('subscription.unsubscribed', lang, t.unsubscribedTitle, [t.unsubscribedSome], items, asOf);
}

export function noSubscriptionAnswer(lang: Lang, asOf: string): Answer {
  const t = subscriptionMessages(lang);
  return answer('subscription.none', lang, t.noneTitle, [t.none], [], asOf);
}

export function listAnswer(sub: Subscription, now: Date, lang: Lang, asOf: string): Answer {
  const t = subscriptionMessages(lang);
  const lines = sub.status === 'failing' ? [t.failing(sub.failure?.reason ?? '?')] : [];
  return answer('subscription.list', lang, t.listTitle, lines, subscriptionItems(sub, now, lang), asOf, [
    t.language(sub.lang),
  ]);
}
