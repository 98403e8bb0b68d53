import type { Lang } from '../answer/answer.js';

/** The words of reminders and digests, in English and Japanese. Codes stay in the callers. */

const en = {
  zone: { washington: 'Washington', tokyo: 'Tokyo', yours: 'Your time' },
  yourZoneSuffix: ', your zone',
  reminderTitle: {
    d7: (name: string) => `Reminder: ${name} in one week`,
    d1: (name: string) => `Reminder: ${name} tomorrow`,
    d0: (name: string) => `Today: ${name}`,
    month: (name: string) => `Expected this month: ${name}`,
  },
  reminderLead: {
    d7: (name: string, when: string) => `${name} is one week away: ${when}.`,
    d1: (name: string, when: string) => `${name} is tomorrow: ${when}.`,
    d0: (name: string, when: string) => `${name} is today: ${when}.`,
    month: (name: string, when: string) =>
      `${name} is expected in ${when}. The exact date has not been announced; a reminder will follow when it is.`,
  },
  when: 'When',
  until: 'until',
  wholePeriod: (when: string) => `${when} (no exact date yet)`,
  who: (names: string) => `Who: ${names}.`,
  where: (place: string) => `Where: ${place.replace(/\.$/, '')}.`,
  statusLine: (label: string) => `Status: ${label}.`,
  digestTitle: {
    weekly: 'Weekly digest: the US–Japan investment deal',
    daily: 'Daily digest: the US–Japan investment deal',
  },
  digestChanges: (n: number, since: string) =>
    `${n === 1 ? 'One record was' : `${n} records were`} added or updated since ${since}:`,
  digestNoNews: (since: string) => `No news since ${since}.`,
  more: (n: number) => `… and ${n} more`,
  digestAdded: 'new',
  reportedOn: (day: string) => `reported ${day}`,
  sourcesEnd: (month: string) => `My sources run to ${month}: nothing later is known.`,
  digestChanged: 'updated',
  digestUpcoming: 'In the next 30 days:',
  digestNoUpcoming: 'No events known in the next 30 days.',
  digestMerged: (n: number) =>
    `(This digest also covers ${n} earlier digest${n === 1 ? '' : 's'} that could not be posted.)`,
  dealStatus: (pledge: string, projects: number, total: string, confirmed: number) =>
    `Deal status: Japan's ${pledge} pledge; ${projects} project${projects === 1 ? '' : 's'} recorded, ${confirmed === 0 ? 'none' : confirmed} selected or announced${confirmed ? ` (${total} in all)` : ''}.`,
  collection: {
    events: 'event',
    projects: 'project',
    tranches: 'tranche',
    terms: 'term of the deal',
    tariffs: 'tariff',
    conflicts: 'disagreement',
    people: 'person',
    organisations: 'organisation',
    sectors: 'sector',
    goals: 'goal',
    gaps: 'open question',
    opinions: 'opinion',
    sources: 'source',
    deal: 'the deal',
  } as Record<string, string>,
};

export type ScheduleMessages = typeof en;

const ja: ScheduleMessages = {
  zone: { washington: 'ワシントン', tokyo: '東京', yours: 'お住まいの地域' },
  yourZoneSuffix: '、設定の地域',
  reminderTitle: {
    d7: (name) => `リマインダー: 1週間後に${name}`,
    d1: (name) => `リマインダー: 明日${name}`,
    d0: (name) => `本日: ${name}`,
    month: (name) => `今月予定: ${name}`,
  },
  reminderLead: {
    d7: (name, when) => `${name}まであと1週間です（${when}）。`,
    d1: (name, when) => `${name}は明日です（${when}）。`,
    d0: (name, when) => `${name}は本日です（${when}）。`,
    month: (name, when) =>
      `${name}は${when}に予定されています。正確な日付は未発表で、発表され次第お知らせします。`,
  },
  when: '日時',
  until: '〜',
  wholePeriod: (when) => `${when}（日付未定）`,
  who: (names) => `参加者: ${names}。`,
  where: (place) => `場所: ${place.replace(/。$/, '')}。`,
  statusLine: (label) => `状況: ${label}。`,
  digestTitle: { weekly: '週次ダイジェスト: 日米投資合意', daily: '日次ダイジェスト: 日米投資合意' },
  digestChanges: (n, since) => `${since}以降に追加・更新された情報（${n}件）:`,
  digestNoNews: (since) => `${since}以降、新しい情報はありません。`,
  more: (n) => `…ほか${n}件`,
  digestAdded: '新規',
  reportedOn: (day) => `${day}報道`,
  sourcesEnd: (month) => `情報源は${month}までで、それ以降のことは分からない。`,
  digestChanged: '更新',
  digestUpcoming: '今後30日間の予定:',
  digestNoUpcoming: '今後30日間に予定されている出来事はありません。',
  digestMerged: (n) => `（投稿できなかった過去${n}回分のダイジェストもまとめています。）`,
  dealStatus: (pledge, projects, total, confirmed) =>
    `合意の状況: 日本の${pledge}の投資誓約。記録されている案件は${projects}件、選定・発表済み${confirmed === 0 ? 'なし' : `${confirmed}件（計${total}）`}。`,
  collection: {
    events: '出来事',
    projects: '案件',
    tranches: 'トランシェ',
    terms: '合意の条件',
    tariffs: '関税',
    conflicts: '情報源の食い違い',
    people: '人物',
    organisations: '組織',
    sectors: '分野',
    goals: '目標',
    gaps: '未確定事項',
    opinions: '意見',
    sources: '出典',
    deal: '合意',
  },
};

export function scheduleMessages(lang: Lang): ScheduleMessages {
  return lang === 'ja' ? ja : en;
}
