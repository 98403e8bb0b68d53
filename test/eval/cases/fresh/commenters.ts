/**
 * Held-out set: the founding article's five signed reader comments (Bermudez, Coccinella, Habibi,
 * Bella Ciao, Muchacha), asked by name and by what they said. They are readers' opinions, known from the
 * article's date (February 2026); before it, the names are unknown.
 */
import { ask, cases } from '../build.js';

const READER = ['comment', 'reader', 'コメント', '読者'];

export default cases(
  'commenters',
  [
    ask('2026-02-16', 'seed', "bermudez's point about the presidential term?", {
      mustMention: [['term', '任期', 'stability', 'political']],
      dontKnow: false,
    }),
    ask('2026-03-01', 'seed', 'did coccinella like the deal or not', {
      mustMention: [['supply chain', 'China', 'サプライチェーン', '中国', 'environment', '環境']],
      dontKnow: false,
    }),
    ask('2026-04-15', 'seed', "habibi's take on the tariff cut", {
      mustMention: [['domestic', '国内']],
      dontKnow: false,
    }),
    ask('2026-09-01', 'seed', 'what did muchacha write', {
      mustMention: [['influence', 'market access', 'partnership', '影響力']],
      dontKnow: false,
    }),
    ask('2026-12-06', 'seed', 'bella ciao - positive or negative on it?', {
      mustMention: [['benefit', 'serious capital', 'both nations', '両国']],
      dontKnow: false,
    }),
    ask('2026-02-16', 'seed', 'which commenter brought up china', { mustMention: ['Coccinella'] }),
    ask('2026-03-01', 'seed', 'who in the comments said it is not a real partnership', {
      mustMention: ['Muchacha'],
    }),
    ask('2026-04-15', 'seed', 'who raised national security in the comments', { mustMention: ['Bermudez'] }),
    ask(
      '2026-01-20',
      'seed',
      'what did muchacha comment',
      { dontKnow: true, namesBack: 'Muchacha', mustNotMention: ['market access'] },
      'the article and its comments appear in February 2026',
    ),
    ask('2026-12-06', 'seed', 'does habibi work for the government?', { yesNo: 'no', mustMention: [READER] }),
    ask('2026-03-12', 'seed', 'list everyone who commented on the article', {
      mustMention: ['Bermudez', 'Coccinella', 'Habibi', 'Bella Ciao', 'Muchacha'],
    }),
    ask('2026-02-16', 'seed', 'Bermudezさんは何を問題視してる？', {
      mustMention: [['任期', 'term', '政治', '安定', 'stability']],
      dontKnow: false,
    }),
    ask('2026-04-15', 'seed', 'Coccinellaは港について何て？', {
      mustMention: [['環境', 'environment']],
      dontKnow: false,
    }),
    ask('2026-09-01', 'seed', 'Habibiのコメントの中身は？', {
      mustMention: [['国内', 'domestic']],
      dontKnow: false,
    }),
    ask('2026-12-06', 'seed', 'Bella Ciaoは賛成？反対？', {
      mustMention: [['両国', 'benefit', '資本', 'capital']],
      dontKnow: false,
    }),
    ask('2026-03-01', 'seed', '「本当のパートナーシップじゃない」って書いたのは誰？', {
      mustMention: ['Muchacha'],
    }),
    ask('2026-12-06', 'seed', '記事のコメント欄で中国に触れてた人は？', { mustMention: ['Coccinella'] }),
    ask('2026-04-15', 'seed', 'Muchachaって政府関係者？', { yesNo: 'no', mustMention: [READER] }),
  ],
  'fresh-commenters',
);
