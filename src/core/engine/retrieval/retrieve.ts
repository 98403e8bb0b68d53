import type { FactBaseData } from '../../factbase/schema.js';
import type { QuestionAnalysis } from '../analysis/question.js';
import type { Draft } from '../compose.js';
import type { Ctx } from '../context.js';
import { hasJapanese } from '../text.js';
import { closestClaim } from './answer.js';
import { ClaimIndex, type Hit } from './claim-index.js';
import type { Claim } from './claims.js';

/**
 * A reading that explains less than this share of the question's words may be answering another
 * question: a claim that matches the question's words much better is given instead.
 */
export const WEAK_READING = 0.7;
/** How well a claim must match to be given in place of a reading. */
export const STRONG_MATCH = 0.85;

/**
 * A claim replaces a reading only when it matches nearly all of the question. A Japanese question's
 * reading coverage is coarse (all explained, or not), so a Japanese match needs a word more.
 */
function beatsReading(q: QuestionAnalysis, hit: Hit): boolean {
  return hit.cover >= STRONG_MATCH && hit.words >= (hasJapanese(q.raw) ? 3 : 2);
}

/**
 * Retrieval: the claim whose words best match the question, if one matches well enough and holds
 * the kind of answer asked for. Asked when no reading understood the question, or when the best
 * reading explains little of it (`readingCover`). The index is built on first need (most questions
 * never reach here), once per fact base, for every day at once.
 */
export class Retrieval {
  private index: ClaimIndex | undefined;

  constructor(private readonly facts: FactBaseData) {}

  answer(ctx: Ctx, q: QuestionAnalysis, readingCover?: number): Draft | undefined {
    // A name the sources never mention is named back, never answered with a neighbour's claim;
    // a yes/no question needs a yes or a no, which a matching text cannot give.
    if (q.unknown.length || q.expects === 'yes-no') return undefined;
    if (readingCover !== undefined && readingCover >= WEAK_READING) return undefined;
    this.index ??= new ClaimIndex(this.facts);
    const override = readingCover !== undefined;
    // In place of a reading, only a claim about a record the question does not name (a named
    // record is better answered by its reading), and never a source's own headline.
    const accept = (c: Claim) =>
      !override || (c.kind !== 'source' && !q.focus.some((m) => m.entity.id === c.record));
    const named = new Map<string, string>();
    // A claim about a named record holds its name: the name as typed, and as the record has it.
    for (const m of q.focus)
      if (!named.has(m.entity.id))
        named.set(m.entity.id, `${m.alias} ${m.entity.name.en} ${m.entity.name.ja}`);
    const hit = this.index.find({
      question: q.raw,
      day: ctx.day,
      expects: q.expects,
      visible: (id) => ctx.kb.visible(id),
      named,
      accept,
    });
    if (!hit || (override && !beatsReading(q, hit))) return undefined;
    return closestClaim(ctx, hit);
  }
}
