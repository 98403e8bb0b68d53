import type { Answer, Lang } from '../core/answer/answer.js';
import { newsListAnswer } from '../core/news/answers.js';
import { channelKey } from '../core/subscriptions/types.js';
import type { NewsStore } from '../store/news-port.js';
import type { StateStore } from '../store/store.js';
import type { BotRequest, EngineSource, NewsCommands } from './bot.js';

/** `/deal news`: the latest reports about the deal, in the channel's language and time zone. */

/** Reports listed by `/deal news`. */
export const NEWS_LIST_LIMIT = 8;

export interface NewsCommandsDeps {
  news: NewsStore;
  /** For the channel's language and time zone, when it has a subscription. */
  store?: StateStore;
  engines: EngineSource;
  defaultLang: Lang;
  defaultTimeZone: string;
  /** Whether any feed is configured (an empty list then says the watch is off, not "nothing found"). */
  watching: boolean;
}

export function createNewsCommands(deps: NewsCommandsDeps): NewsCommands {
  return {
    async handle(request: BotRequest, now: Date): Promise<Answer> {
      const sub = await deps.store?.getSubscription(channelKey(request.channel));
      const lang = request.lang ?? sub?.lang ?? deps.defaultLang;
      const zone = sub?.timeZone ?? deps.defaultTimeZone;
      const kb = deps.engines.current().knowledgeAt(now);
      const reports = await deps.news.listNewsItems({ limit: NEWS_LIST_LIMIT });
      return newsListAnswer(reports, kb.nameOf, lang, zone, kb.asOf(lang), deps.watching);
    },
  };
}
