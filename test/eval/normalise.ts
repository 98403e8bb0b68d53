/**
 * The matcher's normaliser: text is compared after NFKC, lower case, one kind of dash and quote, and
 * collapsed spaces; amounts, dates and percentages are compared as values, in English or Japanese.
 */

export function normText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u2032]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text with all spaces removed: "Gulf Link" and "GulfLink" meet. */
export function squash(text: string): string {
  return normText(text).replace(/\s/g, '');
}

const SCALE: Record<string, number> = {
  trillion: 1e12,
  tn: 1e12,
  t: 1e12,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  k: 1e3,
};

const num = (s: string): number => Number(s.replace(/,/g, ''));
/** Rounds away float noise so 33.3 × 1e9 equals 333 × 1e8. */
const tidy = (n: number): number => Math.round(n / 1e4) * 1e4;

const EN_MONEY =
  /(us\$|\$|¥|usd ?|jpy ?)?(\d+(?:,\d{3})*(?:\.\d+)?) ?(trillion|billion|million|tn|bn|mn|[tbmk])?(?![a-z])( ?(?:us )?(?:dollars|dollar|yen|usd))?/g;
const JA_MONEY =
  /(?:(\d+(?:\.\d+)?)兆)?(?:(\d+(?:,\d{3})*(?:\.\d+)?)億)?(?:(\d+(?:,\d{3})*(?:\.\d+)?)万)?(米?ドル|円)/g;

/** An amount found in text, with where it was found. */
interface AmountHit {
  value: string;
  index: number;
  length: number;
}

function amountHits(t: string): AmountHit[] {
  const out: AmountHit[] = [];
  for (const m of t.matchAll(EN_MONEY)) {
    const [all, cur, digits, scale, word] = m;
    if (!digits) continue;
    const single = scale !== undefined && scale.length === 1;
    // A bare number is an amount only with a currency or a scale word ("$2bn", "33 billion").
    if (!cur && !word && (!scale || single)) continue;
    if (single && !cur) continue;
    const yen = (cur ?? '').includes('¥') || (cur ?? '').includes('jpy') || (word ?? '').includes('yen');
    const value = `${yen ? 'jpy' : 'usd'}:${tidy(num(digits) * (scale ? (SCALE[scale] ?? 1) : 1))}`;
    out.push({ value, index: m.index, length: all.length });
  }
  for (const m of t.matchAll(JA_MONEY)) {
    const [all, cho, oku, man, unit] = m;
    if (!cho && !oku && !man) continue;
    const n = num(cho ?? '0') * 1e12 + num(oku ?? '0') * 1e8 + num(man ?? '0') * 1e4;
    out.push({ value: `${unit === '円' ? 'jpy' : 'usd'}:${tidy(n)}`, index: m.index, length: all.length });
  }
  return out;
}

/** Every amount in the text, as "usd:<n>" or "jpy:<n>". */
export function amounts(text: string): Set<string> {
  return new Set(amountHits(normText(text)).map((h) => h.value));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '\\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\b\\.?';
const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3)) + 1;

/** A date the text names: year (when given), month and day (when given). */
export interface DateMention {
  year?: number;
  month: number;
  day?: number;
}

/** Every date and month the text names: "March 19", "19 Mar 2026", "2026-03-19", "3月19日", "March 2026". */
export function dates(text: string): DateMention[] {
  const t = normText(text);
  const out: DateMention[] = [];
  const push = (year: string | undefined, month: number, day?: string, rangeEnd?: string) => {
    const base = year ? { year: Number(year), month } : { month };
    if (!day) {
      out.push(base);
      return;
    }
    out.push({ ...base, day: Number(day) });
    if (rangeEnd) out.push({ ...base, day: Number(rangeEnd) });
  };
  const range = '(?: ?[-~〜] ?(\\d{1,2})(?![\\d月/]))?';
  for (const m of t.matchAll(/(\d{4})-(\d{2})-(\d{2})/g)) push(m[1], Number(m[2]), m[3]);
  for (const m of t.matchAll(/(\d{4})-(\d{2})(?![-\d])/g)) push(m[1], Number(m[2]));
  for (const m of t.matchAll(
    new RegExp(`${MONTH} (\\d{1,2})(?!\\d)(?:st|nd|rd|th)?${range}(?:,? (\\d{4}))?`, 'g'),
  ))
    push(m[4], monthOf(m[1]!), m[2], m[3]);
  for (const m of t.matchAll(
    new RegExp(
      `(?<![\\d.,$])(\\d{1,2})(?:st|nd|rd|th)?(?: ?[-–] ?(\\d{1,2}))? ${MONTH}(?:,? (\\d{4}))?`,
      'g',
    ),
  ))
    push(m[4], monthOf(m[3]!), m[1], m[2]);
  for (const m of t.matchAll(new RegExp(`${MONTH},? (\\d{4})`, 'g'))) push(m[2], monthOf(m[1]!));
  for (const m of t.matchAll(
    /(?:(\d{4})年 ?)?(?<!\d)(\d{1,2})月 ?(?:(\d{1,2})日(?: ?[-~〜] ?(?:\d{1,2}月)?(\d{1,2})日)?)?/g,
  ))
    push(m[1], Number(m[2]), m[3], m[4]);
  return out;
}

/** Every percentage: "15%", "15 percent", "15パーセント". */
export function percents(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of normText(text).matchAll(/(\d+(?:\.\d+)?) ?(?:%|percent|per cent|パーセント)/g))
    out.add(Number(m[1]));
  return out;
}

/** What an expected string is: an amount, a date or month, a percentage, or plain text. */
export type Wanted =
  | { kind: 'amount'; value: string }
  | { kind: 'date'; value: DateMention }
  | { kind: 'percent'; value: number }
  | { kind: 'text'; value: string };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** Reads an expected string: an ISO day or month, a lone amount or percentage, else text. */
export function wanted(expected: string): Wanted {
  const e = expected.trim();
  const day = ISO_DAY.exec(e);
  if (day)
    return { kind: 'date', value: { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) } };
  const month = ISO_MONTH.exec(e);
  if (month) return { kind: 'date', value: { year: Number(month[1]), month: Number(month[2]) } };
  const pct = /^(\d+(?:\.\d+)?) ?%$/.exec(e);
  if (pct) return { kind: 'percent', value: Number(pct[1]) };
  const t = normText(e);
  const hits = amountHits(t);
  const [hit] = hits;
  if (hits.length === 1 && hit) {
    const rest = t.slice(0, hit.index) + t.slice(hit.index + hit.length);
    if (/^(about|around|some|approximately|roughly|~|≈|約|およそ|\s)*$/.test(rest))
      return { kind: 'amount', value: hit.value };
  }
  return { kind: 'text', value: normText(e) };
}

/** True when a date in the text is the wanted one: same month and day (or month), and same year if both give one. */
function dateMatches(found: DateMention, want: DateMention): boolean {
  if (found.month !== want.month) return false;
  if (want.day !== undefined && found.day !== want.day) return false;
  if (want.day === undefined && found.day === undefined && found.year === undefined) return false;
  return found.year === undefined || want.year === undefined || found.year === want.year;
}

/** True when the text holds the expected string, as a value or as text. */
export function mentions(text: string, expected: string): boolean {
  const w = wanted(expected);
  switch (w.kind) {
    case 'amount':
      return amounts(text).has(w.value);
    case 'date':
      return dates(text).some((d) => dateMatches(d, w.value));
    case 'percent':
      return percents(text).has(w.value);
    case 'text':
      return normText(text).includes(w.value) || squash(text).includes(w.value.replace(/\s/g, ''));
  }
}
