import type { Lang } from '../answer/answer.js';
import type { DayOfWeek } from '../commands/model.js';
import { weekdayName } from '../time/dates.js';
import type { ArgsErrorCode } from './parse-args.js';

/** The words of subscription replies, in English and Japanese. */

export const VALID_FORMS = [
  '/deal subscribe',
  '/deal subscribe reminders',
  '/deal subscribe digest weekly mon 09:00 Asia/Tokyo',
  '/deal subscribe digest daily 18:30 America/New_York ja',
  '/deal subscribe digest quiet',
  '/deal subscribe news Asia/Tokyo ja',
  '/deal unsubscribe [reminders|digest|news|all]',
  '/deal subscriptions',
];

const en = {
  day: (d: DayOfWeek) => weekdayName(d, 'en'),
  error: {
    'unknown-word': (w: string) => `I don't understand "${w}" here.`,
    'bad-time': (w: string) =>
      `"${w}" is not a time: write it as HH:MM in 24 hours or with am/pm, e.g. 09:00, 18:30 or 6:30pm.`,
    'bad-timezone': (w: string) =>
      `"${w}" is not a time zone I know: use an IANA zone such as America/New_York, Asia/Tokyo, Europe/London or UTC.`,
    conflict: (w: string, other = '') => `"${w}" and "${other}" both set the same thing: keep one.`,
    'day-with-daily': (w: string) => `A daily digest has no day: drop "${w}", or say weekly.`,
    'digest-option-without-digest': (w: string) =>
      `"${w}" is a digest option: use it with "digest" (or with no kind), not with reminders or news.`,
  } satisfies Record<ArgsErrorCode, (w: string, other?: string) => string>,
  invalidTitle: 'Subscription not changed',
  validForms: 'Valid forms:',
  forbiddenTitle: 'Not allowed',
  forbidden: 'Only members who can manage this channel may change its scheduled posts.',
  notSavedTitle: 'Subscription not changed',
  notSaved:
    'The change could not be saved, so nothing changed: the scheduled posts stay as they were. Try again in a moment; if it keeps failing, the bot operator should check the state file (disk space, permissions).',
  subscribedTitle: 'Subscribed',
  subscribed: 'This channel will get:',
  unsubscribedTitle: 'Unsubscribed',
  unsubscribedAll: 'This channel will get no more scheduled posts.',
  unsubscribedSome: 'Scheduled posts stopped for what you named. Still on:',
  noneTitle: 'No subscriptions',
  none: 'This channel has no scheduled posts. Try /deal subscribe.',
  listTitle: "This channel's scheduled posts",
  reminders: (zone: string) =>
    `Reminders: 7 days before, 1 day before and on the day of each upcoming event, at 09:00 (${zone})`,
  digest: (cadence: 'weekly' | 'daily', day: DayOfWeek, time: string, zone: string, quiet: boolean) =>
    `${cadence === 'weekly' ? `Weekly digest: ${weekdayName(day, 'en')}s` : 'Daily digest: every day'} at ${time} (${zone})${quiet ? ', silent when there is no news' : ''}`,
  news: (zone: string) =>
    `News: each new report about the deal found in the news feeds, once, as it appears (dates in ${zone})`,
  next: (when: string) => `next: ${when}`,
  language: (lang: Lang) => `Language: ${lang === 'ja' ? 'Japanese' : 'English'}`,
  failing: (reason: string) =>
    `Posts are stopped: the last one failed (${reason}). Run /deal subscribe again once that is fixed.`,
};

export type SubscriptionMessages = typeof en;

const ja: SubscriptionMessages = {
  day: (d) => weekdayName(d, 'ja'),
  error: {
    'unknown-word': (w) => `「${w}」は理解できません。`,
    'bad-time': (w) =>
      `「${w}」は時刻として読めません。24時間制のHH:MM、またはam/pm付きで書いてください（例: 09:00、18:30、6:30pm）。`,
    'bad-timezone': (w) =>
      `「${w}」は既知のタイムゾーンではありません。Asia/Tokyo、America/New_York、UTCなどのIANA名を使ってください。`,
    conflict: (w, other = '') =>
      `「${w}」と「${other}」が同じ項目を指定しています。どちらか一方にしてください。`,
    'day-with-daily': (w) =>
      `日次ダイジェストに曜日は指定できません。「${w}」を外すか、weeklyにしてください。`,
    'digest-option-without-digest': (w) =>
      `「${w}」はダイジェストの設定です。digestと一緒に（または種類を省略して）指定してください（remindersやnewsには使えません）。`,
  },
  invalidTitle: '購読は変更されていません',
  validForms: '使える形式:',
  forbiddenTitle: '権限がありません',
  forbidden: 'このチャンネルの定期投稿を変更できるのは、チャンネルの管理権限を持つメンバーだけです。',
  notSavedTitle: '購読は変更されていません',
  notSaved:
    '変更を保存できなかったため、何も変更していません。定期投稿はこれまでどおりです。少し待ってからもう一度お試しください。失敗が続く場合は、ボットの管理者が状態ファイル（ディスクの空き容量や権限）を確認してください。',
  subscribedTitle: '購読しました',
  subscribed: 'このチャンネルに投稿する内容:',
  unsubscribedTitle: '購読を解除しました',
  unsubscribedAll: 'このチャンネルへの定期投稿をすべて止めました。',
  unsubscribedSome: '指定した投稿を止めました。引き続き投稿する内容:',
  noneTitle: '購読はありません',
  none: 'このチャンネルには定期投稿がありません。/deal subscribe で購読できます。',
  listTitle: 'このチャンネルの定期投稿',
  reminders: (zone) => `リマインダー: 今後の各出来事の7日前・前日・当日の9:00（${zone}）`,
  digest: (cadence, day, time, zone, quiet) =>
    `${cadence === 'weekly' ? `週次ダイジェスト: 毎週${weekdayName(day, 'ja')}` : '日次ダイジェスト: 毎日'} ${time}（${zone}）${quiet ? '、新しい情報がない回は投稿しない' : ''}`,
  news: (zone) =>
    `ニュース: ニュースフィードで見つかった合意に関する新しい報道を、見つかり次第1回ずつ（日付は${zone}）`,
  next: (when) => `次回: ${when}`,
  language: (lang) => `言語: ${lang === 'ja' ? '日本語' : '英語'}`,
  failing: (reason) =>
    `投稿が停止中です（直近の投稿が失敗: ${reason}）。原因を解消してから /deal subscribe をもう一度実行してください。`,
};

export function subscriptionMessages(lang: Lang): SubscriptionMessages {
  return lang === 'ja' ? ja : en;
}
