import type { TermRecord } from '../../factbase/schema.js';
import type { Draft } from '../compose.js';
import type { Knowledge } from '../knowledge.js';
import { hasJapanese } from '../text.js';
import { perDay } from './day-cache.js';
import type { OperatorInput } from './operator.js';
import { termRecord } from './subjects.js';
import { gapOf, lead, named } from './yes-no-answer.js';
import { askedDates, askedDays, dateMatches } from './yes-no-words.js';

/**
 * Yes/no checks about the deal's terms, over the claims valid at `now`: a number of days or a date,
 * and, when nothing else decides, what the terms say (neither yes nor no).
 */

/** "Does Japan have 45 days to pay?", "is the deadline in 2028?": a term's days or date as reported now. */
export function termValue(input: OperatorInput): Draft | undefined {
  const { ctx, q } = input;
  const { lang } = ctx;
  const days = askedDays(q.text, q.raw);
  const dates = days === undefined ? askedDates(q.text, q.raw) : [];
  if (days === undefined && !dates.length) return undefined;
  const focus = new Set(named(input, 'term').map((x) => x.entity.id));
  const terms = focus.size
    ? [...focus].map((id) => termRecord(ctx, id)).filter((x): x is TermRecord => !!x)
    : perDay(ctx.kb, 'terms-with-days', (kb) =>
        kb.facts.terms.filter((x) => x.value.some((o) => o.value.days !== undefined)),
      );
  for (const term of terms) {
    // The latest report that gives the asked kind of value (days, or a date).
    let current: (typeof term.value)[number] | undefined;
    for (const o of term.value) {
      const has = days !== undefined ? o.value.days !== undefined : o.value.date !== undefined;
      if (has && o.reported <= ctx.day && (!current || o.reported >= current.reported)) current = o;
    }
    if (!current) continue;
    const v = current.value;
    // Sources that disagree on the term are shown side by side, the answer's own first.
    const sides = [v.text[lang]];
    for (const o of term.value)
      if (o.conflict && o.reported <= ctx.day && !sides.includes(o.value.text[lang]))
        sides.push(o.value.text[lang]);
    const sentence =
      sides.length > 1
        ? `${term.topic[lang]}: ${input.m.disagree(sides.join(lang === 'ja' ? '／' : ' / '))}`
        : `${term.topic[lang]}: ${v.text[lang]}`;
    if (days !== undefined) return termAnswer(input, v.days === days, sentence, term.id, term.topic[lang]);
    // A date is checked only against a term the question names ("the deadline").
    if (v.date && focus.size) {
      const date = v.date;
      return termAnswer(
        input,
        dates.every((d) => dateMatches(d, date)),
        sentence,
        term.id,
        term.topic[lang],
      );
    }
  }
  return undefined;
}

function termAnswer(input: OperatorInput, yes: boolean, sentence: string, id: string, topic: string): Draft {
  const known = input.best();
  const base: Draft =
    known && known.kind === 'answer' && known.facts?.includes(id)
      ? known
      : {
          kind: 'answer',
          intent: 'term',
          title: topic,
          lead: '',
          items: [],
          notes: [],
          facts: [id],
          confidence: 0.8,
          suggestions: [],
        };
  return { ...base, intent: 'yes-no.term', lead: lead(input, yes, sentence) };
}

/**
 * A yes/no question no check could decide, about the deal's terms ("is the money a loan?"): neither
 * yes nor no, but what the terms say, every disagreeing account shown. Only where no plain reading
 * answers; the terms are found by the words they use (indexed once per day).
 */
export function termText(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  const { lang } = ctx;
  const known = input.best();
  // A confident answer stands; one below 0.6 (a weak word of a name led to it) gives way to the terms.
  if (known && known.kind === 'answer' && known.confidence >= 0.6) return undefined;
  const index = perDay(ctx.kb, 'term-words', termWords);
  const hits = new Map<string, number>();
  const words = hasJapanese(q.raw) ? japaneseGrams(q.raw) : q.text.split(' ').map(stemOf);
  for (const w of new Set(words)) {
    if ((!hasJapanese(w) && w.length < 4) || TERM_STOP.has(w)) continue;
    for (const id of index.get(w) ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
  }
  let bestId: string | undefined;
  let most = 0;
  for (const [id, n] of hits) if (n > most) [bestId, most] = [id, n];
  const term = bestId ? termRecord(ctx, bestId) : undefined;
  if (!term || most < (hasJapanese(q.raw) ? 3 : 2)) return undefined;
  const texts: string[] = [];
  for (const o of term.value)
    if (o.reported <= ctx.day && !texts.includes(o.value.text[lang])) texts.push(o.value.text[lang]);
  if (!texts.length) return undefined;
  const said = texts.length > 1 ? m.disagree(texts.join(lang === 'ja' ? '／' : ' / ')) : (texts[0] as string);
  return {
    kind: 'answer',
    intent: 'yes-no.term-text',
    title: term.topic[lang],
    lead: `${m.notYesOrNo}${gapOf(input)}${term.topic[lang]}: ${said}`,
    items: [],
    notes: [],
    facts: [term.id],
    confidence: 0.6,
    suggestions: [],
  };
}

const stemOf = (w: string) => (w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w);

/** Two-character runs of the Japanese words of a text. */
const japaneseGrams = (text: string): string[] => {
  const out: string[] = [];
  for (const run of text.match(/[\u30a0-\u30ff\u4e00-\u9fff]{2,}/g) ?? [])
    for (let i = 0; i + 2 <= run.length; i++) out.push(run.slice(i, i + 2));
  return out;
};

/** Words that say nothing of a term. */
const TERM_STOP = new Set([
  'does',
  'will',
  'japan',
  'japans',
  'have',
  'that',
  'this',
  'there',
  'what',
  'with',
  'from',
  'deal',
  'really',
  'actually',
  'true',
  '日本',
  '本当',
]);

/** The words (English, stemmed) and Japanese character pairs of every term known on the day, to term ids. */
function termWords(kb: Knowledge): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (w: string, id: string) => {
    const list = out.get(w);
    if (!list) out.set(w, [id]);
    else if (list.at(-1) !== id) list.push(id);
  };
  for (const t of kb.facts.terms) {
    const en = [t.topic.en, ...t.aliases, ...t.value.map((o) => o.value.text.en)].join(' ').toLowerCase();
    for (const w of en.split(/[^a-z0-9]+/)) if (w.length >= 4) add(stemOf(w), t.id);
    const ja = [t.topic.ja, ...t.aliases, ...t.value.map((o) => o.value.text.ja)].join(' ');
    for (const g of japaneseGrams(ja)) add(g, t.id);
  }
  return out;
}
