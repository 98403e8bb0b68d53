import type { PlannerLedger } from '../core/schedule/planner.js';
import type { State } from '../store/schema.js';

/** The planner's read-only view of the stored state. */
export function ledgerView(state: Readonly<State>): PlannerLedger {
  return {
    has: (key) => Object.hasOwn(state.ledger, key),
    lastDigestAt: (id) => state.digests[id]?.lastAt,
    lastTickAt: state.lastTickAt,
  };
}
