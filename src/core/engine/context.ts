import type { Temporal } from 'temporal-polyfill';
import type { Lang } from '../answer/answer.js';
import type { Knowledge } from './knowledge.js';
import { type Messages, messages } from './messages.js';

/** What every handler gets: the knowledge, the language, and the injected clock. */
export interface Ctx {
  kb: Knowledge;
  lang: Lang;
  now: Temporal.Instant;
  t: Messages;
}

export function makeCtx(kb: Knowledge, lang: Lang, now: Temporal.Instant): Ctx {
  return { kb, lang, now, t: messages(lang) };
}
