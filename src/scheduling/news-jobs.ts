import type { Knowledge } from '../core/engine/index.js';
import { newsPostAnswer } from '../core/news/answers.js';
import { citedLinks } from '../core/news/link.js';
import { planNews } from '../core/news/plan.js';
import type { NewsReport } from '../core/news/report.js';
import type { Subscription } from '../core/subscriptions/types.js';
import type { State } from '../store/schema.js';
import type { DeliveryJob } from './delivery.js';

/**
 * News posts due now, as delivery jobs: each new report once per subscribed channel (the ledger
 * says which). `citedSources` are all the sources of the fact base file (`engine.allSources`).
 */
export function buildNewsJobs(
  kb: Knowledge,
  citedSources: ReadonlyArray<{ url?: string | undefined }>,
  state: Readonly<State>,
  reports: readonly NewsReport[],
  now: Date,
  include: (sub: Subscription) => boolean,
): DeliveryJob[] {
  const subs = state.subscriptions.filter((s) => s.news && include(s));
  if (!subs.length || !reports.length) return [];
  const due = planNews(now, subs, reports, (key) => Object.hasOwn(state.ledger, key));
  // Labelled from every source the file cites, not only those published by now: "the fact base
  // already cites it" is a curation flag, true of the file whatever the clock (src/news/judge.ts).
  const cited = due.length ? citedLinks(citedSources) : new Set<string>();
  // Channels with the same language and zone get the same post: build it once.
  const built = new Map<string, DeliveryJob['message']>();
  return due.map((d) => {
    const { subscription: sub, report } = d;
    const memo = `${report.id}|${sub.lang}|${sub.timeZone}`;
    let message = built.get(memo);
    if (!message) {
      const asOf = kb.asOf(sub.lang);
      message = newsPostAnswer(report, kb.nameOf, sub.lang, sub.timeZone, asOf, cited.has(report.link));
      built.set(memo, message);
    }
    return { key: d.key, subscriptionId: sub.id, channel: sub.channel, message };
  });
}
