import type { GapRecord } from '../../factbase/schema.js';
import { type Draft, item } from '../compose.js';
import type { Ctx } from '../context.js';

/** Something the sources leave open or get wrong: say so, and say what is known. */
export function gap(ctx: Ctx, g: GapRecord, confidence: number): Draft {
  const { lang, t, kb } = ctx;
  const status = g.kind === 'discrepancy' ? 'discrepancy' : 'not-stated';
  return {
    kind: 'answer',
    intent: `gap.${g.id}`,
    title: g.topic[lang],
    lead:
      g.kind === 'discrepancy'
        ? g.known[lang]
        : `${t.gapLead(g.topic[lang])}${t.sentenceGap}${g.known[lang]}`,
    items: g.about
      .filter((id) => id !== 'deal')
      .map((id) => item(id, kb.nameOf(id, lang), lang))
      .slice(0, 5),
    notes: [t.statusNote(t.status[status])],
    facts: [g.id, ...g.about],
    confidence,
    suggestions: [t.ask.projects, t.ask.timeline],
  };
}
