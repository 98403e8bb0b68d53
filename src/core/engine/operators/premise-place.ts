import type { ProjectNow } from '../../knowledge/view.js';
import { statesIn } from '../analysis/us-states.js';
import type { Draft } from '../compose.js';
import { projectDetail } from '../handlers/projects.js';
import { type OperatorInput, prefixed } from './operator.js';
import { recordLabel, someProjectIn } from './premise-index.js';

/**
 * A place the question gives a project that its recorded site contradicts ("why was the port moved to
 * Alabama?", "the Georgia plant in Louisiana"): the lead names the place back and gives the recorded
 * site, then what is known. Runs before the unknown-names operator, which would otherwise only say
 * that the place is not covered. A place that is the site of another project is left alone (the
 * question may compare the two).
 */
export function placePremiseOperator(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  if (q.expects === 'yes-no') return undefined;
  const places = statesIn(q.text, q.raw);
  if (!places.length) return undefined;
  const named = q.focus
    .filter((x) => x.entity.type === 'project' && !x.partial && x.strength >= 0.7 && !/^\d/.test(x.alias))
    .map((x) => ctx.kb.projects.get(x.entity.id))
    .filter((p): p is ProjectNow => !!p?.location);
  if (!named.length) return undefined;
  const at = (p: ProjectNow, [en, ja]: readonly [string, string]) => {
    const site = p.location?.current.value;
    return !!site && (site.en.includes(en) || site.ja.includes(ja));
  };
  const wrong = places.find((place) => !named.some((p) => at(p, place)));
  if (!wrong) return undefined;
  // A place where some other project is sited may be a comparison ("the port and the Ohio one").
  if (someProjectIn(ctx, wrong)) return undefined;
  const p = named[0] as ProjectNow;
  const site = p.location?.current.value[ctx.lang] ?? '';
  const lead = m.placeDiffers(recordLabel(ctx, p.name[ctx.lang]), wrong[ctx.lang === 'ja' ? 1 : 0], site);
  return prefixed(lead, projectDetail(ctx, p, 'general', 0.75), input, 'premise.place', 0.75);
}
