/**
 * Compare and aggregate (#12): sum, difference, ratio, average, remainder and comparison of recorded
 * amounts valid on the clock's day. Where the sources disagree on a figure, the answer says which
 * figure the result uses and names the others.
 */
import type { Lang } from '../../answer/answer.js';
import { formatDayKey } from '../../time/dates.js';
import { type Draft, item } from '../compose.js';
import type { Ctx } from '../context.js';
import { formatMoney, formatUsd } from '../money.js';
import type { Operand } from './operands.js';

export type Operation =
  | 'compare'
  | 'difference'
  | 'ratio'
  | 'sum'
  | 'average'
  | 'remainder'
  | 'share'
  | 'largest'
  | 'smallest';

const ratioFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const pctFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

const WORDS = {
  en: {
    fig: (o: Operand) => `${o.name} (${o.place ? `${o.place}, ` : ''}${formatMoney(o.money, 'en')})`,
    bigger: (a: string, b: string, by: string, times: string) =>
      `${cap(a)} is bigger than ${b}, by ${by} (about ${times} times).`,
    smaller: (a: string, b: string, by: string, times: string) =>
      `${cap(a)} is smaller than ${b}, by ${by} (about ${times} times smaller).`,
    equal: (a: string, b: string) => `${cap(a)} and ${b} are recorded at the same amount.`,
    difference: (d: string, a: string, b: string) => `The difference is ${d}: ${a} against ${b}.`,
    ratio: (a: string, b: string, x: string) => `${cap(a)} is about ${x} times ${b}.`,
    sum: (total: string, parts: string) => `Together: ${total} (${parts}).`,
    average: (avg: string, n: number, what: string) => `The average is ${avg} across ${n} ${what}.`,
    largest: (one: string, of: string) => `The largest in ${of} is ${one}.`,
    smallest: (one: string, of: string) => `The smallest in ${of} is ${one}.`,
    projects: 'projects',
    remainder: (left: string, pledge: string, used: string, parts: string) =>
      `${left} of ${pledge} is not yet assigned to a tranche: ${used} so far (${parts}).`,
    share: (a: string, pct: string, b: string) => `${cap(a)} is about ${pct}% of ${b}.`,
    uses: (name: string, used: string, others: string) =>
      `Sources disagree on ${name}: this uses ${used}, the figure reported last; others give ${others}.`,
    title: 'Comparing recorded amounts',
    missing: (names: string, day: string) =>
      `No amount is recorded for ${names} as of ${day}, so it is left out.`,
    together: (names: string) => names,
    yes: 'Yes. ',
    no: 'No. ',
    and: ' + ',
  },
  ja: {
    fig: (o: Operand) => `${o.name}（${o.place ? `${o.place}、` : ''}${formatMoney(o.money, 'ja')}）`,
    bigger: (a: string, b: string, by: string, times: string) =>
      `${a}は${b}より${by}大きい（約${times}倍）。`,
    smaller: (a: string, b: string, by: string, times: string) =>
      `${a}は${b}より${by}小さい（約${times}分の1）。`,
    equal: (a: string, b: string) => `${a}と${b}は同じ金額で記録されている。`,
    difference: (d: string, a: string, b: string) => `差は${d}（${a}と${b}）。`,
    ratio: (a: string, b: string, x: string) => `${a}は${b}の約${x}倍。`,
    sum: (total: string, parts: string) => `合計${total}（${parts}）。`,
    average: (avg: string, n: number, _what: string) => `${n}件の平均は${avg}。`,
    largest: (one: string, of: string) => `${of}で最大のものは${one}。`,
    smallest: (one: string, of: string) => `${of}で最小のものは${one}。`,
    projects: '案件',
    remainder: (left: string, pledge: string, used: string, parts: string) =>
      `${pledge}のうち、まだ案件の弾に割り当てられていないのは${left}。これまでの割り当ては${used}（${parts}）。`,
    share: (a: string, pct: string, b: string) => `${a}は${b}の約${pct}%。`,
    uses: (name: string, used: string, others: string) =>
      `${name}の金額は情報源で食い違う: ここでは最後に報じられた${used}を使った（ほかに${others}）。`,
    title: '記録された金額の比較',
    missing: (names: string, day: string) =>
      `${day}時点で${names}の金額は記録されていないため、計算に含めていない。`,
    together: (names: string) => `${names}の合計`,
    yes: 'はい。',
    no: 'いいえ。',
    and: '＋',
  },
} as const;

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const money = (usd: number, lang: Lang) => formatUsd(Math.round(usd / 1e6) * 1e6, lang);

/** What a yes/no comparison asks: is the first bigger, or smaller, than the second? */
export type Asked = 'bigger' | 'smaller' | undefined;

export function arithmetic(
  ctx: Ctx,
  op: Operation,
  operands: readonly Operand[],
  confidence: number,
  asked?: Asked,
  missing: readonly string[] = [],
): Draft | undefined {
  const { lang } = ctx;
  const w = WORDS[lang];
  const [a, b] = operands;
  /** The largest operand, when larger than all the others together (the pledge) and there are 2+ others. */
  const whole = wholeOf(operands);
  let lead: string;
  let used: readonly Operand[] = operands;
  switch (op) {
    case 'compare':
    case 'difference':
    case 'ratio':
    case 'share': {
      if (!a || !b) return undefined;
      used = [a, b];
      const big = a.usd >= b.usd ? a : b;
      const small = big === a ? b : a;
      const by = money(big.usd - small.usd, lang);
      const times = ratioFormat.format(big.usd / small.usd);
      if (op === 'difference') lead = w.difference(by, w.fig(a), w.fig(b));
      else if (op === 'ratio') {
        // "How many times the diamond plant is the Ohio plant": the bigger as a multiple of the smaller.
        lead = w.ratio(w.fig(big), w.fig(small), times);
      } else if (op === 'share' && whole) {
        // "The first and second tranches together, as a share of the pledge": the sum of the parts.
        const parts = operands.filter((o) => o !== whole);
        used = operands;
        const sum = parts.reduce((t, o) => t + o.usd, 0);
        const label = `${w.together(parts.map((o) => w.fig(o)).join(w.and))} = ${money(sum, lang)}`;
        lead = w.share(label, pctFormat.format((sum / whole.usd) * 100), w.fig(whole));
      } else if (op === 'share') {
        // The part is the smaller; "what share of X is Y" names them in either order.
        lead = w.share(w.fig(small), pctFormat.format((small.usd / big.usd) * 100), w.fig(big));
      } else if (a.usd === b.usd) lead = w.equal(w.fig(a), w.fig(b));
      else {
        const sentence =
          a.usd > b.usd ? w.bigger(w.fig(a), w.fig(b), by, times) : w.smaller(w.fig(a), w.fig(b), by, times);
        const yes = asked === 'bigger' ? a.usd > b.usd : asked === 'smaller' ? a.usd < b.usd : undefined;
        lead = `${yes === undefined ? '' : yes ? w.yes : w.no}${sentence}`;
      }
      break;
    }
    case 'sum': {
      if (operands.length < 2) return undefined;
      const total = operands.reduce((s, o) => s + o.usd, 0);
      lead = w.sum(money(total, lang), operands.map((o) => w.fig(o)).join(w.and));
      break;
    }
    case 'average': {
      // One tranche: its projects; else the operands named.
      const list = operands.length === 1 && a?.parts?.length ? a.parts : operands;
      if (list.length < 2) return undefined;
      used = list;
      const avg = list.reduce((s, o) => s + o.usd, 0) / list.length;
      lead = w.average(money(avg, lang), list.length, w.projects);
      break;
    }
    case 'largest':
    case 'smallest': {
      // Within one tranche: its projects; else among the operands named.
      const list = operands.length === 1 && a?.parts?.length ? a.parts : operands;
      if (list.length < 2) return undefined;
      const pick = list.reduce((x, y) => ((op === 'largest' ? y.usd > x.usd : y.usd < x.usd) ? y : x));
      used = list;
      lead = w[op](w.fig(pick), operands.length === 1 && a ? a.name : list.map((o) => o.name).join(', '));
      break;
    }
    case 'remainder': {
      const [pledge, ...parts] = operands;
      if (!pledge || !parts.length) return undefined;
      const spent = parts.reduce((s, o) => s + o.usd, 0);
      lead = w.remainder(
        money(pledge.usd - spent, lang),
        formatMoney(pledge.money, lang),
        money(spent, lang),
        parts.map((o) => w.fig(o)).join(w.and),
      );
      break;
    }
  }
  const notes = used
    .filter((o) => o.others.length)
    .map((o) =>
      w.uses(
        o.name,
        formatMoney(o.money, lang),
        o.others.map((x) => formatUsd(x, lang)).join(lang === 'ja' ? '、' : ', '),
      ),
    );
  // A record named whose amount is not recorded: said, never silently dropped.
  if (missing.length)
    notes.unshift(w.missing(missing.join(lang === 'ja' ? '、' : ', '), formatDayKey(ctx.day, lang)));
  return {
    kind: 'answer',
    intent: `amounts.${op}`,
    title: w.title,
    lead,
    items: used.map((o) => item(o.id, `${o.name}: ${formatMoney(o.money, lang)}`, lang)),
    notes,
    facts: used.map((o) => o.id),
    sources: [...new Set(used.flatMap((o) => o.sources))],
    confidence,
  };
}

function wholeOf(operands: readonly Operand[]): Operand | undefined {
  const [top, ...rest] = [...operands].sort((x, y) => y.usd - x.usd);
  if (!top || rest.length < 2) return undefined;
  return top.usd > rest.reduce((t, o) => t + o.usd, 0) ? top : undefined;
}
