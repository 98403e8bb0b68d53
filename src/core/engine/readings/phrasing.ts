/**
 * Common chat phrasing (#12) that names no record: thanks and greetings (a short reply, not the help
 * text), "tl;dr" and "ざっくり" (the deal in brief), "how current is this?" (how far the sources
 * reach), "what's the latest?" (the newest events), "who's who" (the people).
 */

import { earliestDay } from '../../factbase/claims.js';
import { formatDateValue } from '../../time/dates.js';
import type { Draft } from '../compose.js';
import type { Ctx } from '../context.js';
import { deal } from '../handlers/deal.js';
import { eventItem, eventSentence, stateOf } from '../handlers/events.js';
import { listPeople } from '../handlers/who.js';
import type { ReadingScope } from './reading.js';

const PHRASES = {
  thanks: {
    en: /\b(thanks?|thank you|thx|ty|tysm|cheers|much appreciated|appreciate it)\b/,
    ja: /ありがと|どうも|感謝|助かり|了解/,
  },
  /** A short acknowledgement on its own ("ok cool", "great"). */
  ack: {
    en: /^(ok|okay|k|cool|great|nice|got it|perfect|awesome|you re great|good bot)( \w+)?$/,
    ja: /^(了解|わかった|なるほど|OK)[。!！]?$/,
  },
  hello: {
    en: /^(hello|hi|hey|yo|hiya|good (morning|afternoon|evening))( there| bot| deal bot)?$/,
    ja: /^(こんにちは|こんばんは|おはよう|やあ|はじめまして)/,
  },
  brief: {
    en: /\b(tl ?dr|tldr|the basics|basics|eli5|explain (it |this )?like|in a nutshell|the gist|gist|in short|short version|quick summary|sum (it|this) up|big picture|bottom line)\b/,
    ja: /要するに|ざっくり|かいつまんで|一言で|簡単に(言|説明|教)|手短に|対米投資って|対米投資とは/,
  },
  money: {
    en: /\b(how much money|how much are we talking|how much we re talking|how big a deal)\b/,
    ja: /いくらの話|どのくらいのお金|金額の規模/,
  },
  freshness: {
    en: /\b(how current|how up to date|up to date|how old is (this|the|your)|how recent|last updated|updated when|when was (this|it) (last )?updated|as of when|how fresh)\b/,
    ja: /いつの(情報|データ|話)|いつ時点|いつまでの情報|最終更新|情報は最新|この情報いつ/,
  },
  latest: {
    en: /\b(what (?:s|is) the latest|whats the latest|the latest|latest news|any news|what (?:s|is) new|whats new|what (?:s|is) up with|whats up with|what (?:s|is) the status|whats the status|status update|where do things stand|where are we at|state of play|newest|most recent|latest thing|last thing you know|latest you know)\b/,
    ja: /最新(の)?(情報|状況|動き|ニュース|の出来事)|一番新しい|どうなってる|今どうなって|近況/,
  },
  people: {
    en: /\b(who (?:s|is) who|whos who|who (?:s|is) involved|whos involved|who is involved|who are the (players|people)|key players|main players)\b/,
    ja: /主な人物|登場人物|誰が関わ|関係者は/,
  },
} as const;

type Phrase = keyof typeof PHRASES;

const WORDS = {
  en: {
    thanks: "You're welcome! Ask me anything else about the US–Japan $550 billion deal.",
    hello:
      'Hi! I answer questions about the US–Japan $550 billion investment deal from cited sources. Try "projects", "next" or "help".',
    current: (asOf: string, newest: string, count: number) =>
      `My answers are as of ${asOf}. The newest of my ${count} sources was published on ${newest}; later news is not in them.`,
    latestTitle: 'The latest I know of',
    noLatest: 'My sources record no event up to today.',
  },
  ja: {
    thanks: 'どういたしまして。日米5,500億ドル投資合意について、ほかにも何でも聞いてください。',
    hello:
      'こんにちは。日米5,500億ドル投資合意について、出典付きの情報からお答えします。「案件」「次の予定」「ヘルプ」などと聞いてください。',
    current: (asOf: string, newest: string, count: number) =>
      `回答は${asOf}時点のもの。${count}件の情報源のうち最新のものは${newest}の公表で、それ以降の報道は含まない。`,
    latestTitle: '把握している最新の動き',
    noLatest: '今日までの出来事は情報源に記録されていない。',
  },
} as const;

const found = (ctx: Ctx, text: string, raw: string, p: Phrase): boolean =>
  PHRASES[p].en.test(text) || (ctx.lang === 'ja' && PHRASES[p].ja.test(raw));

function short(_ctx: Ctx, intent: string, lead: string, confidence: number): Draft {
  return { kind: 'help', intent, title: '', lead, facts: [], sources: [], confidence };
}

/** How far the sources reach, and the newest source's date. */
function freshness(ctx: Ctx, confidence: number): Draft {
  const { kb, lang } = ctx;
  const sources = kb.facts.sources;
  let newest = sources[0];
  for (const s of sources) if (newest && earliestDay(s.published) > earliestDay(newest.published)) newest = s;
  const w = WORDS[lang];
  return {
    kind: 'answer',
    intent: 'meta.freshness',
    title: lang === 'ja' ? '情報の鮮度' : 'How current this is',
    lead: w.current(
      kb.asOf(lang),
      newest ? formatDateValue(newest.published, lang) : kb.asOf(lang),
      sources.length,
    ),
    facts: [],
    sources: newest ? [newest.id] : [],
    confidence,
  };
}

/** The newest events that have started by today, newest first. */
function latest(ctx: Ctx, confidence: number): Draft {
  const { kb, lang, t } = ctx;
  const started = kb.spans
    .filter((s) => s.start <= kb.facts.knownTo)
    .slice(-3)
    .reverse();
  const states = started.map((s) => stateOf(ctx, s.event));
  const w = WORDS[lang];
  return {
    kind: 'timeline',
    intent: 'events.latest',
    title: w.latestTitle,
    lead: states[0] ? eventSentence(ctx, states[0]) : w.noLatest,
    items: states.map((s) => eventItem(ctx, s)),
    notes: states.slice(1).map((s) => eventSentence(ctx, s)),
    facts: states.map((s) => s.event.id),
    sources: [...new Set(states.flatMap((s) => s.event.dates.current.cite.map((c) => c.source)))],
    confidence,
    suggestions: [t.ask.next, t.ask.timeline],
  };
}

/** Phrases are short: a longer question asks about something and is read by the other readings. */
const MAX_WORDS = 12;

export function phrasingReadings({ ctx, a, add }: ReadingScope): void {
  if (a.text.length > 120 || a.text.split(' ', MAX_WORDS + 1).length > MAX_WORDS) return;
  const raw = a.text;
  const text = a.text.replace(/[!?.。！？]+$/u, '').trim();
  const named = a.mentions.some((m) => !m.partial && m.entity.type !== 'deal');
  const w = WORDS[ctx.lang];
  if (found(ctx, text, raw, 'thanks') || found(ctx, text, raw, 'ack'))
    add({
      key: 'thanks',
      score: named ? 0.5 : 0.95,
      label: '',
      question: '',
      run: (c, s) => short(c, 'thanks', w.thanks, s),
    });
  if (found(ctx, text, raw, 'hello'))
    add({ key: 'hello', score: 0.95, label: '', question: '', run: (c, s) => short(c, 'hello', w.hello, s) });
  if (named) return;
  if (found(ctx, text, raw, 'brief') || found(ctx, text, raw, 'money'))
    add({
      key: 'deal.summary',
      score: 0.93,
      label: ctx.kb.facts.deal.name[ctx.lang],
      question: '',
      run: (c, s) => deal(c, found(c, text, raw, 'money') ? 'pledge' : 'summary', s),
    });
  if (found(ctx, text, raw, 'freshness'))
    add({ key: 'meta.freshness', score: 0.95, label: '', question: '', run: freshness });
  if (found(ctx, text, raw, 'latest'))
    add({ key: 'events.latest', score: 0.94, label: WORDS[ctx.lang].latestTitle, question: '', run: latest });
  if (found(ctx, text, raw, 'people'))
    add({
      key: 'who.list',
      score: 0.94,
      label: ctx.t.ask.timeline,
      question: '',
      run: (c, s) => listPeople(c, s),
    });
}
