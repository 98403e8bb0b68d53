import { type Draft, item } from '../compose.js';
import type { Ctx } from '../context.js';

export type OpinionFilter = 'all' | 'critical' | 'supportive';

/** Reader reactions, labelled as opinions, with every side shown (the filtered side first). */
export function opinions(ctx: Ctx, filter: OpinionFilter, confidence: number): Draft {
  const { kb, lang, t } = ctx;
  const rank = (stance: string) =>
    filter === 'all' ? 0 : stance === filter ? 0 : stance === 'mixed' ? 1 : 2;
  const list = [...kb.facts.opinions].sort((a, b) => rank(a.stance) - rank(b.stance)).slice(0, 20);
  const count = (s: string) => list.filter((o) => o.stance === s).length;
  return {
    kind: 'list',
    intent: `opinions.${filter}`,
    title: t.opinionsTitle,
    lead: t.opinionsLead(list.length, count('supportive'), count('critical'), count('mixed')),
    items: list.map((o) =>
      item(o.id, `${o.author} (${t.stance[o.stance]})`, lang, {
        detail: `“${o.text[lang]}”`,
        status: 'opinion',
      }),
    ),
    notes: [t.opinionsNote],
    facts: list.map((o) => o.id),
    confidence,
    suggestions: [t.ask.goals, t.ask.projects],
  };
}
