import type { Answer } from '../core/answer/answer.js';
import type { Knowledge } from '../core/engine/index.js';
import type { NewsReport } from '../core/news/report.js';
import { digestMessage } from '../core/schedule/digest-message.js';
import type { Due } from '../core/schedule/occurrence.js';
import { reminderMessage } from '../core/schedule/reminder-message.js';
import type { Snapshot } from '../core/schedule/snapshot.js';
import type { State } from '../store/schema.js';
import type { DeliveryJob } from './delivery.js';

/** Turns the planner's due posts into messages (pure builders), remembering what digests saw. */

export interface PlannedJob extends DeliveryJob {
  due: Due;
  /** For digests: the fact base snapshot the digest compared against, stored once it is sent. */
  snapshot?: Snapshot;
}

export interface BuiltJobs {
  jobs: PlannedJob[];
  /** Digests with nothing to say whose subscription asked for silence: recorded without posting. */
  silent: Array<{ due: Due; snapshot: Snapshot }>;
  /** Reminders of events no longer in the fact base. */
  orphaned: Due[];
}

export function buildJobs(
  kb: Knowledge,
  state: Readonly<State>,
  due: readonly Due[],
  news: readonly NewsReport[] = [],
): BuiltJobs {
  const out: BuiltJobs = { jobs: [], silent: [], orphaned: [] };
  const reminders = new Map<string, Answer | null>();
  // Subscriptions with the same settings and history get the same digest: build it once.
  const digests = new Map<string, ReturnType<typeof digestMessage>>();
  for (const d of due) {
    const { subscription: sub, occurrence: o } = d;
    const base = { key: d.key, subscriptionId: sub.id, channel: sub.channel, due: d };
    if (o.kind === 'reminder') {
      const memo = `${o.eventId}|${o.offset}|${sub.timeZone}|${sub.lang}`;
      let message = reminders.get(memo);
      if (message === undefined) {
        message = reminderMessage(kb, o, sub.timeZone, sub.lang);
        reminders.set(memo, message);
      }
      if (message) out.jobs.push({ ...base, message });
      else out.orphaned.push(d);
      continue;
    }
    const mark = state.digests[sub.id];
    const memo = `${sub.timeZone}|${sub.lang}|${JSON.stringify(sub.digest)}|${o.dueMs}|${o.since}|${o.merged}|${mark?.snapshot}`;
    let result = digests.get(memo);
    if (!result) {
      result = digestMessage(kb, sub, o, mark ? (state.snapshots[mark.snapshot] ?? null) : null, news);
      digests.set(memo, result);
    }
    if (result.message) out.jobs.push({ ...base, message: result.message, snapshot: result.snapshot });
    else out.silent.push({ due: d, snapshot: result.snapshot });
  }
  return out;
}
