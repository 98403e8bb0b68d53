import { gap } from '../handlers/gaps.js';
import type { ReadingScope } from './reading.js';

/**
 * What the sources leave open or get wrong. A gap's reading beats the ordinary one only when the
 * question asks exactly that (the exact day, the weekday, the financing terms).
 */
export function gapReadings({ ctx, has, of, add }: ReadingScope): void {
  const { kb, lang } = ctx;
  const aboutEvent = (id: string) => of('event').some((e) => e.entity.id === id);
  const aboutPerson = (id: string) => of('person').some((p) => p.entity.id === id);
  for (const m of of('gap')) {
    const g = kb.gaps.get(m.entity.id);
    if (!g) continue;
    let score = 0.7 * m.strength;
    switch (g.id) {
      case 'pm-visit-exact-date':
        if (has('countdown')) continue;
        if (has('exactDate') && (aboutEvent('pm-white-house-visit') || aboutPerson('takaichi'))) score = 0.97;
        break;
      case 'visit-start-weekday':
        if (has('weekday')) score = 0.97;
        break;
      case 'financing-terms':
        // "loan", "equity", "repaid": each points at the terms, which the sources do not give.
        score = 0.92 * Math.max(m.strength, 0.85);
        break;
      case 'per-sector-amounts':
        if (has('sectors') || of('sector').length) score = 0.95;
        break;
      case 'meeting-day':
        if (!has('when')) continue;
        break;
      case 'sector-of-projects':
        if (!(has('sectors') && (has('projects') || of('project').length))) continue;
        score = 0.94;
        break;
      case 'first-project-not-chosen':
        continue; // answered by the projects' status reading
    }
    add({
      key: `gap.${g.id}`,
      score,
      label: g.topic[lang],
      question: g.topic[lang],
      run: (c, s) => gap(c, g, s),
    });
  }
}
