import type { MoneyValue } from '../../factbase/schema-common.js';
import { amountsAt } from '../amounts.js';
import type { Draft } from '../compose.js';
import type { Ctx } from '../context.js';
import type { Mention } from '../gazetteer.js';
import { deal } from '../handlers/deal.js';
import { projectDetail } from '../handlers/projects.js';
import { trancheAnswer } from '../handlers/records.js';
import { formatMoney } from '../money.js';
import { type OperatorInput, prefixed } from './operator.js';
import { recordLabel } from './premise-index.js';
import { projectOf } from './subjects.js';

/** Two figures this close are one ("$33 billion" and "$33.3 billion" are both recorded anyway). */
const SAME = 0.015;
/** Words that make the deal the subject of an amount when no record is named ("投資額が7000億ドルに"). */
const DEAL_WORDS = /\b(pledge|investment|commitment|package)\b|投資|約束|誓約|拠出/;

/** A record's amounts: those reported by `now`, and every one the fact base has (some reported later). */
interface Amounts {
  id: string;
  known: MoneyValue[];
  later: MoneyValue[];
  card(): Draft;
}

/**
 * An amount the question gives a record that no claim gives it ("why did the pledge go up to $600
 * billion?", "the $60bn Ohio plant"): the lead says so and gives the recorded figure, then what is
 * known. An amount reported only after `now` is "not reported yet". Yes/no questions are left to the
 * yes/no operator, which answers "No" with the figure.
 */
export function amountPremise(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  if (q.expects === 'yes-no') return undefined;
  const asked = amountsAt(q.raw);
  if (!asked.length) return undefined;
  const named = subjectsOf(input);
  const records = named.map((x) => amountsOf(ctx, x)).filter((r): r is Amounts => !!r);
  if (!records.length && DEAL_WORDS.test(q.text + q.raw)) records.push(dealAmounts(ctx));
  const lower = q.raw.normalize('NFKC').toLowerCase();
  for (const a of asked) {
    if (records.some((r) => r.known.some((v) => same(v, a.amount)))) continue;
    // An amount some other record holds is that record's, unless written right against the name.
    const heldElsewhere =
      same(ctx.kb.facts.deal.pledge.amount, a.amount) ||
      q.focus.some((x) =>
        /^\d/.test(x.alias)
          ? same(Number(x.alias), a.amount)
          : amountsOf(ctx, x)?.known.some((v) => same(v, a.amount)),
      );
    const subject =
      records.find((r) => adjacent(lower, a, named, r.id)) ?? (heldElsewhere ? undefined : records[0]);
    if (!subject) continue;
    const name = recordLabel(ctx, ctx.kb.nameOf(subject.id, ctx.lang));
    const askedText = formatMoney({ amount: a.amount, currency: 'USD' }, ctx.lang);
    const later = subject.later.some((v) => same(v, a.amount));
    const recorded = [...new Set(subject.known.map((v) => formatMoney(v, ctx.lang)))].join(' / ');
    const lead = later
      ? m.notYetReported(m.amountFor(askedText, name), ctx.kb.asOf(ctx.lang))
      : m.amountDiffers(name, askedText, recorded);
    return prefixed(lead, subject.card(), input, later ? 'premise.later' : 'premise.amount', 0.75);
  }
  return undefined;
}

/**
 * The records a question names in its own right (the deal also by its pledge: "5500億ドルが…"), else a
 * project named only in part or by its site ("the ohio plant") when it is the only one.
 */
export function subjectsOf(input: OperatorInput): Mention[] {
  const { ctx, q } = input;
  const named = q.focus.filter(
    (x) =>
      ['project', 'tranche', 'deal'].includes(x.entity.type) &&
      !x.partial &&
      x.strength >= 0.7 &&
      (x.entity.type === 'deal' || !/^\d/.test(x.alias)),
  );
  if (named.some((x) => x.entity.type !== 'deal' || !/^\d/.test(x.alias))) return named;
  const partial = q.focus.filter((x) => x.entity.type === 'project' && x.partial && x.strength >= 0.6);
  const site = projectOf(ctx, input);
  const only =
    partial.length === 1
      ? partial
      : site
        ? [{ entity: { id: site.id, type: 'project' }, alias: site.name.en, strength: 0.7 } as Mention]
        : [];
  return [...named, ...only];
}

function same(v: MoneyValue | number, amount: number): boolean {
  const x = typeof v === 'number' ? v : v.currency === 'USD' ? v.amount : Number.NaN;
  return Math.abs(x - amount) <= SAME * amount;
}

/** The amount written right before the record's name ("$60bn ohio plant", "600億ドルの発電所") or after it. */
function adjacent(
  lower: string,
  a: { start: number; end: number },
  named: readonly Mention[],
  id: string,
): boolean {
  return named.some((x) => {
    if (x.entity.id !== id) return false;
    const at = lower.indexOf(x.alias.toLowerCase());
    if (at < 0) return false;
    if (at >= a.end) return /^\s?(the\s)?$|^の$/.test(lower.slice(a.end, at));
    return /^(\s|'s\s|の)?$/.test(lower.slice(at + x.alias.length, a.start));
  });
}

function amountsOf(ctx: Ctx, x: Mention): Amounts | undefined {
  const { kb, day } = ctx;
  const id = x.entity.id;
  const p = kb.projects.get(id);
  if (p) {
    const all = p.record.amount;
    return {
      id,
      known: all.filter((o) => o.reported <= day).map((o) => o.value),
      later: all.filter((o) => o.reported > day).map((o) => o.value),
      card: () => projectDetail(ctx, p, 'amount', 0.75),
    };
  }
  const t = kb.facts.tranches.find((r) => r.id === id);
  if (t) {
    const all = t.total ?? [];
    return {
      id,
      known: all.filter((o) => o.reported <= day).map((o) => o.value),
      later: all.filter((o) => o.reported > day).map((o) => o.value),
      card: () => trancheAnswer(ctx, t, 0.75),
    };
  }
  if (id === kb.facts.deal.id) return dealAmounts(ctx);
  return undefined;
}

function dealAmounts(ctx: Ctx): Amounts {
  const d = ctx.kb.facts.deal;
  return { id: d.id, known: [d.pledge], later: [], card: () => deal(ctx, 'pledge', 0.75) };
}
