import { earliestDay } from '../../factbase/claims.js';
import type { FactBaseData } from '../../factbase/schema.js';
import type { QuestionAnalysis } from '../analysis/question.js';
import type { Draft } from '../compose.js';
import type { Ctx } from '../context.js';
import { hasJapanese } from '../text.js';
import { closestClaim } from './answer.js';
import { ClaimIndex, type Hit } from './claim-index.js';
import type { Claim, ClaimSource } from './claims.js';

/** How well a claim must match to be given in place of a reading's answer. */
export const STRONG_MATCH = 0.85;
/** An answer that holds no more than this share of the question's words answers another question... */
export const OFF_TOPIC = 0.35;
/** ... when the question has this many words of its own (a short question's answer may not repeat them). */
export const LONG_QUESTION = 4;

/** Whether a source the claim cites was published by the day (as the answer's sources must be). */
function published(ctx: Ctx, c: Claim): boolean {
  for (const cite of c.cite) {
    const s = ctx.kb.facts.sourceIndex.get(cite.source);
    if (s && earliestDay(s.published) <= ctx.day) return true;
  }
  return false;
}

/** A record known on the day, as claims are read from it (the record as filed, not its day's view). */
function claimSource(ctx: Ctx, id: string): ClaimSource | undefined {
  const found = ctx.kb.record(id);
  if (!found) return undefined;
  const filed = (found.record as { record?: unknown }).record ?? found.record;
  switch (found.type) {
    case 'deal':
    case 'person':
    case 'organisation':
    case 'project':
    case 'event':
    case 'term':
    case 'tariff':
    case 'conflict':
    case 'gap':
      return { type: found.type, record: filed } as ClaimSource;
    default:
      return undefined;
  }
}

/** Of the records a question names, only this many lend their names to claims. */
const NAMED_AT_MOST = 6;

/** English words in a Japanese question: its answer (in Japanese) cannot hold them as typed. */
const LATIN_WORD = /[A-Za-z]{2,}/;

/**
 * Retrieval: the claim whose words best match the question, if one matches well enough and holds
 * the kind of answer asked for. Asked when no reading understood the question, or when the best
 * reading's answer (`reading`, run on demand) matches the question's words far worse than a claim
 * does: it may be answering another question. The index is built on first need, once per fact
 * base, for every day at once.
 */
export class Retrieval {
  private index: ClaimIndex | undefined;

  constructor(private readonly facts: FactBaseData) {}

  answer(ctx: Ctx, q: QuestionAnalysis, reading?: () => Draft): Draft | undefined {
    // A name the sources never mention is named back, never answered with a neighbour's claim;
    // a yes/no question needs a yes or a no, which a matching text cannot give.
    if (q.unknown.length || q.expects === 'yes-no') return undefined;
    const japanese = hasJapanese(q.raw);
    // A reading's answer in Japanese to a question with English words cannot be compared word by word.
    if (reading && japanese && LATIN_WORD.test(q.raw)) return undefined;
    this.index ??= new ClaimIndex(this.facts);
    // A reading that answers (not asks back) is kept for a short question, and for one whose words
    // its answer holds: no search needed (most questions end here).
    const answered = reading?.();
    const asksBack = answered?.kind === 'ambiguous' || answered?.kind === 'unknown';
    if (answered && !asksBack) {
      if (this.index.words(q.raw) < LONG_QUESTION) return undefined;
      if (this.index.cover(q.raw, textOf(answered)) > OFF_TOPIC) return undefined;
    }
    // A claim about a named record holds its name: the name as typed, and as the record has it.
    // The names the question gives outright first, then those it gives by one word; a few at most.
    const named = new Map<string, string>();
    const focus = [...q.focus].sort(
      (a, b) => Number(!!a.partial) - Number(!!b.partial) || b.strength - a.strength,
    );
    for (const m of focus.slice(0, NAMED_AT_MOST))
      if (!named.has(m.entity.id))
        named.set(m.entity.id, `${m.alias} ${m.entity.name.en} ${m.entity.name.ja}`);
    // In place of a reading, never a source's own headline, nor a claim of a record the question
    // names outright (its reading answers about that record).
    // And a claim is only given once a source it cites was published (its record may be known
    // from an earlier report of another of its values).
    const accept = (c: Claim) =>
      published(ctx, c) &&
      (!reading || (c.kind !== 'source' && !q.focus.some((m) => !m.partial && m.entity.id === c.record)));
    const hit = this.index.find({
      question: q.raw,
      day: ctx.day,
      expects: q.expects,
      visible: (id) => ctx.kb.visible(id),
      named,
      record: (id) => claimSource(ctx, id),
      // Any day's name: a named record's claims are kept across days.
      orgName: (id) => ({ en: ctx.kb.nameOf(id, 'en'), ja: ctx.kb.nameOf(id, 'ja') }),
      accept,
    });
    if (!hit) return undefined;
    if (answered && !this.beats(hit, answered, japanese)) return undefined;
    return closestClaim(ctx, hit);
  }

  /**
   * A claim beats a reading's answer (which, asked before the search, holds hardly any of a long
   * question's words, or only asks back) when it matches nearly all of the question: one word more
   * for Japanese, whose pairs of kanji match more easily; and for a long question, four words.
   */
  private beats(hit: Hit, answer: Draft, japanese: boolean): boolean {
    if (hit.cover < STRONG_MATCH || hit.words < (japanese ? 3 : 2)) return false;
    return answer.kind === 'ambiguous' || answer.kind === 'unknown' || hit.words >= LONG_QUESTION;
  }
}

/** What a person reads of an answer: its title, lead, items and notes. */
function textOf(answer: Draft): string {
  return [
    answer.title,
    answer.lead,
    ...(answer.items ?? []).map((i) => `${i.label} ${i.detail ?? ''}`),
    ...(answer.notes ?? []),
  ].join(' ');
}
