import type { LocalizedText } from '../factbase/schema.js';

/**
 * Every `/deal` command word, declared once. Slack's help, Discord's command registration,
 * the console's help and the README's command table are all derived from this list.
 */

export type CommandName =
  | 'ask'
  | 'projects'
  | 'sectors'
  | 'timeline'
  | 'next'
  | 'who'
  | 'sources'
  | 'news'
  | 'help'
  | 'subscribe'
  | 'unsubscribe'
  | 'subscriptions';

export interface CommandOption {
  name: string;
  description: LocalizedText;
  required: boolean;
  /** Discord offers autocomplete for this option. */
  autocomplete?: boolean;
  choices?: ReadonlyArray<{ name: string; value: string }>;
}

export interface CommandSpec {
  name: CommandName;
  /**
   * 'query' commands are answered by the engine; 'subscription' ones change the channel's
   * subscriptions; 'news' reads the news reports found in feeds. The last two need the state store.
   */
  group: 'query' | 'subscription' | 'news';
  description: LocalizedText;
  /** Other words (English and Japanese) that mean the same command. */
  aliases: readonly string[];
  usage: string;
  options: readonly CommandOption[];
  examples: readonly string[];
  /** Only members who can manage the channel may use it (Discord default member permissions). */
  manageChannel?: boolean;
}

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type DayOfWeek = (typeof DAYS)[number];

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'ask',
    group: 'query',
    description: { en: 'Ask any question about the deal', ja: '合意について自由に質問する' },
    aliases: ['question', 'q', '質問'],
    usage: '/deal ask <question>  (or just /deal <question>)',
    options: [
      {
        name: 'question',
        description: { en: 'Your question, in English or Japanese', ja: '質問（英語または日本語）' },
        required: true,
        autocomplete: true,
      },
    ],
    examples: ["/deal when is the PM's White House visit?", '/deal what is the biggest project?'],
  },
  {
    name: 'projects',
    group: 'query',
    description: { en: 'The candidate first projects', ja: '最初の案件の候補' },
    aliases: ['project', 'candidates', 'プロジェクト', '案件', '候補'],
    usage: '/deal projects',
    options: [],
    examples: ['/deal projects'],
  },
  {
    name: 'sectors',
    group: 'query',
    description: { en: 'The seven target sectors', ja: '7つの対象分野' },
    aliases: ['sector', 'industries', '分野', 'セクター'],
    usage: '/deal sectors',
    options: [],
    examples: ['/deal sectors'],
  },
  {
    name: 'timeline',
    group: 'query',
    description: { en: 'Every dated event, in order', ja: '日付のある出来事の一覧' },
    aliases: ['events', 'history', 'dates', '年表', '経緯', 'タイムライン'],
    usage: '/deal timeline',
    options: [],
    examples: ['/deal timeline'],
  },
  {
    name: 'next',
    group: 'query',
    description: { en: 'What comes next', ja: '次の予定' },
    aliases: ['upcoming', 'soon', '次', '予定', '今後'],
    usage: '/deal next',
    options: [],
    examples: ['/deal next'],
  },
  {
    name: 'who',
    group: 'query',
    description: { en: 'Who someone is and their role', ja: '人物とその役職' },
    aliases: ['whois', 'person', '誰', '人物'],
    usage: '/deal who <name>',
    options: [
      {
        name: 'name',
        description: { en: 'A person or organisation', ja: '人物または組織' },
        required: false,
        autocomplete: true,
      },
    ],
    examples: ['/deal who Akazawa', '/deal who ラトニック'],
  },
  {
    name: 'sources',
    group: 'query',
    description: { en: 'Where the facts come from', ja: '情報源' },
    aliases: ['source', 'references', '出典', '情報源', 'ソース'],
    usage: '/deal sources',
    options: [],
    examples: ['/deal sources'],
  },
  {
    name: 'news',
    group: 'news',
    description: {
      en: 'The latest news reports about the deal, found in news feeds',
      ja: 'ニュースフィードで見つかった合意に関する最新の報道',
    },
    aliases: ['reports', 'headlines', 'ニュース', '報道'],
    usage: '/deal news',
    options: [],
    examples: ['/deal news'],
  },
  {
    name: 'help',
    group: 'query',
    description: { en: 'What the bot can do', ja: '使い方' },
    aliases: ['?', 'commands', 'usage', 'ヘルプ', '使い方'],
    usage: '/deal help',
    options: [],
    examples: ['/deal help'],
  },
  {
    name: 'subscribe',
    group: 'subscription',
    description: {
      en: 'Post reminders, a digest or news reports in this channel',
      ja: 'このチャンネルにリマインダー・ダイジェスト・報道を投稿する',
    },
    aliases: ['sub', '購読', '登録'],
    usage:
      '/deal subscribe [reminders|digest|news] [weekly|daily] [mon..sun] [HH:MM] [Area/City] [en|ja] [quiet]',
    options: [
      {
        name: 'kind',
        description: { en: 'What to post', ja: '投稿する内容' },
        required: false,
        choices: [
          { name: 'reminders and digest', value: 'all' },
          { name: 'reminders', value: 'reminders' },
          { name: 'digest', value: 'digest' },
          { name: 'news reports', value: 'news' },
        ],
      },
      {
        name: 'cadence',
        description: { en: 'How often the digest comes', ja: 'ダイジェストの頻度' },
        required: false,
        choices: [
          { name: 'weekly', value: 'weekly' },
          { name: 'daily', value: 'daily' },
        ],
      },
      {
        name: 'day',
        description: { en: 'Day of the weekly digest', ja: '週次ダイジェストの曜日' },
        required: false,
        choices: DAYS.map((d) => ({ name: d, value: d })),
      },
      {
        name: 'time',
        description: {
          en: 'Local time of the digest, HH:MM (24h)',
          ja: 'ダイジェストの時刻（HH:MM、24時間制）',
        },
        required: false,
      },
      {
        name: 'timezone',
        description: { en: 'IANA time zone, e.g. Asia/Tokyo', ja: 'IANAタイムゾーン（例: Asia/Tokyo）' },
        required: false,
      },
      {
        name: 'lang',
        description: { en: 'Language of the posts', ja: '投稿の言語' },
        required: false,
        choices: [
          { name: 'English', value: 'en' },
          { name: '日本語', value: 'ja' },
        ],
      },
      {
        name: 'quiet',
        description: {
          en: 'Post no digest when nothing changed (default: a short "no news" line)',
          ja: '変更がない週はダイジェストを投稿しない（既定は「新しい情報なし」の一行）',
        },
        required: false,
        choices: [{ name: 'stay quiet when nothing changed', value: 'quiet' }],
      },
    ],
    examples: [
      '/deal subscribe reminders',
      '/deal subscribe digest weekly mon 09:00 Asia/Tokyo',
      '/deal subscribe digest daily 18:00 quiet',
      '/deal subscribe news Asia/Tokyo ja',
    ],
    manageChannel: true,
  },
  {
    name: 'unsubscribe',
    group: 'subscription',
    description: { en: 'Stop scheduled posts in this channel', ja: 'このチャンネルへの定期投稿を止める' },
    aliases: ['unsub', '購読解除', '解除'],
    usage: '/deal unsubscribe [reminders|digest|news|all]',
    options: [
      {
        name: 'kind',
        description: { en: 'What to stop', ja: '止める内容' },
        required: false,
        choices: [
          { name: 'everything', value: 'all' },
          { name: 'reminders', value: 'reminders' },
          { name: 'digest', value: 'digest' },
          { name: 'news reports', value: 'news' },
        ],
      },
    ],
    examples: ['/deal unsubscribe digest'],
    manageChannel: true,
  },
  {
    name: 'subscriptions',
    group: 'subscription',
    description: { en: "This channel's scheduled posts", ja: 'このチャンネルの定期投稿' },
    aliases: ['subs', '購読一覧'],
    usage: '/deal subscriptions',
    options: [],
    examples: ['/deal subscriptions'],
    manageChannel: true,
  },
];

const byWord = new Map<string, CommandSpec>();
for (const spec of COMMANDS) {
  byWord.set(spec.name, spec);
  for (const alias of spec.aliases) byWord.set(alias.toLowerCase(), spec);
}

export function commandSpec(name: CommandName): CommandSpec {
  const spec = COMMANDS.find((c) => c.name === name);
  if (!spec) throw new Error(`unknown command ${name}`);
  return spec;
}

export interface ParsedCommand {
  spec: CommandSpec;
  /** The words after the command word (for ask, the question itself). */
  args: string;
  /** True when the first word named the command; false when the text is a free question. */
  explicit: boolean;
}

/**
 * Reads `/deal <word> <args>` or `<word> <args>`. A first word that is not a command makes the
 * whole text a question for `ask`.
 */
export function parseCommand(text: string): ParsedCommand {
  const trimmed = text.trim().replace(/^\/deal\b\s*/i, '');
  const match = /^(\S+)\s*([\s\S]*)$/.exec(trimmed);
  const ask = commandSpec('ask');
  if (!match) return { spec: commandSpec('help'), args: '', explicit: false };
  const word = (match[1] ?? '').toLowerCase().replace(/[?？!！.。:：,、]+$/u, '');
  const spec = byWord.get(word);
  if (!spec) return { spec: ask, args: trimmed, explicit: false };
  const args = (match[2] ?? '').trim();
  // "next?" or "who is X" read as questions are fine either way; "ask" takes the rest as the question.
  return { spec, args, explicit: true };
}
