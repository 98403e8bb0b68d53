/**
 * What a question takes for granted, beyond a change verb (premise-words.ts): an ordinal ("the third
 * tranche", "2回目の訪問"), money already moved ("already paid", "disbursed so far"), a place ("moved
 * to Alabama"), an office written with a name ("Prime Minister Ishiba"). General language only: the
 * checks against the claims are in operators/premise-*.ts.
 */
import { EN_ORDINALS, KANJI_DIGITS } from './ordinal-words.js';

/** What an ordinal counts: tranches, the projects of a tranche, or events of a kind. */
export type OrdinalNoun = 'tranche' | 'project' | 'visit' | 'meeting' | 'call';

export interface Ordinal {
  n: number;
  noun: OrdinalNoun;
  /** A count ("the three tranches", "all four projects"), not a position ("the third tranche"). */
  count?: boolean;
}

const EN_NOUNS: [RegExp, OrdinalNoun][] = [
  [/^(tranche|batch|round|phase|wave|package)/, 'tranche'],
  [/^(project|one|deal|investment)/, 'project'],
  [/^(visit|trip|summit)/, 'visit'],
  [/^(meeting|session|talks|round of talks|gathering)/, 'meeting'],
  [/^(call|phone call)/, 'call'],
];
const JA_NOUNS: [RegExp, OrdinalNoun][] = [
  [/^(の)?(案件|プロジェクト|事業|投資)/, 'project'],
  [/^(の)?[^、。？?]{0,12}?(訪問|訪米|首脳会談|訪日)/, 'visit'],
  [/^(の)?[^、。？?]{0,12}?(会合|会議|協議|会談)/, 'meeting'],
  [/^(の)?[^、。？?]{0,12}?電話/, 'call'],
];

/** Words that make an ordinal ask about the future ("when will the third tranche come?"): not a premise. */
const FUTURE =
  /\b(will|going to|gonna|expected|next|upcoming|planned|scheduled|could|might)\b|予定|見通し|見込み|だろう|される？|はいつ頃/;

/** Whether the question asks about the future ("when will…", "予定"). */
export function asksFuture(text: string, raw: string): boolean {
  return FUTURE.test(text) || FUTURE.test(raw);
}

/**
 * The ordinals of a question with what they count; none when the question asks about the future,
 * unless `future` (the caller then says "not reported yet", never "false").
 */
export function ordinalsIn(text: string, raw: string, future = false): Ordinal[] {
  if (!future && asksFuture(text, raw)) return [];
  const out: Ordinal[] = [];
  for (const m of text.matchAll(
    /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(\d{1,2})(?:st|nd|rd|th))\b/g,
  )) {
    const n = m[2] ? Number(m[2]) : (EN_ORDINALS[m[1] ?? ''] ?? 0);
    // The noun is among the next few words ("the second takaichi white house visit").
    const after = text
      .slice((m.index ?? 0) + m[0].length)
      .trim()
      .split(' ')
      .slice(0, 5);
    for (let i = 0; i < after.length; i++) {
      const rest = after.slice(i).join(' ');
      const noun = EN_NOUNS.find(([re]) => re.test(rest))?.[1];
      if (noun) {
        out.push({ n, noun });
        break;
      }
    }
  }
  for (const m of raw.matchAll(/第\s?([0-9]+|[一二三四五六七八九十])\s?(弾|次)/g))
    out.push({ n: jaNumber(m[1]), noun: 'tranche' });
  for (const m of raw.matchAll(/([0-9]+|[一二三四五六七八九十])\s?(回目|つ目|件目|番目|度目)/g)) {
    const rest = raw.slice((m.index ?? 0) + m[0].length);
    const noun = JA_NOUNS.find(([re]) => re.test(rest))?.[1];
    if (noun) out.push({ n: jaNumber(m[1]), noun });
  }
  return out.filter((o) => o.n > 0);
}

const EN_COUNT: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const COUNT_NOUNS: Record<string, OrdinalNoun> = {
  tranche: 'tranche',
  batche: 'tranche',
  round: 'tranche',
  project: 'project',
  visit: 'visit',
  trip: 'visit',
  summit: 'visit',
  meeting: 'meeting',
  call: 'call',
};
const JA_COUNT_NOUNS: [RegExp, OrdinalNoun][] = [
  [/^(案件|プロジェクト|事業)/, 'project'],
  [/^(訪問|訪米)/, 'visit'],
  [/^(会合|会議|会談|協議)/, 'meeting'],
];

/** Counts a question takes for granted: "the three tranches", "all four projects", "both visits", "4つの案件". */
export function countsIn(text: string, raw: string): Ordinal[] {
  if (FUTURE.test(text) || FUTURE.test(raw)) return [];
  const out: Ordinal[] = [];
  for (const m of text.matchAll(
    /\b(?:the|all|those|these|its|their)\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(tranche|batche|round|project|visit|trip|summit|meeting|call)s\b/g,
  )) {
    const noun = COUNT_NOUNS[m[2] ?? ''];
    const n = EN_COUNT[m[1] ?? ''] ?? Number(m[1]);
    if (noun && n > 1) out.push({ n, noun, count: true });
  }
  for (const m of text.matchAll(
    /\bboth\s+(tranche|batche|round|project|visit|trip|summit|meeting|call)s\b/g,
  )) {
    const noun = COUNT_NOUNS[m[1] ?? ''];
    if (noun) out.push({ n: 2, noun, count: true });
  }
  for (const m of raw.matchAll(
    /([0-9]+|[二三四五六七八九十])\s?(?:つの|件の|回の|度の|)(?=案件|プロジェクト|事業|訪問|訪米|会合|会議|会談|協議)/g,
  )) {
    const rest = raw.slice((m.index ?? 0) + m[0].length);
    const noun = JA_COUNT_NOUNS.find(([re]) => re.test(rest))?.[1];
    const n = jaNumber(m[1]);
    if (noun && n > 1) out.push({ n, noun, count: true });
  }
  return out;
}

function jaNumber(s: string | undefined): number {
  if (!s) return 0;
  return /^\d+$/.test(s) ? Number(s) : (KANJI_DIGITS[s] ?? 0);
}

/** Money said to have moved already: paid, sent, disbursed, invested so far. */
const PAID_EN =
  /\b(how much (did|has|have) (japan|tokyo|they|it|jbic) (paid|pay|sent|send|transferred|transfer|wired|wire|disbursed|disburse|handed over|hand over)|(did|has) (japan|tokyo) (paid|pay|sent|send|transferred|transfer|wired|wire) (any|the|anything|money|cash)|already (paid|sent|spent|transferred|wired|invested|disbursed|put in|handed over)|(paid|sent|spent|transferred|wired|invested|disbursed|handed over|put in)\b.*\b(so far|to date|yet|already)|been (paid|disbursed|transferred|wired|sent|spent)|actually (paid|sent|spent|invested|transferred))\b/;
const PAID_JA =
  /(もう|すでに|既に|これまでに|実際に|今までに)[^？?]{0,20}(払|支払|送金|拠出|投資し|出資し|出し)|(支払われ|送金され|拠出され|実行され|払い込まれ)|(いくら|何ドル|どれだけ)[^？?]{0,10}(払った|支払った|送金した|出した)/;

/** Whether the question takes for granted that money has already been paid or disbursed. */
export function asksPaid(text: string, raw: string): boolean {
  return PAID_EN.test(text) || PAID_JA.test(raw);
}

/** Words a claim uses when money has actually moved (not a pledge, a plan or a loan agreement). */
export const PAID_REPORTED =
  /disburs|paid out|was paid|were paid|transferred|wired|drawn down|送金|支払われ|払い込|実行済/;

const OFFICE_WORDS =
  /\b(the|prime|minister|secretary|president|pm|us|japan'?s?|commerce|treasury|trade|finance|foreign|chief|cabinet)\b|首相|総理|大臣|長官|大統領|相$/g;

/** A name that is only an office ("prime minister", "首相"): it names whoever holds it, no one in particular. */
export function officeOnly(alias: string): boolean {
  return (
    alias
      .toLowerCase()
      .replace(OFFICE_WORDS, '')
      .replace(/[\s.]+/g, '').length < 2
  );
}
