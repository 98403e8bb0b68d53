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
