import { deal } from '../handlers/deal.js';
import { help, sources } from '../handlers/meta.js';
import { opinions } from '../handlers/opinions.js';
import type { ReadingScope } from './reading.js';

/** The deal itself, the reader opinions, help and sources. */
export function dealReadings({ ctx, a, has, of, add }: ReadingScope): void {
  const { kb, lang, t } = ctx;
  const dealMention = of('deal')[0];
  const goalMention = of('goal')[0];
  const summary = {
    key: 'deal.summary',
    label: kb.facts.deal.name[lang],
    question: lang === 'ja' ? '合意の概要は？' : 'What is the deal?',
    run: (c: typeof ctx, s: number) => deal(c, 'summary', s),
  };

  if (has('help') || has('greeting')) {
    // "hello", "thanks": answered with what the bot can do.
    const score = has('help') ? 0.9 : 0.8;
    add({ key: 'help', score, label: t.helpTitle, question: 'help', run: (c) => help(c) });
  }
  if (has('sources'))
    add({ key: 'sources', score: 0.88, label: t.sourcesTitle, question: 'sources', run: sources });
  // A topic readers commented on ("what about China?") is asked about their opinions.
  const named = a.mentions.some((m) => !m.partial);
  const topic = !named && kb.facts.opinions.some((o) => o.topics.some((tp) => topicWord(tp).test(a.text)));
  if (has('opinions') || has('risks') || topic) {
    const filter = has('critical') || has('risks') ? 'critical' : has('supportive') ? 'supportive' : 'all';
    add({
      key: `opinions.${filter}`,
      // A named official's view ("what does Lutnick think?") is theirs, not the readers'.
      score: (has('opinions') || has('risks') ? 0.86 : 0.8) * (of('person').length ? 0.9 : 1),
      label: t.opinionsTitle,
      question: t.ask.opinions,
      run: (c, s) => opinions(c, filter, s),
    });
  }
  if (has('inReturn')) {
    add({
      key: 'deal.gives-us',
      // A tariff named as such ("日本車の関税", "the car tariff") is asked about itself, and "how much
      // is the tariff?" asks a rate, which what the deal gives does not state.
      score: of('tariff').length || (has('howMuch') && /\btariffs?\b|関税/.test(a.text)) ? 0.8 : 0.9,
      label: t.ask.gives,
      question: t.ask.gives,
      run: (c, s) => deal(c, 'gives-us', s),
    });
  } else if (has('japanGives')) {
    add({
      key: 'deal.gives-japan',
      score: 0.86,
      label: t.ask.pledge,
      question: t.ask.pledge,
      run: (c, s) => deal(c, 'gives-japan', s),
    });
  }
  const reachedId = kb.facts.deal.reachedEvent;
  const reachedEvent = of('event').some((m) => m.entity.id === reachedId);
  const otherEvent = of('event').some((m) => m.entity.id !== reachedId);
  if (has('when') && (dealMention || has('pledge') || reachedEvent) && !has('next') && !otherEvent) {
    add({
      key: 'deal.reached',
      score: 0.94,
      label: t.ask.timeline,
      question: t.ask.timeline,
      run: (c, s) => deal(c, 'reached', s),
    });
  }
  if (has('pledge') || (dealMention && has('howMuch'))) {
    add({
      key: 'deal.pledge',
      score: 0.88,
      label: t.ask.pledge,
      question: t.ask.pledge,
      run: (c, s) => deal(c, 'pledge', s),
    });
  }
  if (has('goals') || goalMention) {
    add({
      key: 'deal.goals',
      score: goalMention ? 0.88 : 0.8,
      label: t.goalsTitle,
      question: t.ask.goals,
      run: (c, s) => deal(c, 'goals', s),
    });
  }
  if (has('parties')) {
    add({
      key: 'deal.parties',
      score: 0.86,
      label: t.ask.gives,
      question: t.ask.gives,
      run: (c, s) => deal(c, 'parties', s),
    });
  }
  if (dealMention)
    add({ ...summary, score: (has('what') || has('status') ? 0.8 : 0.66) * dealMention.strength });
  else if (has('status') && !of('project').length) add({ ...summary, score: 0.7 });
}

/** A reader comment's topic as a whole word, compiled once per topic (not per question). */
const TOPIC_WORDS = new Map<string, RegExp>();
function topicWord(topic: string): RegExp {
  let re = TOPIC_WORDS.get(topic);
  if (!re) {
    re = new RegExp(`\\b${topic.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
    if (TOPIC_WORDS.size < 1000) TOPIC_WORDS.set(topic, re);
  }
  return re;
}
