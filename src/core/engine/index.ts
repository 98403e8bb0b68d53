/**
 * The engine's public surface. Code outside src/core/engine imports from here, so the engine's
 * files can move without breaking the scheduler or the adapters.
 */

export type { Completion } from './complete.js';
export { clip, compose, type Draft, item, LIMITS, sourceRef } from './compose.js';
export { type AnswerOptions, createEngine, type Engine, THRESHOLD } from './engine.js';
export { overlapping } from './event-queries.js';
export { formatWhen } from './event-state.js';
export { compileKnowledge, type Entity, type Knowledge } from './knowledge.js';
export { statusLabel } from './messages/index.js';
export { formatMoney, formatPercent, formatUsd } from './money.js';
