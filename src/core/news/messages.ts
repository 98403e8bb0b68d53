import type { Lang } from '../answer/answer.js';

/** The words of news posts and lists, in English and Japanese. Codes stay in the callers. */

const en = {
  label: 'New report, not yet in the fact base',
  labelCited: 'New report (the fact base already cites it)',
  mentions: (names: string) => `mentions: ${names}`,
  published: (publisher: string, date: string) => [publisher, date].filter(Boolean).join(' · '),
  listTitle: 'Latest reports about the deal',
  listLead: (n: number) =>
    n === 1 ? 'One recent report names the deal:' : `${n} recent reports name the deal:`,
  listEmpty: 'No reports about the deal have been found in the news feeds yet.',
  listNotWatching: 'The news watch is off: the operator has configured no feeds (NEWS_FEEDS).',
  listNote: 'Reports found in news feeds, matched against the fact base; not yet checked or added to it.',
  digestReports: (n: number) => `${n === 1 ? 'One new report' : `${n} new reports`} in the news:`,
  subscribeHint: 'Post new reports in this channel: /deal subscribe news',
};

export type NewsMessages = typeof en;

const ja: NewsMessages = {
  label: '新しい報道（ファクトベース未収録）',
  labelCited: '新しい報道（ファクトベースに出典として収録済み）',
  mentions: (names) => `関連: ${names}`,
  published: (publisher, date) => [publisher, date].filter(Boolean).join('・'),
  listTitle: '合意に関する最新の報道',
  listLead: (n) => `合意に関する最近の報道（${n}件）:`,
  listEmpty: 'ニュースフィードから合意に関する報道はまだ見つかっていません。',
  listNotWatching: 'ニュースの監視は無効です（運用者がNEWS_FEEDSを設定していません）。',
  listNote: 'ニュースフィードで見つかり、ファクトベースと照合した報道です。内容の確認・収録はまだです。',
  digestReports: (n) => `新しい報道（${n}件）:`,
  subscribeHint: 'このチャンネルに新しい報道を投稿するには: /deal subscribe news',
};

export function newsMessages(lang: Lang): NewsMessages {
  return lang === 'ja' ? ja : en;
}
