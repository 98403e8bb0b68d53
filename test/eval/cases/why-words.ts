/**
 * More "why" questions (#12): the purpose of a trip ("what was the point of…"), and the reason for
 * leaving an office asked with the title. Reasons from the public record (rows 17 and 36) and the
 * founding article.
 */
import { ask, cases } from './build.js';

export default cases(
  'why',
  [
    ask('2026-03-01', 'events', "what was the point of akazawa's trip in february?", {
      mustMention: [['first project', '最初の案件', 'first-project', 'structure']],
    }),
    ask('2026-04-01', 'people', 'why did PM Ishiba resign?', {
      mustMention: [['milestone', 'pressure', '区切り', '圧力']],
    }),
    ask('2026-04-01', 'people', '石破首相が辞任した理由は？', { mustMention: [['区切り', '圧力', '節目']] }),
  ],
  'why-words',
);
