import type { Answer, Lang } from '../answer/answer.js';
import { parseCommand } from '../commands/model.js';
import type { FactBaseData } from '../factbase/schema.js';
import { Visibility, viewAt } from '../knowledge/view.js';
import { zoneToday } from '../time/date-keys.js';
import { amountIndex, amountsIn, boundsIn } from './amounts.js';
import { ClaimWords } from './analysis/claim-words.js';
import { OfficeHolders } from './analysis/office-holders.js';
import { OutsideNames, worldWords } from './analysis/outside-names.js';
import { expectedType, type QuestionAnalysis } from './analysis/question.js';
import { weakenSharedNames } from './analysis/shared-names.js';
import { Completer, type Completion } from './complete.js';
import { compose, type Draft } from './compose.js';
import { withConflicts } from './conflict-sides.js';
import { type Ctx, makeCtx } from './context.js';
import { type ConversationContext, followUp, nextContext } from './conversation.js';
import { detectMonth, japaneseCuePhrases, scanCues } from './cues.js';
import { Gazetteer, type Mention } from './gazetteer.js';
import { next, timeline } from './handlers/events.js';
import { ambiguous, help, sources, unknown } from './handlers/meta.js';
import { listProjects } from './handlers/projects.js';
import { listSectors } from './handlers/sectors.js';
import { listPeople, whoOrganisation, whoPerson } from './handlers/who.js';
import { compileKnowledge, entitiesOf, type Knowledge } from './knowledge.js';
import { operate, operatorInput } from './operators/index.js';
import { closeWinner } from './readings/answer-fit.js';
import { type Reading, readings } from './readings/index.js';
import { rankReadings } from './readings/rank.js';
import { Retrieval } from './retrieval/retrieve.js';
import { clean, hasJapanese, japaneseUnexplained, normalize, stem } from './text.js';
import { namedAlone, typoOfName } from './typo-names.js';

export interface AnswerOptions {
  /** The clock, injected: a Date, or an ISO 8601 string. */
  now: Date | string;
  /** The language to answer in; a question in Japanese is always answered in Japanese. */
  lang?: Lang;
  /** The conversation's context from the last `converse` (follow-ups); none: the question stands alone. */
  conversation?: ConversationContext;
}

export interface Engine {
  /** The fact base version the engine answers from. */
  readonly version: string;
  /**
   * Every source the file cites, whatever its date: for questions about the file itself (does it
   * cite this link?), never for answers, which see only `knowledgeAt(now)`.
   */
  readonly allSources: FactBaseData['sources'];
  /** The fact base as known at a moment (epoch ms or ISO 8601): only what was reported by that day (UTC). */
  knowledgeAt(now: number | string | Date): Knowledge;
  /** Answers any text: never throws on user input; the answer's length is bounded. */
  answer(question: string, options: AnswerOptions): Answer;
  /** Answers a turn of a conversation: the answer, and the context to pass with the next turn. */
  converse(
    question: string,
    options: AnswerOptions,
  ): { answer: Answer; context: ConversationContext | undefined };
  /** Ranked suggestions for a partly typed question or name (Discord autocomplete): at most `limit`. */
  complete(partial: string, field: 'question' | 'name', lang?: Lang, limit?: number): Completion[];
}

/** Below this confidence the engine says it does not know rather than guess. */
export const THRESHOLD = 0.5;
/** Two readings closer than this (and both above the ambiguity floor) make a "did you mean" answer. */
const AMBIGUITY_MARGIN = 0.04;
const AMBIGUITY_FLOOR = 0.55;
/** Only this much of a question is analysed; the rest cannot change the answer. */
const MAX_QUESTION = 500;

/** Platform markup that could ping or link: removed before the words are read. */
const MARKUP = /<[@#!][^>\s]{0,80}>|@(everyone|here|channel)\b/gi;
/** The slash command's own name, when the whole command line is passed in. */
const COMMAND_PREFIX = /^\s*\/deal\b/i;

const STOPWORDS = new Set(
  'a an the is are was were be been being do does did what whats which who whom whose when where why how of in on at to for from by with about as and or but not no yes me my you your i we our it its this that these those there their they them he she his her any some much many will would should could can may might has have had tell please pls plz know show give get got list one all s deal bot say says said so then than just really now currently still yet already right thing things stuff exactly actually basically'.split(
    ' ',
  ),
);

/** Numbers and amounts ("2026", "$2bn", "40%"): read by the date and amount rules, not names. */
const AMOUNT_WORD = /^\$?[\d.,]+(%|bn|b|m|mn|tn|k)?$/;

/** Short enough to lean on the conversation when it names nothing ("what was agreed?", "何が決まった？"). */
function elliptical(text: string): boolean {
  return hasJapanese(text) ? text.length <= 16 : text.trim().split(/\s+/).length <= 5;
}

/** Days whose compiled knowledge is kept: answers at today's clock never recompile. */
const DAYS_KEPT = 4;

export function createEngine(facts: FactBaseData): Engine {
  const visibility = new Visibility(facts);
  const entities = entitiesOf(facts);
  const gazetteer = new Gazetteer(entities.list);
  const offices = new OfficeHolders(facts, entities);
  const outside = new OutsideNames(gazetteer, ClaimWords.of(facts, worldWords()));
  const days = new Map<string, { kb: Knowledge; amounts: ReturnType<typeof amountIndex> }>();
  /** The knowledge of one day (UTC), compiled on first use and kept for the last few days asked. */
  function day(key: string) {
    let d = days.get(key);
    if (d) {
      days.delete(key);
      days.set(key, d);
      return d;
    }
    const kb = compileKnowledge(viewAt(visibility, key), entities);
    d = { kb, amounts: amountIndex(kb) };
    days.set(key, d);
    if (days.size > DAYS_KEPT) days.delete(days.keys().next().value as string);
    return d;
  }
  const epoch = (now: number | string | Date) =>
    typeof now === 'number' ? now : typeof now === 'string' ? Date.parse(now) : now.getTime();
  // Autocomplete is built on first use: only Discord asks for it, and it need not slow the load.
  let completer: Completer | undefined;
  // Retrieval over every claim's text: the index is built the first time a question needs it.
  const retrieval = new Retrieval(facts);

  /** Share of the question's content words explained by a cue phrase or a known name (0..1). */
  function coverage(normalized: string, spans: readonly [number, number][], mentions: Mention[]): number {
    let total = 0;
    let explained = 0;
    for (const m of normalized.matchAll(/\S+/g)) {
      const w = m[0];
      if (w.length <= 2 || STOPWORDS.has(w) || hasJapanese(w) || AMOUNT_WORD.test(w)) continue;
      total++;
      const inCue = spans.some(([a, b]) => m.index >= a && m.index + w.length <= b);
      if (inCue || gazetteer.knows(stem(w)) || typoOfName(w, mentions)) explained++;
    }
    if (!total) return 1;
    // A strong name match explains the question even when other words are unknown.
    const strong = mentions.some((x) => x.strength >= 0.9 && !x.partial) ? 0.2 : 0;
    return Math.min(1, explained / total + strong);
  }

  /** Capitalised names, not opening the question, that no name in the fact base contains ("Elon Musk"). */
  function unknownNames(question: string): string[] {
    const names = new Set<string>();
    for (const m of question.matchAll(/[A-Z][A-Za-z0-9-]{1,30}(?: [A-Z][A-Za-z0-9-]{1,30}){0,3}/g)) {
      const words = m[0].split(' ');
      // The question's first word is capitalised for grammar, not because it is a name.
      if (m.index === 0) words.shift();
      const unknown = words.filter(
        (w) => w.length > 2 && !STOPWORDS.has(w.toLowerCase()) && !gazetteer.knows(stem(w.toLowerCase())),
      );
      if (unknown.length && unknown.length === words.length) names.add(words.join(' '));
    }
    return [...names];
  }

  function understand(ctx: Ctx, question: string): Draft {
    const { kb } = ctx;
    const amounts = day(ctx.day).amounts;
    const normalized = normalize(question);
    // A name of something not yet reported on the day is not known: it explains the word, no more.
    // An office ("the PM") names whoever held it on the day.
    const named = weakenSharedNames(question, offices.redirect(gazetteer.find(question), kb));
    const mentions = named.filter((m) => kb.visible(m.entity.id));
    // A follow-up ("who runs it?", "and the third one?") names what the conversation was about.
    const carried = followUp(
      question,
      ctx.conversation,
      mentions,
      (id) => entities.byId.get(id),
      ctx.ellipsis === true,
    );
    for (const m of carried?.mentions ?? [])
      if (kb.visible(m.entity.id) && !mentions.some((x) => x.entity.id === m.entity.id)) mentions.push(m);
    // An amount names the record that holds it ("the $40bn project"), unless a name already did, or
    // it is a bound to compare against ("bigger than $30 billion").
    const bounds = new Set(boundsIn(question).map((b) => b.amount));
    for (const amount of amountsIn(question)) {
      if (bounds.has(amount)) continue;
      for (const entity of amounts.get(amount) ?? []) {
        if (!mentions.some((m) => m.entity.id === entity.id))
          mentions.push({ entity, alias: String(amount), strength: 0.9 });
      }
    }
    const raw = question.normalize('NFKC');
    const { cues, spans } = scanCues(normalized, raw);
    const cover = hasJapanese(question)
      ? japaneseUnexplained(raw, [...japaneseCuePhrases(raw), ...mentions.map((m) => m.alias)]).length
        ? 0.5
        : 1
      : coverage(normalized, spans, mentions);
    const found = readings(ctx, {
      text: normalized,
      cues,
      mentions,
      month: detectMonth(normalized, raw),
      coverage: cover,
    });
    const best = new Map<string, Reading>();
    for (const r of found) {
      const prev = best.get(r.key);
      if (!prev || r.score > prev.score) best.set(r.key, r);
    }
    const factor = 0.65 + 0.35 * cover;
    const { ranked, wanted } = rankReadings(kb, best.values(), { question, normalized, raw, factor });
    const top = ranked[0];
    const analysis: QuestionAnalysis = {
      raw,
      text: normalized,
      focus: mentions,
      later: named.filter((m) => !kb.visible(m.entity.id)),
      unknown: outside.find(question),
      expects: expectedType(normalized, raw, hasJapanese(question)),
    };
    const operated = operate(
      operatorInput(ctx, analysis, cues, () =>
        top && top.score >= THRESHOLD ? top.run(ctx, top.score) : undefined,
      ),
    );
    if (operated) return withConflicts(ctx, analysis, operated);
    /** The best reading's answer; two close readings that lead to different records ask back. */
    const readingAnswer = (top: Reading): Draft => {
      const second = ranked[1];
      const close = second && second.score >= AMBIGUITY_FLOOR && top.score - second.score < AMBIGUITY_MARGIN;
      // Of two close readings, the one whose kind of record answers what is asked (a date: the event).
      const winner = close ? closeWinner(kb, top, second, wanted) : undefined;
      if (winner) return winner.run(ctx, top.score);
      const answer = top.run(ctx, top.score);
      if (close && second.question) {
        // Close readings that lead to the same record are one answer, not a question back.
        const other = second.run(ctx, second.score);
        const same =
          other.facts?.includes(answer.facts?.[0] ?? '') || answer.facts?.includes(other.facts?.[0] ?? '');
        if (!same) {
          const asked = [top, second].map((r) => ({ label: r.label, question: r.question }));
          return withConflicts(ctx, analysis, ambiguous(ctx, asked, top.score));
        }
      }
      return withConflicts(ctx, analysis, answer);
    };
    // The claim that matches the question best, when no reading understood it, or when the best
    // reading's answer matches the question's words far worse than that claim does (retrieval/).
    const unnamed = unknownNames(question);
    let read: Draft | undefined;
    const reading = top && top.score >= THRESHOLD ? () => (read ??= readingAnswer(top)) : undefined;
    const retrieved = unnamed.length ? undefined : retrieval.answer(ctx, analysis, reading);
    if (retrieved) return withConflicts(ctx, analysis, retrieved);
    if (!reading) {
      return unknown(ctx, top?.score ?? 0, 'not-covered', {
        unnamed,
        aboutCompanies: cues.has('partners') || cues.has('companies'),
      });
    }
    return reading();
  }

  function route(ctx: Ctx, text: string): Draft {
    const { kb } = ctx;
    if (!text) return help(ctx);
    const cmd = parseCommand(text);
    if (!cmd.explicit) return understand(ctx, text);
    const args = cmd.args;
    switch (cmd.spec.name) {
      case 'ask':
        return args ? understand(ctx, args) : help(ctx);
      case 'who': {
        if (!args) return listPeople(ctx);
        // A name the fact base does not know ("who is Brazil's president") is read as a question.
        if (outside.find(args).length) return understand(ctx, text);
        const name = args.replace(/^(is|are|was)\s+/i, '');
        const m = offices
          .redirect(gazetteer.find(name), kb)
          .find(
            (x) =>
              (x.entity.type === 'person' || x.entity.type === 'organisation') && kb.visible(x.entity.id),
          );
        // More words than the name ("who heads JBIC", "who is the CEO of Hitachi") make a question.
        if (m && !namedAlone(name, m.alias)) return understand(ctx, text);
        if (m) {
          const p = kb.people.get(m.entity.id);
          const o = kb.organisations.get(m.entity.id);
          if (p) return whoPerson(ctx, p, Math.max(0.6, m.strength));
          if (o) return whoOrganisation(ctx, o, Math.max(0.6, m.strength));
        }
        return understand(ctx, text);
      }
      case 'help':
        return help(ctx);
      case 'subscribe':
      case 'unsubscribe':
      case 'subscriptions':
        return { ...help(ctx), intent: 'subscriptions.unavailable' };
      default:
        break;
    }
    // A command word followed by more words may be a question that starts with that word.
    if (args) {
      const read = understand(ctx, text);
      if (read.kind !== 'unknown' && read.kind !== 'ambiguous') return read;
    }
    switch (cmd.spec.name) {
      case 'projects':
        return listProjects(ctx);
      case 'sectors':
        return listSectors(ctx);
      case 'timeline':
        return timeline(ctx);
      case 'next':
        return next(ctx);
      default:
        return sources(ctx);
    }
  }

  function answer(question: string, options: AnswerOptions): Answer {
    const now = epoch(options.now);
    if (Number.isNaN(now))
      throw new TypeError(`answer(): options.now is not a valid date: ${String(options.now)}`);
    const raw = typeof question === 'string' ? question : String(question ?? '');
    const text = clean(
      raw
        .slice(0, MAX_QUESTION * 4)
        .replace(MARKUP, ' ')
        .replace(COMMAND_PREFIX, ''),
    ).slice(0, MAX_QUESTION);
    const lang: Lang = hasJapanese(text) ? 'ja' : (options.lang ?? 'en');
    const key = zoneToday(now, 'UTC');
    const ctx = makeCtx(day(key).kb, lang, now);
    if (options.conversation) ctx.conversation = options.conversation;
    let draft: Draft;
    try {
      draft = route(ctx, text);
      // "What was agreed?" after an answer about the summit: a short question that names nothing and
      // that alone would get "I don't know" leans on what the conversation was about.
      if (draft.kind === 'unknown' && ctx.conversation && !ctx.ellipsis && elliptical(text)) {
        ctx.ellipsis = true;
        const leaning = route(ctx, text);
        if (leaning.kind !== 'unknown') draft = leaning;
      }
    } catch {
      // A bug must not reach the user as a crash; tests assert this intent never appears.
      draft = { ...unknown(ctx, 0), intent: 'error' };
    }
    return compose(ctx.kb, lang, draft);
  }

  return {
    version: facts.meta.version,
    allSources: facts.sources,
    knowledgeAt(now) {
      const ms = epoch(now);
      if (Number.isNaN(ms)) throw new TypeError(`knowledgeAt(): not a valid date: ${String(now)}`);
      return day(zoneToday(ms, 'UTC')).kb;
    },
    answer(question, options) {
      return answer(question, options);
    },
    converse(question, options) {
      const given = answer(question, options);
      return {
        answer: given,
        context: nextContext(given, options.conversation, (id) => entities.byId.get(id)?.type),
      };
    },
    complete(partial, field, lang = 'en', limit = 25) {
      // Names are the same whatever the day: complete from the day last answered (no second view of
      // a large fact base), or, before any answer, from the end of the sources.
      const latest = [...days.values()].at(-1)?.kb;
      completer ??= new Completer(latest ?? day(facts.meta.coverage.endsOn).kb);
      return completer.complete(partial, field, hasJapanese(partial) ? 'ja' : lang, limit);
    },
  };
}
