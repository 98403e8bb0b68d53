import { Temporal } from 'temporal-polyfill';
import type { Answer, AnswerItem, Lang } from '../answer/answer.js';
import { clip, LIMITS } from '../engine/index.js';
import { formatPlainDate } from '../time/dates.js';
import { newsMessages } from './messages.js';
import type { NewsReport } from './report.js';

/** News posts and the `/deal news` list, as neutral Answers (intents "news.*"). Pure. */

/** At most this many records named after "mentions:". */
const MAX_MENTIONS = 4;
const MAX_HEADLINE = 240;

/** Text from a feed, safe to show: no control or invisible characters, one line, bounded. */
export function feedText(text: string, max = MAX_HEADLINE): string {
  const one = text
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function dateOf(report: NewsReport, lang: Lang, zone: string): string {
  const iso = report.published ?? report.firstSeen;
  try {
    return formatPlainDate(Temporal.Instant.from(iso).toZonedDateTimeISO(zone).toPlainDate(), lang);
  } catch {
    return '';
  }
}

function mentions(report: NewsReport, nameOf: (id: string, lang: Lang) => string, lang: Lang): string {
  const names = [...new Set(report.matched.slice(0, MAX_MENTIONS).map((id) => nameOf(id, lang)))];
  return names.join(lang === 'ja' ? '、' : ', ');
}

/** One report as an item: headline, then publisher · date, link and the records it names. */
export function reportItem(
  report: NewsReport,
  nameOf: (id: string, lang: Lang) => string,
  lang: Lang,
  zone: string,
): AnswerItem {
  const t = newsMessages(lang);
  const date = dateOf(report, lang, zone);
  const by = t.published(feedText(report.publisher ?? '', 80), date);
  return {
    id: report.id,
    label: feedText(report.title) || report.link,
    detail: [by, report.link, t.mentions(mentions(report, nameOf, lang))].filter(Boolean).join(' — '),
    ...(date ? { date } : {}),
  };
}

function base(intent: string, lang: Lang, title: string, asOf: string): Answer {
  return {
    kind: 'answer',
    intent,
    lang,
    title,
    text: '',
    lead: '',
    notes: [],
    items: [],
    facts: [],
    sources: [],
    confidence: 1,
    suggestions: [],
    asOf,
  };
}

/** A scheduled post of one new report, labelled as not yet in the fact base (or as cited, when a source is it). */
export function newsPostAnswer(
  report: NewsReport,
  nameOf: (id: string, lang: Lang) => string,
  lang: Lang,
  zone: string,
  asOf: string,
  cited = false,
): Answer {
  const t = newsMessages(lang);
  const label = cited ? t.labelCited : t.label;
  const headline = feedText(report.title) || report.link;
  const date = dateOf(report, lang, zone);
  const by = t.published(feedText(report.publisher ?? '', 80), date);
  const names = mentions(report, nameOf, lang);
  const lines = [label, headline, by, report.link, names ? t.mentions(names) : ''].filter(Boolean);
  return {
    ...base('news.report', lang, label, asOf),
    text: clip(lines.join('\n'), LIMITS.text),
    lead: headline,
    notes: [by, report.link, names ? t.mentions(names) : ''].filter(Boolean),
    facts: [...report.matched],
  };
}

/** `/deal news`: the latest reports, newest first. `watching` is false when no feed is configured. */
export function newsListAnswer(
  reports: readonly NewsReport[],
  nameOf: (id: string, lang: Lang) => string,
  lang: Lang,
  zone: string,
  asOf: string,
  watching: boolean,
): Answer {
  const t = newsMessages(lang);
  if (!reports.length) {
    const lead = watching ? t.listEmpty : t.listNotWatching;
    return { ...base('news.none', lang, t.listTitle, asOf), text: `${t.listTitle}\n${lead}`, lead };
  }
  const items = reports.slice(0, LIMITS.items).map((r) => reportItem(r, nameOf, lang, zone));
  const lead = t.listLead(items.length);
  const lines = [
    t.listTitle,
    lead,
    ...items.map((i) => `• ${i.label} (${i.detail})`),
    t.listNote,
    t.subscribeHint,
  ];
  return {
    ...base('news.list', lang, t.listTitle, asOf),
    kind: 'list',
    text: clip(lines.join('\n'), LIMITS.text),
    lead,
    notes: [t.listNote, t.subscribeHint],
    items,
    facts: [...new Set(reports.flatMap((r) => r.matched))],
    suggestions: ['/deal subscribe news'],
  };
}
