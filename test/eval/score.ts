/**
 * Runs the evaluation set through an engine and scores it: accuracy overall, per class, per part of
 * the record and per language, and how well the engine's "I don't know" tracks what the sources hold.
 */

import { ConversationStore } from '../../src/app/conversations.js';
import type { Answer, Lang } from '../../src/core/answer/answer.js';
import type { AnswerOptions, ConversationContext } from '../../src/core/engine/index.js';
import { check, saysDontKnow } from './match.js';
import { type EvalCase, type Expect, SETS, type SetId, setOf } from './types.js';

export interface AnswersQuestions {
  answer(question: string, options: AnswerOptions): Answer;
  /** A turn of a conversation (engines that take one): the answer and the context for the next turn. */
  converse?(
    question: string,
    options: AnswerOptions,
  ): { answer: Answer; context: ConversationContext | undefined };
}

/**
 * Whether the engine's options take a conversation id. Derived from the type, so `tsc` fails here the
 * day `AnswerOptions` gains `conversation`, and whoever merges that flips this to `true`. Until then
 * every multi-turn case fails: a follow-up answered without its conversation is not a follow-up.
 */
type TakesConversation = 'conversation' extends keyof AnswerOptions ? true : false;
export const ENGINE_TAKES_CONVERSATION: TakesConversation = true;

export interface TurnResult {
  q: string;
  lead: string;
  intent: string;
  /** The answer said "I don't know". */
  dontKnow: boolean;
  failures: string[];
}

export interface CaseResult {
  case: EvalCase;
  pass: boolean;
  failures: string[];
  turns: TurnResult[];
}

const langFor = (q: string): Lang => (/[\u3040-\u30ff\u3400-\u9fff]/.test(q) ? 'ja' : 'en');

/**
 * A conversation's turns go through the bot's own conversation store (src/app/conversations.ts), keyed
 * by the case's conversation id, so a follow-up is read exactly as a Slack thread or a Discord channel
 * reads it.
 */
function runTurn(
  engine: AnswersQuestions,
  q: string,
  expect: Expect,
  options: AnswerOptions,
  conversation?: { store: ConversationStore; key: string },
): TurnResult {
  const converse = engine.converse?.bind(engine);
  const answer =
    conversation && converse
      ? conversation.store.answer({ converse }, conversation.key, q, options)
      : engine.answer(q, options);
  return {
    q,
    lead: answer.lead,
    intent: answer.intent,
    dontKnow: saysDontKnow(answer),
    failures: check(answer, expect),
  };
}

/** One case through the engine; never throws (a throw is a failure named as such). */
export function runCase(engine: AnswersQuestions, c: EvalCase, takesConversation: boolean): CaseResult {
  try {
    if (c.q !== undefined && c.expect) {
      const t = runTurn(engine, c.q, c.expect, { now: c.now, lang: langFor(c.q) });
      return { case: c, pass: t.failures.length === 0, failures: t.failures, turns: [t] };
    }
    if (!takesConversation || !engine.converse)
      return {
        case: c,
        pass: false,
        failures: ['the engine takes no conversation: follow-ups cannot be asked'],
        turns: [],
      };
    const conversation = { store: new ConversationStore(), key: `eval:${c.id}` };
    const turns = (c.turns ?? []).map((turn) =>
      runTurn(engine, turn.q, turn.expect, { now: c.now, lang: langFor(turn.q) }, conversation),
    );
    const failures = turns.flatMap((t, i) => t.failures.map((f) => `turn ${i + 1}: ${f}`));
    return { case: c, pass: failures.length === 0 && turns.length > 0, failures, turns };
  } catch (error) {
    return { case: c, pass: false, failures: [`threw: ${String(error)}`], turns: [] };
  }
}

export interface Tally {
  pass: number;
  total: number;
  accuracy: number;
}

export interface DontKnowStats {
  /** Answers that said "I don't know". */
  said: number;
  /** ... of which the sources do not answer (correct). */
  right: number;
  /** ... of which the sources do answer (a false "I don't know"). */
  wrong: number;
  /** Questions the sources do not answer. */
  expected: number;
  /** right / said: how often "I don't know" is justified. */
  precision: number;
  /** right / expected: how often it is said when it should be. */
  recall: number;
}

export interface Score {
  overall: Tally;
  byClass: Record<string, Tally>;
  byPart: Record<string, Tally>;
  byLang: Record<string, Tally>;
  /** Accuracy of the development set and of the held-out set (`fresh`). */
  bySet: Record<string, Tally>;
  /** Accuracy per class within each set: the floors of the dev set are per class. */
  byClassInSet: Record<SetId, Record<string, Tally>>;
  dontKnow: DontKnowStats;
  results: CaseResult[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

function tally(results: readonly CaseResult[], key: (r: CaseResult) => string): Record<string, Tally> {
  const out: Record<string, Tally> = {};
  for (const r of results) {
    const k = key(r);
    const t = out[k] ?? { pass: 0, total: 0, accuracy: 0 };
    out[k] = t;
    t.total++;
    if (r.pass) t.pass++;
  }
  for (const t of Object.values(out)) t.accuracy = ratio(t.pass, t.total);
  return out;
}

/**
 * A turn's expected "I don't know": as stated; else false where the sources answer it (something to
 * mention, a yes/no, a conflict); else not counted. A "not stated" detail and a false premise are not
 * counted either: "my sources don't mention the jobs" is the right start of those answers.
 */
function expectedDontKnow(e: Expect): boolean | undefined {
  if (e.dontKnow !== undefined) return e.dontKnow;
  if (e.notStated || e.rejectsPremise) return undefined;
  return e.mustMention?.length || e.yesNo || e.conflict ? false : undefined;
}

export function score(
  engine: AnswersQuestions,
  cases: readonly EvalCase[],
  takesConversation: boolean,
): Score {
  const results = cases.map((c) => runCase(engine, c, takesConversation));
  const dk = { said: 0, right: 0, wrong: 0, expected: 0 };
  for (const r of results) {
    const turn = r.turns[0];
    if (r.case.q === undefined || !r.case.expect || !turn) continue;
    const want = expectedDontKnow(r.case.expect);
    if (want === undefined) continue;
    const said = turn.dontKnow;
    if (want) dk.expected++;
    if (!said) continue;
    dk.said++;
    if (want) dk.right++;
    else dk.wrong++;
  }
  const overall = tally(results, () => 'all').all ?? { pass: 0, total: 0, accuracy: 1 };
  return {
    overall,
    byClass: tally(results, (r) => r.case.class),
    byPart: tally(results, (r) => r.case.part),
    byLang: tally(results, (r) => r.case.lang),
    bySet: tally(results, (r) => setOf(r.case)),
    byClassInSet: Object.fromEntries(
      SETS.map((set) => [
        set,
        tally(
          results.filter((r) => setOf(r.case) === set),
          (r) => r.case.class,
        ),
      ]),
    ) as Record<SetId, Record<string, Tally>>,
    dontKnow: { ...dk, precision: ratio(dk.right, dk.said), recall: ratio(dk.right, dk.expected) },
    results,
  };
}
