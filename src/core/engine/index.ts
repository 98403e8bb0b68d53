/**
 * The engine's public surface. Code outside src/core/engine imports from here, so the engine's
 * files can move without breaking the scheduler or the adapters.
 */

// Name and cue lookup, for reading other texts than questions (news headlines: src/core/news).
export { amountsIn } from './amounts.js';
export type { Completion } from './complete.js';
export { clip, compose, type Draft, item, LIMITS, sourceRef } from './compose.js';
export {
  type ConversationContext,
  conversationKey,
  followUp,
  nextContext,
  ordinalIn,
} from './conversation.js';
export { type CueName, scanCues } from './cues.js';
export { type AnswerOptions, createEngine, type Engine, THRESHOLD } from './engine.js';
export { overlapping } from './event-queries.js';
export { formatWhen } from './event-state.js';
export { Gazetteer, type Mention } from './gazetteer.js';
export { compileKnowledge, type Entity, type Knowledge } from './knowledge.js';
export { statusLabel } from './messages/index.js';
export { formatMoney, formatPercent, formatUsd } from './money.js';
export { hasJapanese, normalize, stem } from './text.js';
