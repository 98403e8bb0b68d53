import type { Engine } from '../core/engine/index.js';
import { citedLinks } from '../core/news/link.js';
import { createRelevance } from '../core/news/relevance.js';
import type { NewsJudge } from './poll.js';

/**
 * The news judge for an engine: relevance from the engine's entities (their names and aliases),
 * and the fact base's source URLs (a report whose link is among them is not a candidate to curate).
 * Built once per fact base version: the fact-base watch swaps engines when the file changes.
 */
export function judgeSource(engines: { current(): Engine }): () => NewsJudge {
  let cached: { engine: Engine; judge: NewsJudge } | undefined;
  return () => {
    const engine = engines.current();
    if (cached?.engine === engine) return cached.judge;
    const kb = engine.knowledge;
    const cited = citedLinks(kb.facts.sources);
    const judge: NewsJudge = { relevance: createRelevance(kb.entities), covered: (link) => cited.has(link) };
    cached = { engine, judge };
    return judge;
  };
}
