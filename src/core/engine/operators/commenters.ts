import type { OpinionRecord } from '../../factbase/schema.js';
import { type Draft, item } from '../compose.js';
import type { OperatorInput } from './operator.js';

/**
 * People the sources quote: a reader comment named by its author ("what did Habibi say?", "who is
 * Coccinella?") gets that comment, labelled as an opinion; "is Bermudez an official?" gets No.
 */
export function commentersOperator(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  const ids = q.focus.filter((x) => x.entity.type === 'opinion' && !x.partial).map((x) => x.entity.id);
  const found = ctx.kb.facts.opinions.filter((o) => ids.includes(o.id));
  const first = found[0];
  if (!first) return undefined;
  const card = commentCard(input, found);
  if (q.expects === 'yes-no' && ROLE_WORDS.test(q.text)) {
    return { ...card, intent: 'commenter.yes-no', lead: m.commenterNotOfficial(first.author) };
  }
  return card;
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
