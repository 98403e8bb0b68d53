/**
 * Tariff rates asked without naming a measure (#12, look-ups). Rates from the public record: the
 * July 2025 15% (row 14), its voiding and the Section 122 surcharge from 24 February 2026 (row 47).
 */
import { ask, cases } from './build.js';

export default cases(
  'lookup',
  [
    ask('2025-10-01', 'terms', 'what tariff does japan pay now', { mustMention: ['15%'] }),
    ask('2025-10-01', 'terms', '関税はいくら？', { mustMention: ['15%'] }),
    ask('2026-04-01', 'terms', 'whats the tariff rate on japan these days', { mustMention: ['10%', '15%'] }),
    ask('2026-04-01', 'terms', '今の関税率は？', { mustMention: ['10%'] }),
    ask('2026-04-01', 'terms', '利益はどう分ける？', { mustMention: [['90%', '９割', '9割']] }),
  ],
  'lookup-tariffs',
);
