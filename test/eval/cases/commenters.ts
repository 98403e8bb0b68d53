/** The seed article's five signed reader comments (#12): opinions, known by name from the article's date. */
import { ask, cases } from './build.js';

export default cases('commenters', [
  ask('2026-02-12', 'seed', 'what did Habibi say?', {
    mustMention: [['domestic', 'tariff', '国内', '関税']],
    dontKnow: false,
  }),
  ask('2026-02-20', 'seed', 'what did bermudez say', {
    mustMention: [['presidential term', 'term', '任期']],
    dontKnow: false,
  }),
  ask('2026-03-10', 'seed', "coccinella's take?", {
    mustMention: [['environment', '環境']],
    dontKnow: false,
  }),
  ask('2026-12-06', 'seed', 'what does Bella Ciao think', {
    mustMention: [['both', '両国']],
    dontKnow: false,
  }),
  ask('2026-03-25', 'seed', 'muchacha comment', {
    mustMention: [['influence', '影響力', 'market access']],
    dontKnow: false,
  }),
  ask('2026-02-12', 'seed', 'who is Habibi', {
    mustMention: [['comment', 'reader', 'コメント', '読者']],
    dontKnow: false,
  }),
  ask('2026-02-20', 'seed', "who's coccinella?", {
    mustMention: [['comment', 'reader', 'コメント', '読者']],
    dontKnow: false,
  }),
  ask('2026-06-01', 'seed', 'did anyone in the comments mention china', {
    mustMention: ['Coccinella'],
    mustNotMention: ['Habibi', 'Muchacha'],
  }),
  ask('2026-02-12', 'seed', 'which commenter worried about the environment', {
    mustMention: ['Coccinella'],
    mustNotMention: ['Habibi', 'Muchacha'],
  }),
  ask('2026-02-12', 'seed', "who said it's just japan buying influence", {
    mustMention: ['Muchacha'],
    mustNotMention: ['Habibi', 'Coccinella'],
  }),
  ask('2026-03-10', 'seed', 'who thinks the deal benefits both nations', {
    mustMention: ['Bella Ciao'],
    mustNotMention: ['Habibi', 'Muchacha'],
  }),
  ask('2026-02-20', 'seed', 'is bermudez an official?', {
    yesNo: 'no',
    mustMention: [['comment', 'reader', 'コメント', '読者']],
  }),
  ask('2026-02-12', 'seed', 'what do readers think of the deal', { mustMention: ['Habibi', 'Bella Ciao'] }),
  ask('2026-12-06', 'seed', 'bermudez said the deal is bad for national security right?', {
    yesNo: 'no',
    mustMention: [['critical minerals', '重要鉱物']],
  }),
  ask('2026-12-06', 'seed', 'what did the commenter bella ciao say about japan', {
    mustMention: [['capital', '資金', '資本']],
  }),
  ask(
    '2025-12-01',
    'seed',
    'what did habibi say?',
    {
      dontKnow: true,
      namesBack: 'Habibi',
      mustNotMention: ['domestic industries'],
    },
    'the article and its comments appear in February 2026',
  ),
  ask('2026-02-12', 'seed', 'Habibiさんは何て言ってた？', {
    mustMention: [['国内', 'domestic', '関税', 'tariff']],
    dontKnow: false,
  }),
  ask('2026-02-20', 'seed', 'Bermudezのコメントは？', { mustMention: [['任期', 'term']], dontKnow: false }),
  ask('2026-03-10', 'seed', 'Coccinellaは何を心配してる？', {
    mustMention: [['環境', 'environment']],
    dontKnow: false,
  }),
  ask('2026-12-06', 'seed', 'Bella Ciaoの意見は？', { mustMention: [['両国', 'both']], dontKnow: false }),
  ask('2026-03-25', 'seed', 'Muchachaって誰？', {
    mustMention: [['コメント', '読者', 'comment', 'reader']],
    dontKnow: false,
  }),
  ask('2026-02-12', 'seed', '環境への影響を心配してたのは誰？', {
    mustMention: [['Coccinella', 'コッキネラ']],
    mustNotMention: ['Habibi', 'Muchacha'],
  }),
  ask('2026-06-01', 'seed', '読者コメントを全部見せて', { mustMention: ['Bermudez', 'Muchacha', 'Habibi'] }),
  ask('2026-02-20', 'seed', '国内産業が打撃を受けるって言ってたのは誰？', {
    mustMention: ['Habibi'],
    mustNotMention: ['Coccinella', 'Muchacha'],
  }),
  ask('2026-03-10', 'seed', 'Muchachaは日本についてなんて言ってる？', {
    mustMention: [['影響力', 'influence', '市場', 'market']],
  }),
  ask(
    '2025-11-01',
    'seed',
    'Bella Ciaoって誰？',
    { dontKnow: true, namesBack: 'Bella Ciao' },
    'before the article',
  ),
]);
