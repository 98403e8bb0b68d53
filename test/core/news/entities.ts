import { compileKnowledge, type Entity } from '../../../src/core/engine/index.js';
import { realFacts } from '../engine/fixture.js';

/**
 * The real fact base's names, plus a few records the fact base is being extended with (the first
 * tranche, SB Energy, the Ohio plant, 対米投資): built as engine entities, so these tests do not
 * depend on the fact base's record fields, only on the gazetteer's input.
 */
export function newsEntities(): Entity[] {
  const extra: Entity[] = [
    {
      id: 'sb-energy',
      type: 'organisation',
      name: { en: 'SB Energy', ja: 'SBエナジー' },
      aliases: ['SB Energy', 'SBエナジー'],
      record: {},
    },
    {
      id: 'ohio-gas-power-plant',
      type: 'project',
      name: { en: 'Ohio gas power plant', ja: 'オハイオ州のガス火力発電所' },
      aliases: ['Ohio power plant', 'Ohio plant', 'オハイオ発電所'],
      record: {},
    },
    {
      id: 'first-tranche',
      type: 'tranche' as Entity['type'],
      name: { en: 'First tranche', ja: '第1弾' },
      aliases: ['first tranche', '第1弾案件', '第1弾'],
      record: {},
    },
    {
      id: 'japan-us-investment',
      type: 'deal',
      name: { en: 'Japanese investment in the US', ja: '対米投資' },
      aliases: ['対米投資', '対米投融資'],
      record: {},
    },
  ];
  return [...compileKnowledge(realFacts()).entities, ...extra];
}
