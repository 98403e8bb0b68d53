import { listSectors, sectorMembership } from '../handlers/sectors.js';
import type { ReadingScope } from './reading.js';

/** Sectors: is X one of them, or the list (how much goes to each is a gap: see readings/gaps.ts). */
export function sectorReadings({ ctx, a, has, of, add }: ReadingScope): void {
  const { kb, t } = ctx;
  const mention = of('sector')[0];
  const about = { label: t.sectorsTitle, question: t.ask.sectors };
  if (mention) {
    const sector = kb.sectors.get(mention.entity.id) ?? null;
    // A short alias ("AI") is strong evidence when the question is about sectors.
    const asked = has('membership') || has('sectors');
    add({
      key: `sectors.member.${mention.entity.id}`,
      score: asked ? 0.95 * Math.max(mention.strength, 0.92) : 0.62 * mention.strength,
      ...about,
      run: (c, s) => sectorMembership(c, sector, s),
    });
  }
  // "Is tourism one of the sectors?": a word the fact base does not know, asked about as a sector.
  // "Is space exploration covered?", "農業は対象？": no record named, so the thing asked is weighed
  // against the sectors, the only list of what the deal covers.
  const namesNothing = !a.mentions.some((m) => !m.partial);
  if (has('membership') && !mention && (has('sectors') ? a.coverage < 1 : namesNothing)) {
    const score = has('sectors') ? 0.9 : 0.78;
    add({ key: 'sectors.not-member', score, ...about, run: (c, s) => sectorMembership(c, null, s) });
  }
  if (has('sectors')) add({ key: 'sectors.list', score: 0.84, ...about, run: listSectors });
}
