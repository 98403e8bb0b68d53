import type { Lang } from '../../core/answer/answer.js';
import type { DayOfWeek } from '../../core/commands/model.js';
import { weekdayName } from '../../core/time/dates.js';

/** Every fixed phrase the Slack adapter shows, in English and Japanese. Codes live in the core; words live here. */
export interface SlackWords {
  share: string;
  source: string;
  sources: string;
  asOf: (date: string) => string;
  moreItems: (n: number) => string;
  textCut: string;
  moreSubscriptions: (n: number) => string;
  apology: (ref: string) => string;
  homeTitle: string;
  homeIntro: string;
  homeSubscriptions: string;
  homeNoSubscriptions: string;
  homeSubscriptionsUnavailable: (ref: string) => string;
  reminders: string;
  digestWeekly: (day: DayOfWeek, time: string) => string;
  digestDaily: (time: string) => string;
  news: string;
  failing: (reason: string) => string;
}

const en: SlackWords = {
  share: 'Share in channel',
  source: 'Source',
  sources: 'Sources',
  asOf: (date) => `As of ${date}`,
  moreItems: (n) =>
    `… and ${n} more not shown: ask a narrower question (for example \`/deal next\`) to see them.`,
  textCut: '… (cut to fit Slack: ask a narrower question to see the rest)',
  moreSubscriptions: (n) => `… and ${n} more channels.`,
  apology: (ref) =>
    `Sorry, something went wrong on my side. Please try again in a moment. (reference ${ref})`,
  homeTitle: 'The US–Japan $550 billion deal at a glance',
  homeIntro: 'Ask me anything with `/deal <question>`, mention me in a channel, or send me a direct message.',
  homeSubscriptions: 'Scheduled posts in this workspace',
  homeNoSubscriptions: 'None yet. Type `/deal subscribe` in a channel to get reminders and a digest there.',
  homeSubscriptionsUnavailable: (ref) => `The subscriptions could not be loaded just now. (reference ${ref})`,
  reminders: 'reminders',
  digestWeekly: (day, time) => `weekly digest on ${weekdayName(day, 'en')} at ${time}`,
  digestDaily: (time) => `daily digest at ${time}`,
  news: 'new news reports',
  failing: (reason) => `paused after a delivery error (${reason}): subscribe again to resume`,
};

const ja: SlackWords = {
  share: 'チャンネルに共有',
  source: '出典',
  sources: '出典',
  asOf: (date) => `${date}時点の情報`,
  moreItems: (n) => `…ほか${n}件は省略しました。質問を絞ってください（例: \`/deal next\`）。`,
  textCut: '…（Slackの上限のため省略しました。質問を絞ると続きを表示できます）',
  moreSubscriptions: (n) => `…ほか${n}チャンネル。`,
  apology: (ref) =>
    `申し訳ありません、処理中にエラーが起きました。少し待ってからもう一度お試しください。（参照番号 ${ref}）`,
  homeTitle: '日米5,500億ドル投資合意のいま',
  homeIntro: '`/deal <質問>`、チャンネルでのメンション、またはダイレクトメッセージで質問できます。',
  homeSubscriptions: 'このワークスペースの定期投稿',
  homeNoSubscriptions:
    'まだありません。チャンネルで `/deal subscribe` と入力すると、リマインダーとダイジェストが届きます。',
  homeSubscriptionsUnavailable: (ref) => `定期投稿の一覧を読み込めませんでした。（参照番号 ${ref}）`,
  reminders: 'リマインダー',
  digestWeekly: (day, time) => `毎週${weekdayName(day, 'ja')}日 ${time}のダイジェスト`,
  digestDaily: (time) => `毎日${time}のダイジェスト`,
  news: '新しい報道',
  failing: (reason) => `配信エラーのため停止中（${reason}）。もう一度購読すると再開します`,
};

export function slackWords(lang: Lang): SlackWords {
  return lang === 'ja' ? ja : en;
}
