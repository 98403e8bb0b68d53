import type { Entity, Knowledge } from './knowledge.js';

/**
 * Dollar amounts in a question ("$40bn", "40 billion", "$500m", "5,500億ドル", "400億ドル"), in US
 * dollars, and the records that hold exactly that amount (the pledge, a project).
 */
const EN = /\$?\s?(\d+(?:[.,]\d+)*)\s?(trillion|tn|billion|bn|b|million|mn|m)\b/gi;
const JA = /(\d+(?:[.,]\d+)*)\s?(兆|億|万)\s?ドル/g;
const SCALE: Record<string, number> = {
  trillion: 1e12,
  tn: 1e12,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  兆: 1e12,
  億: 1e8,
  万: 1e4,
};

export function amountsIn(text: string): number[] {
  const out: number[] = [];
  const s = text.normalize('NFKC');
  for (const re of [EN, JA]) {
    for (const m of s.matchAll(re)) {
      const value = Number((m[1] ?? '').replace(/,/g, ''));
      const scale = SCALE[(m[2] ?? '').toLowerCase()];
      if (Number.isFinite(value) && scale) out.push(Math.round(value * scale));
    }
  }
  return out;
}

/** Records by the amount they hold, for matching amounts in questions. */
export function amountIndex(kb: Knowledge): Map<number, Entity[]> {
  const index = new Map<number, Entity[]>();
  const add = (amount: number, id: string) => {
    const e = kb.entity(id);
    if (!e) return;
    const list = index.get(amount) ?? [];
    list.push(e);
    index.set(amount, list);
  };
  add(kb.facts.deal.pledge.amount, kb.facts.deal.id);
  for (const p of kb.facts.projects)
    for (const o of [p.amounts.current, ...p.amounts.earlier]) add(o.value.amount, p.id);
  return index;
}

/** Dollar amounts in a question with where they end in the text (lower-cased, NFKC): for "the $60bn Ohio plant". */
export function amountsAt(text: string): { amount: number; start: number; end: number }[] {
  const out: { amount: number; start: number; end: number }[] = [];
  const s = text.normalize('NFKC').toLowerCase();
  for (const re of [EN, JA]) {
    for (const m of s.matchAll(re)) {
      const value = Number((m[1] ?? '').replace(/,/g, ''));
      const scale = SCALE[(m[2] ?? '').toLowerCase()];
      if (Number.isFinite(value) && scale)
        out.push({ amount: Math.round(value * scale), start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/** Words that make an amount a bound to compare against ("bigger than $30bn", "over 30 billion", "300億ドル以上"). */
const BOUND_BEFORE = /\b(than|over|under|above|below|exceeds?|exceeding|least|most|beyond)\s*(us)?\$?\s*$/i;
const BOUND_AFTER = /^\s*(より|以上|以下|超|未満|を超)/;

/**
 * The amounts of a text that are bounds of a comparison, each with its direction: `more` when the
 * question asks whether something is above it ("bigger than", "over", "以上", "より大きい").
 */
export function boundsIn(text: string): { amount: number; more: boolean }[] {
  const out: { amount: number; more: boolean }[] = [];
  const s = text.normalize('NFKC');
  for (const re of [EN, JA]) {
    for (const m of s.matchAll(re)) {
      const at = m.index ?? 0;
      const before = s.slice(Math.max(0, at - 24), at);
      const after = s.slice(at + m[0].length, at + m[0].length + 8);
      if (!BOUND_BEFORE.test(before) && !BOUND_AFTER.test(after)) continue;
      const value = Number((m[1] ?? '').replace(/,/g, ''));
      const scale = SCALE[(m[2] ?? '').toLowerCase()];
      if (!Number.isFinite(value) || !scale) continue;
      const less =
        /\b(smaller|less|lower|under|below|cheaper|at most)\b[^.?]*$/i.test(before) ||
        /^\s*(以下|未満)/.test(after) ||
        /小さ|少な|安/.test(after);
      out.push({ amount: Math.round(value * scale), more: !less });
    }
  }
  return out;
}
