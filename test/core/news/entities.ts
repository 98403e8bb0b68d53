import type { Entity } from '../../../src/core/engine/index.js';
import { entitiesOf } from '../../../src/core/engine/knowledge.js';
import { realFacts } from '../engine/fixture.js';

/**
 * The real fact base's names: the source of truth for every record it has (SB Energy, the Ohio
 * power plant, the first tranche are real records now). Plus the one name it lacks that the news
 * watch must read (issue #13): "対米投資", the deal as words in Japanese, built as an engine entity
 * so these tests depend only on the gazetteer's input. Drop it once the fact base carries the name.
 */
export function newsEntities(): Entity[] {
  const real = entitiesOf(realFacts()).list;
  const extra: Entity[] = [
    {
      id: 'japan-us-investment',
      type: 'deal',
      name: { en: 'Japanese investment in the US', ja: '対米投資' },
      aliases: ['対米投資', '対米投融資'],
    },
  ];
  const known = new Set(real.map((e) => e.id));
  return [...real, ...extra.filter((e) => !known.has(e.id))];
}
