/**
 * Follow-ups (#12): what a conversation carries from one answer to the next, and how a short question
 * that leans on it ("and the third one?", "who runs it?", "when does he get back?", "3つ目は？") is
 * read. Pure: the caller keeps the context (src/app/conversations.ts) and passes it back in.
 */
import type { Answer } from '../answer/answer.js';
import { EN_ORDINALS, KANJI_DIGITS } from './analysis/ordinal-words.js';
import type { Mention } from './gazetteer.js';
import type { Entity, EntityType } from './knowledge.js';

/** What the last answer of a conversation was about. Ids only: nothing the user typed is kept. */
export interface ConversationContext {
  /** The records the last answer was about, the main one first. */
  readonly focus: readonly string[];
  /** The items of the last list shown, in order ("the third one"). */
  readonly list: readonly string[];
  /** The last person named ("he", "she", "彼"). */
  readonly person?: string;
}

/**
 * The key of a conversation: the platform, the place and the person, so no two users and no two
 * threads share a context. Slack: a thread (or a DM's channel); Discord: a channel and user, or a
 * DM; the console: one run.
 */
export function conversationKey(platform: string, workspace: string, place: string, user: string): string {
  return `${platform}:${workspace}:${place}:${user}`;
}

/** The most records carried over: a long list is remembered only as far as anyone counts. */
const MAX_CARRIED = 20;

const ORDINALS: Record<string, number> = {
  ...EN_ORDINALS,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
};

/** "the third one", "the last one", "3つ目", "二番目", "最後の": the position in the last list (-1 = last). */
export function ordinalIn(text: string): number | undefined {
  const en =
    /\b(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|4th|5th|last)\s+(?:one|project|item)\b/i.exec(
      text,
    );
  if (en?.[1]) return en[1].toLowerCase() === 'last' ? -1 : ORDINALS[en[1].toLowerCase()];
  const number = /\bnumber\s+(\d{1,2})\b/i.exec(text);
  if (number?.[1]) return Number(number[1]);
  const ja = /([0-9０-９]{1,2}|[一二三四五六七八九十])\s*(?:つ目|番目|個目|件目)/.exec(text);
  if (ja?.[1]) return KANJI_DIGITS[ja[1]] ?? Number(ja[1].normalize('NFKC'));
  if (/最後の(?:案件|もの|やつ)|最後のは/.test(text)) return -1;
  return undefined;
}

const PERSON_PRONOUN = /\b(he|him|his|she|her|hers)\b|彼女?|この人|その人|あの人/i;
const THING_PRONOUN =
  /\b(it|its|that one|this one|that|this|they|them|their|there)\b|それ|その|これ|この|そこ|あれ/i;
/** Openings that continue the last exchange: "and …", "what about …", "in yen?", "since when?", "by how much?". */
const CONTINUES =
  /^(and|also|so|what about|how about|in yen|in dollars|since when|until when|by how much|how much in total|in total|total|why|when|where|who)\b|^(で|じゃあ|それで|あと|円だと|ドルだと|合計|いつから|いつまで|誰|だれ|どこ|いつ|なぜ|何が)/i;
const SUPERLATIVE = /\b(smallest|largest|biggest|cheapest|most expensive|priciest)\b|一番|最大|最小|いちばん/;
const OWN_SET = /\b(projects?|tranches?|sectors?|events?|candidates?|investments?)\b|案件|プロジェクト|分野/;
/** At most this many words: a longer question says what it is about on its own. */
const SHORT = 8;

/** How the question leans on the conversation, if it does. */
export interface FollowUp {
  /** Records to read the question as naming, strongest first. */
  mentions: Mention[];
}

/**
 * Reads a question against the context. `named` is what the question names itself: a question that
 * names something and has no pronoun or position is not a follow-up.
 */
export function followUp(
  text: string,
  context: ConversationContext | undefined,
  named: readonly Mention[],
  entity: (id: string) => Entity | undefined,
  /** The question, read alone, was not understood: an elliptical one ("what was agreed?") leans on the context. */
  elliptical = false,
): FollowUp | undefined {
  if (!context) return undefined;
  const mention = (id: string | undefined, strength: number): Mention[] => {
    const e = id ? entity(id) : undefined;
    return e ? [{ entity: e, alias: e.name.en.toLowerCase(), strength }] : [];
  };
  const position = ordinalIn(text);
  if (position !== undefined && context.list.length) {
    const id = position === -1 ? context.list.at(-1) : context.list[position - 1];
    return id ? { mentions: mention(id, 1) } : undefined;
  }
  // "which is the smallest?" after a list: among the items shown ("the biggest project?" names its own set).
  if (
    SUPERLATIVE.test(text) &&
    !OWN_SET.test(text) &&
    context.list.length > 1 &&
    !named.some((m) => !m.partial)
  )
    return { mentions: context.list.flatMap((id) => mention(id, 0.9)) };
  const short = text.trim().split(/\s+/).length <= SHORT || /[\u3040-\u30ff\u3400-\u9fff]/.test(text);
  if (!short) return undefined;
  const strongNamed = named.some((m) => !m.partial && m.strength >= 0.9);
  if (PERSON_PRONOUN.test(text) && context.person) {
    const main = context.focus[0];
    // "when does he get back?" after his trip: the person, and the record about him last answered.
    return {
      mentions: [...mention(context.person, 0.95), ...(main !== context.person ? mention(main, 0.9) : [])],
    };
  }
  if (strongNamed && !THING_PRONOUN.test(text)) return undefined;
  // English says what a follow-up leans on ("it", "and …"); Japanese often drops it ("運営は誰？").
  const japanese = /[\u3040-\u30ff\u3400-\u9fff]/.test(text);
  if (
    !THING_PRONOUN.test(text) &&
    !CONTINUES.test(text.trim()) &&
    (named.length || !japanese) &&
    !(elliptical && !named.some((m) => !m.partial))
  )
    return undefined;
  const [main, related] = context.focus;
  const first = main ? entity(main) : undefined;
  if (!first) return undefined;
  // A project's or an event's answer names its parties ("who runs it?"); a person's names their doings.
  const carries = first.type === 'project' || first.type === 'event' || first.type === 'tranche';
  return { mentions: [...mention(main, 0.95), ...(carries ? mention(related, 0.9) : [])] };
}

/** The context after an answer: what it was about, the list it showed, the person it named. */
export function nextContext(
  answer: Answer,
  previous: ConversationContext | undefined,
  typeOf: (id: string) => EntityType | undefined,
): ConversationContext | undefined {
  const ids = (list: readonly string[]) =>
    [...new Set(list.map((id) => id.split(':')[0] ?? id))].filter((id) => typeOf(id) !== undefined);
  const focus = ids(answer.facts).slice(0, MAX_CARRIED);
  // An answer that did not understand keeps the conversation where it was.
  if (answer.kind === 'unknown' || answer.kind === 'ambiguous' || answer.kind === 'help' || !focus.length)
    return previous;
  const shown = ids(answer.items.map((i) => i.id)).slice(0, MAX_CARRIED);
  const person = focus.find((id) => typeOf(id) === 'person') ?? previous?.person;
  return {
    focus,
    list: shown.length > 1 ? shown : (previous?.list ?? []),
    ...(person ? { person } : {}),
  };
}
