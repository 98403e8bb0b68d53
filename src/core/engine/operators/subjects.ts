import type { LocalizedText } from '../../factbase/schema.js';
import type { ProjectNow } from '../../knowledge/view.js';
import type { Ctx } from '../context.js';
import type { OperatorInput } from './operator.js';

/** The project the question names, or the one whose site it names ("the Georgia plant"). */
export function projectOf(ctx: Ctx, input: OperatorInput): ProjectNow | undefined {
  const { q } = input;
  const named = q.focus.find((x) => x.entity.type === 'project' && !/^\d/.test(x.alias));
  if (named) return ctx.kb.projects.get(named.entity.id);
  const places = ctx.kb.projectsByAmount.filter((p) => {
    const site = p.location?.current.value;
    if (!site) return false;
    const first = site.en.split(/[ ,(]/).find((w) => /^[A-Z][a-z]{3,}$/.test(w) && !SITE_WORDS.has(w));
    const ja = site.ja.match(/^[\u30a0-\u30ff]{2,}/)?.[0];
    return (first && q.text.includes(first.toLowerCase())) || (ja && q.raw.includes(ja));
  });
  // A place that names one project only: two projects in one state are not guessed between.
  return places.length === 1 ? places[0] : undefined;
}

/** Words opening a site's description that are not the place ("Southern Ohio", "About 26 miles off…"). */
const SITE_WORDS = new Set(['Southern', 'Northern', 'Eastern', 'Western', 'About', 'Near', 'The', 'Site']);

/** The tranche the question names outright, with its projects known on the day. */
export function trancheOf(
  ctx: Ctx,
  input: OperatorInput,
): { id: string; name: LocalizedText; members: ProjectNow[] } | undefined {
  const named = input.q.focus.find((x) => x.entity.type === 'tranche' && !x.partial);
  if (!named || !ctx.kb.visible(named.entity.id)) return undefined;
  const t = ctx.kb.facts.tranches.find((x) => x.id === named.entity.id);
  if (!t) return undefined;
  const members = t.projects.map((id) => ctx.kb.projects.get(id)).filter((p): p is ProjectNow => !!p);
  return { id: t.id, name: t.name, members };
}
