/**
 * Held-out set: names, places and companies the sources never mention. The answer names them back and
 * does not pass a neighbour off as them. Each name was checked against the record and the article.
 */
import type { Part } from '../../types.js';
import { ask, cases, type Draft } from '../build.js';

const unknown = (now: string, part: Part, q: string, name: string | readonly string[]): Draft =>
  ask(now, part, q, { namesBack: name, dontKnow: true });

export default cases(
  'unknown-names',
  [
    unknown('2025-09-30', 'meta', "what's keidanren saying about the 550", ['Keidanren', '経団連']),
    unknown('2026-02-25', 'projects', 'is kioxia getting any of the money', ['Kioxia', 'キオクシア']),
    unknown('2026-03-12', 'projects', 'anything going to indiana?', ['Indiana', 'インディアナ']),
    unknown('2026-04-15', 'projects', 'did chevron sign on to the texas port', ['Chevron', 'シェブロン']),
    unknown('2025-11-25', 'people', 'what did xi jinping say about the deal', ['Xi', '習近平']),
    unknown('2026-06-15', 'projects', "microsoft's stake in the ohio campus?", [
      'Microsoft',
      'マイクロソフト',
    ]),
    unknown('2026-01-20', 'projects', 'nagoya project details', ['Nagoya', '名古屋']),
    unknown('2026-12-06', 'people', 'hegseth comments on the investment?', ['Hegseth', 'ヘグセス']),
    unknown('2026-03-25', 'projects', 'rakuten in on this?', ['Rakuten', '楽天']),
    unknown('2026-02-16', 'meta', "what's australia's role", ['Australia', 'オーストラリア', '豪州']),
    unknown('2026-02-25', 'projects', 'キオクシアは対象？', ['キオクシア', 'Kioxia']),
    unknown('2025-09-30', 'meta', '経団連の反応は？', ['経団連', 'Keidanren']),
    unknown('2026-03-12', 'projects', 'インディアナ州への投資は？', ['インディアナ', 'Indiana']),
    unknown('2026-04-15', 'projects', 'シェブロンはテキサスの港に出資する？', ['シェブロン', 'Chevron']),
    unknown('2025-11-25', 'people', '習近平はこの合意について何て言ってる？', ['習近平', 'Xi']),
    unknown('2026-06-15', 'projects', 'マイクロソフトはオハイオの案件に関わってる？', [
      'マイクロソフト',
      'Microsoft',
    ]),
    unknown('2026-01-20', 'projects', '名古屋の案件ってある？', ['名古屋', 'Nagoya']),
    unknown('2026-12-06', 'projects', 'Rakutenって関係ある？', ['Rakuten', '楽天']),
  ],
  'fresh-unknown-names',
);
