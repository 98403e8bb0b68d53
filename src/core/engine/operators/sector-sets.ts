/**
 * Sectors as sets of projects (#12, two records at once): "energy vs minerals in the first tranche",
 * "how much goes to energy in the first tranche?". A sector named with a tranche is the sum of that
 * tranche's projects in the sector, as recorded on the clock's day.
 */
import type { Ctx } from '../context.js';
import type { Mention } from '../gazetteer.js';
import { midSentence, type Operand } from './operands.js';

/** One operand per sector named, over the projects of the tranche given (its parts). */
export function sectorOperands(
  ctx: Ctx,
  mentions: readonly Mention[],
  text: string,
  tranche: Operand,
): Operand[] {
  const out: Operand[] = [];
  // In the order the question names them.
  const at = (m: Mention) => (text.indexOf(m.alias) < 0 ? Number.MAX_SAFE_INTEGER : text.indexOf(m.alias));
  for (const m of [...mentions].sort((x, y) => at(x) - at(y))) {
    if (m.entity.type !== 'sector' || m.partial || out.some((o) => o.id === m.entity.id)) continue;
    const parts = (tranche.parts ?? []).filter((p) => ctx.kb.projects.get(p.id)?.sector === m.entity.id);
    if (!parts.length) continue;
    const usd = parts.reduce((t, p) => t + p.usd, 0);
    const sector = midSentence(ctx, m.entity.name[ctx.lang]);
    const name =
      ctx.lang === 'ja'
        ? `${tranche.name}の${sector}`
        : `${sector}${sector.includes(',') ? ',' : ''} in the ${tranche.name}`;
    out.push({
      id: m.entity.id,
      name,
      usd,
      money: { amount: usd, currency: 'USD' },
      // Where a part's figure is disputed, the sum with each other figure it could be.
      others: parts.flatMap((p) => p.others.map((alt) => usd - p.usd + alt)),
      sources: [...new Set(parts.flatMap((p) => p.sources))],
      parts,
    });
  }
  return out;
}
