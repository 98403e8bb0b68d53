import type { Draft } from '../compose.js';
import type { Ctx } from '../context.js';
import type { CueName, detectMonth } from '../cues.js';
import type { Mention } from '../gazetteer.js';
import type { EntityType } from '../knowledge.js';

/** One way to read a question, with how well it fits. The best reading is answered. */
export interface Reading {
  /** Identifies what would be answered; two readings with one key are the same answer. */
  key: string;
  score: number;
  /** Short name of this reading, for "did you mean A or B?". */
  label: string;
  /** A question that asks for this reading unambiguously ('' when there is none). */
  question: string;
  run: (ctx: Ctx, confidence: number) => Draft;
}

/** What was found in a question: cue words, names, a month. */
export interface Analysis {
  /** The question, normalised (lower case, punctuation folded). */
  text: string;
  cues: Set<CueName>;
  mentions: Mention[];
  month: ReturnType<typeof detectMonth>;
  /** Share of the question's content words that a cue or a name explained (0..1). */
  coverage: number;
}

/** The helpers every family of readings uses. */
export interface ReadingScope {
  ctx: Ctx;
  a: Analysis;
  has(cue: CueName): boolean;
  /** Names of this type found in full (or with typos). */
  of(type: EntityType): Mention[];
  /** Names of this type of which only one distinctive word was found. */
  partialOf(type: EntityType): Mention[];
  add(reading: Reading): void;
}

export function scope(ctx: Ctx, a: Analysis, out: Reading[]): ReadingScope {
  return {
    ctx,
    a,
    has: (cue) => a.cues.has(cue),
    of: (type) => a.mentions.filter((m) => m.entity.type === type && !m.partial),
    partialOf: (type) => a.mentions.filter((m) => m.entity.type === type && m.partial),
    add: (r) => out.push(r),
  };
}
