import { hasJapanese } from '../engine/index.js';

/**
 * Country and region names in English and Japanese, from the runtime's own locale data
 * (Intl.DisplayNames over every two-letter region code): no list of our own to keep up to date.
 * A headline that names another country ("South Korea", "EU", "インド") is probably about that
 * country's affairs, and a lone deal name in it is not enough (see relevance.ts).
 */

/** Codes that are not places a headline is about (pseudo-locales, unknown, groupings). */
const NOT_PLACES = new Set(['ZZ', 'QO', 'UN', 'EZ', 'AQ']);
const COMPASS = /^(south|north|east|west) /;

export interface RegionName {
  code: string;
  /** Lower-case English name, or the Japanese name as written. */
  name: string;
}

let cache: RegionName[] | undefined;

export function regionNames(): readonly RegionName[] {
  if (cache) return cache;
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const ja = new Intl.DisplayNames(['ja'], { type: 'region', fallback: 'none' });
  const out: RegionName[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (code.startsWith('X') || NOT_PLACES.has(code)) continue;
      const english = en.of(code)?.toLowerCase();
      if (!english) continue;
      out.push({ code, name: english });
      // "South Korea" is mostly written "Korea".
      if (COMPASS.test(english)) out.push({ code, name: english.replace(COMPASS, '') });
      const japanese = ja.of(code);
      if (japanese && hasJapanese(japanese)) out.push({ code, name: japanese });
    }
  }
  cache = out;
  return out;
}

/** The region codes named in a text (normalised for English words; raw for Japanese). */
export function regionsIn(normalized: string, raw: string, regions: readonly RegionName[]): Set<string> {
  const found = new Set<string>();
  const padded = ` ${normalized} `;
  const ja = hasJapanese(raw);
  for (const r of regions) {
    if (found.has(r.code)) continue;
    if (hasJapanese(r.name) ? ja && raw.includes(r.name) : padded.includes(` ${r.name} `)) found.add(r.code);
  }
  return found;
}
