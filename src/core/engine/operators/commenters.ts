import type { OpinionRecord } from '../../factbase/schema.js';
import { shared, topicTerms } from '../analysis/terms.js';
import { type Draft, item } from '../compose.js';
import type { OperatorInput } from './operator.js';

/**
 * People the sources quote: a reader comment named by its author ("what did Habibi say?", "who is
 * Coccinella?") gets that comment, labelled as an opinion; "is Bermudez an official?" gets No.
 */
export function commentersOperator(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  const ids = q.focus.filter((x) => x.entity.type === 'opinion' && !x.partial).map((x) => x.entity.id);
  const found = ids.length ? ctx.kb.facts.opinions.filter((o) => ids.includes(o.id)) : byTopic(input);
  const first = found[0];
  if (!first) return undefined;
  const card = commentCard(input, found);
  if (q.expects === 'yes-no' && ROLE_WORDS.test(q.text)) {
    return { ...card, intent: 'commenter.yes-no', lead: m.commenterNotOfficial(first.author) };
  }
  return card;
}

/** A question about who among the commenters said something ("which reader worried about the environment?"). */
const ASKS_COMMENTERS =
  /\b(comments?|commenters?|commented|readers?|who (said|says|thinks?|thought|worried|worries|complained|argued|mentioned))\b|コメント|読者|言って|心配して|と言った/;

/** The comments sharing the most topic words with the question (all of those tied), when it asks who said what. */
function byTopic(input: OperatorInput): OpinionRecord[] {
  const { ctx, q } = input;
  if (!ASKS_COMMENTERS.test(q.text) && !ASKS_COMMENTERS.test(q.raw)) return [];
  const asked = topicTerms(q.raw.replace(ASKS_COMMENTERS, ' '));
  let best = 0;
  let out: OpinionRecord[] = [];
  for (const o of ctx.kb.facts.opinions) {
    const n = shared(asked, topicTerms([o.text.en, o.text.ja, ...o.topics].join(' ')));
    if (n > best) {
      best = n;
      out = [o];
    } else if (n === best && n > 0) out.push(o);
  }
  return best > 0 && out.length < ctx.kb.facts.opinions.length ? out : [];
}

/** Words that ask whether someone holds an office: a commenter never does. */
const ROLE_WORDS =
  /\b(official|minister|secretary|president|governor|ambassador|politician|senator|lawmaker|executive|ceo|spokes\w*|negotiator|diplomat|employee|staff)\b|当局者|大臣|長官|大統領|政治家|議員|役人|担当者|関係者|社長|高官/;

export function commentCard(input: OperatorInput, list: readonly OpinionRecord[]): Draft {
  const { ctx, m } = input;
  const { lang, t } = ctx;
  const [first] = list as [OpinionRecord];
  return {
    kind: 'answer',
    intent: 'commenter',
    title: list.length === 1 ? m.commenterTitle(first.author) : t.opinionsTitle,
    lead: m.commenterLead(first.author, t.stance[first.stance], first.text[lang]),
    items: list.slice(1).map((o) =>
      item(o.id, `${o.author} (${t.stance[o.stance]})`, lang, {
        detail: `“${o.text[lang]}”`,
        status: 'opinion',
      }),
    ),
    notes: [m.commenterNote],
    facts: list.map((o) => o.id),
    confidence: 0.9,
    suggestions: [t.ask.opinions, t.ask.projects],
  };
}
