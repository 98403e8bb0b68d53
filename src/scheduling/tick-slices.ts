import type { Knowledge } from '../core/engine/index.js';
import type { FactBaseData } from '../core/factbase/schema.js';
import type { NewsReport } from '../core/news/report.js';
import type { Due } from '../core/schedule/occurrence.js';
import { plan } from '../core/schedule/planner.js';
import type { Subscription } from '../core/subscriptions/types.js';
import type { State } from '../store/schema.js';
import { type BuiltJobs, buildJobs } from './jobs.js';
import { ledgerView } from './ledger-view.js';

/** Subscriptions planned (or posts built) between two yields to the event loop. */
const SLICE = 1000;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The planner is pure and per subscription, so a big tick is planned a slice at a time, yielding
 * between slices: the platforms' 3-second answers never wait behind it.
 */
export async function planInSlices(
  now: Date,
  facts: FactBaseData,
  state: Readonly<State>,
  reminderGraceMs?: number,
  include: (sub: Subscription) => boolean = () => true,
) {
  const subs = state.subscriptions.filter(include);
  const ledger = ledgerView(state);
  const options = reminderGraceMs !== undefined ? { reminderGraceMs } : {};
  const due: Due[] = [];
  const skipped: Due[] = [];
  for (let i = 0; i < subs.length || i === 0; i += SLICE) {
    const p = plan(now, facts, subs.slice(i, i + SLICE), ledger, options);
    due.push(...p.due);
    skipped.push(...p.skipped);
    await yieldToEventLoop();
  }
  due.sort((a, b) => a.occurrence.dueMs - b.occurrence.dueMs || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { due, skipped };
}

export async function buildInSlices(
  kb: Knowledge,
  state: Readonly<State>,
  due: readonly Due[],
  news: readonly NewsReport[] = [],
): Promise<BuiltJobs> {
  const out: BuiltJobs = { jobs: [], silent: [], orphaned: [] };
  for (let i = 0; i < due.length; i += SLICE) {
    const part = buildJobs(kb, state, due.slice(i, i + SLICE), news);
    out.jobs.push(...part.jobs);
    out.silent.push(...part.silent);
    out.orphaned.push(...part.orphaned);
    await yieldToEventLoop();
  }
  return out;
}
