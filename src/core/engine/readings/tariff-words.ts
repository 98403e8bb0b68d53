/**
 * A tariff asked by what it applies to (#12, plain look-ups): "what's the tariff on Japanese cars?",
 * "tariff on japanese goods now", "自動車の関税は？". The tariff measures known on the day whose name
 * or scope shares the question's words; the one in force first where several do.
 */
import type { TariffRecord } from '../../factbase/schema.js';
import { recordWords } from '../analysis/record-words.js';
import { tariffAnswer, tariffList } from '../handlers/records.js';
import type { ReadingScope } from './reading.js';

const TARIFF = /\btariffs?\b|関税/;
/** A rate asked for: "what rate", "how high", "%", "何％", "いくら". */
const RATE = /\b(rate|rates|how high|percent|percentage|now)\b|%|％|何パーセント|税率|いくら|何%/;
/** Words every tariff shares: they say nothing of which one. */
const COMMON = new Set(
  'tariff tariffs rate rates japan japanese imported import imports from the and are by under deal per'.split(
    ' ',
  ),
);
/** Japanese pairs every tariff question has: "tariff", "tax rate". */
const GENERIC_PAIRS = new Set(['関税', '税率']);

/** A tariff's words: those of its names (which say what it is) and of its scope. */
interface TariffWords {
  name: Set<string>;
  scope: Set<string>;
}

const cache = new WeakMap<TariffRecord, TariffWords>();

function tokens(text: string, into: Set<string>): void {
  recordWords(text, into, COMMON, GENERIC_PAIRS);
}

function wordsOf(t: TariffRecord): TariffWords {
  let w = cache.get(t);
  if (!w) {
    w = { name: new Set(), scope: new Set() };
    for (const text of [t.name.en, t.name.ja, ...t.aliases]) tokens(text, w.name);
    for (const text of [t.appliesTo.en, t.appliesTo.ja]) tokens(text, w.scope);
    cache.set(t, w);
  }
  return w;
}

export function tariffWordReadings({ ctx, a, has, of, add }: ReadingScope): void {
  if (!TARIFF.test(a.text) || of('tariff').length) return;
  const asked = new Set<string>();
  tokens(a.text, asked);
  let best: { t: TariffRecord; shared: number; live: boolean } | undefined;
  for (const t of ctx.kb.facts.tariffs) {
    if (!ctx.kb.visible(t.id)) continue;
    const w = wordsOf(t);
    // A word of its name counts twice a word of its scope ("cars" names the auto tariff; the
    // reciprocal tariff's scope only mentions cars to leave them out).
    let shared = 0;
    for (const x of asked) shared += w.name.has(x) ? 2 : w.scope.has(x) ? 1 : 0;
    if (!shared) continue;
    const live = !t.status.some((s) => s.reported <= ctx.day && s.value === 'replaced');
    if (!best || shared > best.shared || (shared === best.shared && live && !best.live))
      best = { t, shared, live };
  }
  if (!best) {
    // "What's the tariff now?", "関税はいくら？": no measure named, so every one with its rate.
    if (RATE.test(a.text) || has('howMuch'))
      add({
        key: 'tariffs.list',
        score: 0.97,
        label: ctx.t.tariffsTitle,
        question: ctx.t.tariffsTitle,
        run: (c, s) => tariffList(c, s),
      });
    return;
  }
  const tariff = best.t;
  add({
    key: `tariff.${tariff.id}`,
    // What it applies to, named, outweighs the deal's general "what does each side give".
    score: Math.min(0.97, 0.91 + 0.04 * best.shared),
    label: tariff.name[ctx.lang],
    question: tariff.name[ctx.lang],
    run: (c, s) => tariffAnswer(c, tariff, s),
  });
}
