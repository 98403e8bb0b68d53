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
