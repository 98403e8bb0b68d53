import type { ProjectNow } from '../../knowledge/view.js';
import type { Draft } from '../compose.js';
import type { Ctx } from '../context.js';
import { projectItem } from './projects.js';
import { trancheAnswer } from './records.js';

/**
 * "What was the first project?": the first tranche with a selected project once there is one (told
 * as the tranche: its date, total and projects), else the projects selected, else what was open.
 */
export function firstProjectStatus(ctx: Ctx, confidence: number): Draft {
  const { kb, lang, t } = ctx;
  const tranche = [...kb.facts.tranches]
    .sort((a, b) => a.ordinal - b.ordinal)
    .find((x) => x.projects.some((id) => kb.projects.get(id)?.confirmed));
  if (tranche) return { ...trancheAnswer(ctx, tranche, confidence), intent: 'projects.status' };
  const chosen = kb.projectsByAmount.filter((p) => p.confirmed);
  const shown = kb.projectsByAmount.slice(0, 20);
  const sourcesOf = (list: readonly ProjectNow[]) => [
    ...new Set(
      list.flatMap((p) => [...p.amounts.current.cite, ...p.statuses.current.cite].map((c) => c.source)),
    ),
  ];
  if (chosen.length) {
    return {
      kind: 'answer',
      intent: 'projects.status',
      title: t.firstProjectTitle,
      lead: t.firstProjectChosen(chosen.map((p) => p.name[lang]).join(lang === 'ja' ? '、' : '; ')),
      items: chosen.map((p) => projectItem(ctx, p)),
      facts: chosen.map((p) => p.id),
      sources: sourcesOf(chosen),
      confidence,
      suggestions: [t.ask.largest, t.ask.next],
    };
  }
  const open = kb.facts.gaps.find(
    (g) => g.kind === 'not-yet-decided' && g.about.some((id) => kb.projects.get(id)),
  );
  return {
    kind: 'answer',
    intent: 'projects.status',
    title: t.firstProjectTitle,
    lead: open ? open.known[lang] : t.firstProjectNotChosen(kb.asOf(lang)),
    items: shown.map((p) => projectItem(ctx, p)),
    notes: [t.noLaterSource(kb.asOf(lang))],
    facts: [...(open ? [open.id] : []), ...shown.map((p) => p.id)],
    sources: sourcesOf(shown),
    confidence,
    suggestions: [t.ask.largest, t.ask.meeting],
  };
}
