import { expectedType } from '../analysis/question.js';
import { detectMonth } from '../cues.js';
import type { Knowledge } from '../knowledge.js';
import { hasJapanese } from '../text.js';
import { FIT_WEIGHT, fitOf, type Wanted, wantedOf } from './answer-fit.js';
import { questionTokens, rankEvents } from './event-fit.js';
import type { Reading } from './reading.js';

/** The question as the ranking reads it. */
export interface RankInput {
  question: string;
  normalized: string;
  /** The question as typed (NFKC). */
  raw: string;
  /** What the share of the question's words explained makes of every score (0.65..1). */
  factor: number;
}

/**
 * The readings, best first: each scaled by how much of the question was understood, raised when its
 * kind of record answers what is asked (a date, a place, a person, an amount) and lowered when it
 * cannot, events told apart by the words and month the question names.
 */
export function rankReadings(
  kb: Knowledge,
  readings: Iterable<Reading>,
  q: RankInput,
): { ranked: Reading[]; wanted: Wanted } {
  const wanted = wantedOf(q.normalized, q.raw, expectedType(q.normalized, q.raw, hasJapanese(q.question)));
  const scored = [...readings].map((r) => ({
    ...r,
    score: r.score * q.factor + FIT_WEIGHT * fitOf(r.key, wanted),
  }));
  const fit = { tokens: questionTokens(q.question), month: detectMonth(q.normalized, q.raw) };
  const ranked = rankEvents(kb, scored, fit).sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
  return { ranked, wanted };
}
