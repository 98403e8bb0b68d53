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

/** Gap ids by the records they are about, indexed once per day's list of gaps. */
const byRecord = new WeakMap<readonly GapRecord[], Map<string, string[]>>();

/** The ids of the open gaps about a record: an answer about the record cites them too. */
export function gapsAbout(gaps: readonly GapRecord[], id: string): readonly string[] {
  let index = byRecord.get(gaps);
  if (!index) {
    index = new Map();
    for (const g of gaps) for (const about of g.about) index.set(about, [...(index.get(about) ?? []), g.id]);
    byRecord.set(gaps, index);
  }
  return index.get(id) ?? [];
}
