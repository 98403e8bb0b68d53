/**
 * Ownership asked of a project (#12, dropped details): the DOE remark of November 2025 that the US
 * could own up to ten reactors financed by Japan (public record, the Westinghouse row); nothing on who
 * owns the Texas port.
 */
import { ask, cases } from './build.js';

export default cases(
  'dropped-detail',
  [
    ask('2026-01-10', 'projects', 'who would own the westinghouse reactors', {
      mustMention: [['10', 'ten', '10基']],
    }),
    ask('2026-01-10', 'projects', 'ウェスチングハウスの原子炉は誰が保有する？', {
      mustMention: [['10基', '10']],
    }),
    ask('2026-03-01', 'projects', 'who owns the texas port', {
      notStated: true,
      mustMention: ['$2.1 billion'],
    }),
  ],
  'dropped-detail-words',
);
