/**
 * The amounts a question can do arithmetic on (#12, "two records at once"): a project's amount, a
 * tranche's total (or the sum of its projects), the deal's pledge; each as recorded and valid on the
 * clock's day, with the other figures when the sources disagree.
 */
import type { MoneyValue, ObservationRecord } from '../../factbase/schema-common.js';
import { type Resolved, resolve } from '../../knowledge/dated.js';
import type { ProjectNow } from '../../knowledge/view.js';
import { stateIn } from '../analysis/us-states.js';
import type { Ctx } from '../context.js';
import type { Mention } from '../gazetteer.js';

export interface Operand {
  id: string;
  /** The name in the answer's language, as it reads mid-sentence ("the synthetic diamond plant"). */
  name: string;
  /** US dollars: the figure the result uses. */
  usd: number;
  /** Where it is, when recorded ("Ohio"): a project's name often leaves the place out. */
  place?: string;
  /** The recorded figure as given (approx, up to). */
  money: MoneyValue;
  /** Other figures the sources give for it, when they disagree (USD). */
  others: number[];
  /** The sources of the figure used. */
  sources: string[];
  /** For a tranche: the projects whose amounts make it up. */
  parts?: Operand[];
}

/** Words of organisation names (proper nouns): a name that starts with one keeps its capital. */
const properWords = new WeakMap<object, Set<string>>();

/** "Synthetic diamond plant" → "synthetic diamond plant"; "Westinghouse AP1000 reactors" stays. */
export function midSentence(ctx: Ctx, name: string): string {
  if (ctx.lang === 'ja') return name;
  let proper = properWords.get(ctx.kb);
  if (!proper) {
    proper = new Set(ctx.kb.facts.organisations.flatMap((o) => o.name.en.split(/[\s-]+/)));
    properWords.set(ctx.kb, proper);
  }
  const first = name.split(/[\s-]+/)[0] ?? '';
  if (/^[A-Z0-9]{2,}/.test(first) || proper.has(first)) return name;
  return `${name.charAt(0).toLowerCase()}${name.slice(1)}`;
}

function fromResolved(
  id: string,
  name: string,
  r: Resolved<MoneyValue> | undefined,
  extraSources: readonly string[] = [],
): Operand | undefined {
  if (r?.value.currency !== 'USD') return undefined;
  const sides = (r.sides ?? []) as ObservationRecord<MoneyValue>[];
  const others = [
    ...new Set(
      sides
        .filter((s) => s.value.currency === 'USD' && s.value.amount !== r.value.amount)
        .map((s) => s.value.amount),
    ),
  ];
  return {
    id,
    name,
    usd: r.value.amount,
    money: r.value,
    others,
    sources: [...new Set([...r.current.cite.map((c) => c.source), ...extraSources])],
  };
}

export function projectOperand(ctx: Ctx, p: ProjectNow): Operand | undefined {
  const o = fromResolved(p.id, midSentence(ctx, p.name[ctx.lang]), p.amounts);
  const location = p.location?.value[ctx.lang];
  // The state first: it is what people ask a project by ("the Ohio one").
  const place = (location && stateIn(location, ctx.lang)) ?? shortPlace(location);
  return o && place && !o.name.includes(place) ? { ...o, place } : o;
}

/** "About 26.6 nautical miles off Freeport, Brazoria County, Texas" → "Texas"; "Georgia (site …)" → "Georgia". */
function shortPlace(place: string | undefined): string | undefined {
  const last = place
    ?.replace(/[(（][^)）]*[)）]/g, '')
    .split(/[,、]/)
    .at(-1)
    ?.trim();
  return last && last.length <= 30 ? last : undefined;
}

/** A tranche: its recorded total, else the sum of its projects' amounts; its projects as parts. */
export function trancheOperand(ctx: Ctx, id: string): Operand | undefined {
  const tranche = ctx.kb.facts.tranches.find((t) => t.id === id);
  if (!tranche) return undefined;
  const name = midSentence(ctx, tranche.name[ctx.lang]);
  const parts = tranche.projects
    .map((pid) => ctx.kb.projects.get(pid))
    .filter((p): p is ProjectNow => !!p)
    .map((p) => projectOperand(ctx, p))
    .filter((o): o is Operand => !!o);
  const total = fromResolved(id, name, resolve(tranche.total, ctx.day));
  if (total) return { ...total, parts };
  if (!parts.length) return undefined;
  const usd = parts.reduce((a, p) => a + p.usd, 0);
  return {
    id,
    name,
    usd,
    money: { amount: usd, currency: 'USD' },
    others: [],
    sources: [...new Set(parts.flatMap((p) => p.sources))],
    parts,
  };
}

export function pledgeOperand(ctx: Ctx): Operand {
  const deal = ctx.kb.facts.deal;
  return {
    id: deal.id,
    name: ctx.lang === 'ja' ? '投資の誓約額' : 'the pledge',
    usd: deal.pledge.currency === 'USD' ? deal.pledge.amount : 0,
    money: deal.pledge,
    others: [],
    sources: deal.cite.map((c) => c.source),
  };
}

/** The amounts a question names, in the order it names them. */
export function operandsOf(ctx: Ctx, mentions: readonly Mention[], text: string): Operand[] {
  const at = (m: Mention) => {
    const i = text.indexOf(m.alias);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  // One word of longer names matching several of them ("port") counts once, for its best match.
  const best = new Map<string, Mention>();
  for (const m of mentions) {
    if (!m.partial) continue;
    const prev = best.get(m.alias);
    if (!prev || m.strength > prev.strength) best.set(m.alias, m);
  }
  // A word already read as part of a whole name ("port" of "deepwater port") names nothing else.
  const whole = mentions.filter((m) => !m.partial).map((m) => ` ${m.alias} `);
  const kept = mentions.filter(
    (m) => !m.partial || (best.get(m.alias) === m && !whole.some((w) => w.includes(` ${m.alias} `))),
  );
  // A place word right before a whole name qualifies it ("the texas port": the port, in Texas), when
  // that record's site has the word; it names no other record of its own.
  const qualifies = (m: Mention) =>
    m.partial &&
    kept.some((f) => {
      if (f.partial || f.entity.type !== 'project') return false;
      const gap = text.slice(at(m), at(f));
      const site = ctx.kb.projects.get(f.entity.id)?.location?.value.en.toLowerCase() ?? '';
      return /^\S+\s+$/.test(gap) && site.includes(m.alias);
    });
  const out: Operand[] = [];
  for (const m of [...kept]
    .filter((x) => !qualifies(x))
    .sort((a, b) => at(a) - at(b) || b.strength - a.strength)) {
    if (out.some((o) => o.id === m.entity.id)) continue;
    const type = m.entity.type;
    const project = type === 'project' ? ctx.kb.projects.get(m.entity.id) : undefined;
    const operand = project
      ? projectOperand(ctx, project)
      : type === 'tranche'
        ? trancheOperand(ctx, m.entity.id)
        : type === 'deal'
          ? pledgeOperand(ctx)
          : undefined;
    if (operand && operand.usd > 0) out.push(operand);
  }
  // "the first and second tranche": the name is written once for two tranches, by their ordinals.
  const pair = ORDINAL_PAIR.exec(text) ?? NUMBERED_PAIR.exec(text);
  if (!pair) return out;
  const both = [pair[1], pair[2]]
    .map((word) => ctx.kb.facts.tranches.find((t) => t.ordinal === ORDINAL_WORDS[word ?? '']))
    .map((t) => (t ? trancheOperand(ctx, t.id) : undefined))
    .filter((o): o is Operand => !!o);
  // In the order the question gives them.
  return [...out.filter((o) => !both.some((b) => b.id === o.id)), ...both];
}

const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  '1': 1,
  one: 1,
  '2': 2,
  two: 2,
  '3': 3,
  three: 3,
};
const ORDINAL_PAIR =
  /\b(first|second|third|1st|2nd|3rd)\s+(?:and|or|vs|versus|to|plus)\s+(?:the\s+)?(first|second|third|1st|2nd|3rd)\s+tranches?\b/;
/** "tranche 1 and 2", "tranches 1 & 2", "tranche one vs tranche two". */
const NUMBERED_PAIR =
  /\btranches?\s+(1|2|3|one|two|three)\s+(?:(?:and|or|vs|versus|to|plus|&)\s+)?(?:tranche\s+)?(1|2|3|one|two|three)\b/;
