import type { Lang } from '../../core/answer/answer.js';

/** Every fixed phrase the Discord adapter shows, in English and Japanese. */

const en = {
  sources: 'Sources',
  asOf: (date: string) => `As of ${date}`,
  more: (n: number) => `… and ${n} more not shown`,
  apology: (ref: string) =>
    `Sorry, something went wrong while answering. Reference: ${ref}. Please try again.`,
  needsManageChannels: (command: string) =>
    `Only members who can manage this channel (Manage Channels) can use /deal ${command}. Ask a moderator, or try /deal subscriptions to see what this channel gets.`,
  buttonExpired: 'That button is from an older answer that I no longer remember. Ask again with /deal ask.',
  unknownCommand: 'I do not know that command. Try /deal help.',
};

const ja: typeof en = {
  sources: '出典',
  asOf: (date: string) => `${date}時点の情報`,
  more: (n: number) => `…ほか${n}件（省略）`,
  apology: (ref: string) =>
    `申し訳ありません。回答中にエラーが起きました。参照番号: ${ref}。もう一度お試しください。`,
  needsManageChannels: (command: string) =>
    `/deal ${command} は、このチャンネルを管理できるメンバー（チャンネルの管理権限）だけが使えます。モデレーターに依頼するか、/deal subscriptions で現在の設定を確認してください。`,
  buttonExpired: 'このボタンは古い回答のもので、内容を覚えていません。/deal ask でもう一度質問してください。',
  unknownCommand: 'そのコマンドはありません。/deal help をお試しください。',
};

export function words(lang: Lang): typeof en {
  return lang === 'ja' ? ja : en;
}
