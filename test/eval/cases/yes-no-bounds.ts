/**
 * Yes/no on an amount asked as a bound (#12): "bigger than", "over", "less than", "より大きい".
 * Amounts from the public record: Ohio $33 billion / $33.3 billion, Texas port $2.1 billion (row 45).
 */
import { ask, cases } from './build.js';

export default cases(
  'yes-no',
  [
    ask('2026-03-01', 'projects', 'is the ohio plant bigger than 30 billion?', { yesNo: 'yes' }),
    ask('2026-03-01', 'projects', 'is the texas port over $5bn', { yesNo: 'no' }),
    ask('2026-03-01', 'projects', 'is the texas port less than 3 billion dollars', { yesNo: 'yes' }),
    ask('2026-03-01', 'projects', 'オハイオの案件は400億ドルより大きい？', { yesNo: 'no' }),
  ],
  'yes-no-bounds',
);
