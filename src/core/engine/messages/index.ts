import type { Lang, StatusCode } from '../../answer/answer.js';
import { en, type Messages } from './en.js';
import { ja } from './ja.js';

export type { Messages };

/** Handlers pick their words from here: codes in the core, words in these tables. */
const TABLES: Record<Lang, Messages> = { en, ja };

export function messages(lang: Lang): Messages {
  return TABLES[lang];
}

export function statusLabel(code: StatusCode, lang: Lang): string {
  return TABLES[lang].status[code];
}
