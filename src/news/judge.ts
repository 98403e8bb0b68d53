import type { Engine } from '../core/engine/index.js';
import { citedLinks } from '../core/news/link.js';
import { createRelevance } from '../core/news/relevance.js';
import type { NewsJudge } from './poll.js';

/**
 * The news judge for an engine: relevance from the engine's entities (their names and aliases),
 * and every source URL the fact base file cites (a report whose link is among them is not a
 * candidate to curate).
 * Built once per fact base version: the fact-base watch swaps engines when the file changes.
 */
export function judgeSource(
  engines: { current(): Engine },
  clock: () => Date = () => new Date(),
): () => NewsJudge {
  let cached: { engine: Engine; day: string; judge: NewsJudge } | undefined;
  return () => {
    const engine = engines.current();
    const now = clock();
    const day = now.toISOString().slice(0, 10);
    if (cached?.engine === engine && cached.day === day) return cached.judge;
    const kb = engine.knowledgeAt(now);
    // "Already in the fact base" is the operator's curation flag: a report the file cites needs no
    // curating, even when its source is dated after the clock's day (a report seen late, a clock in
    // the past). So the cited links come from the whole file; the names stay those known on the day.
    const cited = citedLinks(engine.allSources);
    const judge: NewsJudge = { relevance: createRelevance(kb.entities), covered: (link) => cited.has(link) };
    cached = { engine, day, judge };
    return judge;
  };
}
