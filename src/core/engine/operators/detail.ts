import type { ProjectNow } from '../../knowledge/view.js';
import { DETAIL_WORDS } from '../analysis/detail-words.js';
import type { Draft } from '../compose.js';
import type { Ctx } from '../context.js';
import { projectDetail } from '../handlers/projects.js';
import type { OperatorInput } from './operator.js';
import { projectOf } from './subjects.js';

/**
 * A question asking a project for a detail (jobs, the amount in yen, capacity, operator, when it
 * opens): the claims valid at `now` that give it, or "not stated", then what is known of the project.
 */
export function detailOperator(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  const { lang } = ctx;
  const asked = DETAIL_WORDS.find((d) => d.asked.test(q.text) || d.asked.test(q.raw));
  if (!asked) return undefined;
  const p = projectOf(ctx, input);
  if (!p) return undefined;
  const given = detailLines(ctx, p).filter((line) => asked.given.test(line.toLowerCase()));
  if (asked.detail === 'operator' && p.partnersCertainty === 'confirmed') return undefined;
  const card = projectDetail(ctx, p, 'general', 0.8);
  const gap = lang === 'ja' ? '' : ' ';
  if (given.length) {
    return {
      ...card,
      intent: `detail.${asked.detail}`,
      lead: `${given.slice(0, 3).join(gap)}${gap}${card.lead}`,
    };
  }
  const what = m.details[asked.detail] ?? asked.detail;
  return {
    ...card,
    intent: `detail.${asked.detail}.not-stated`,
    lead: `${m.detailNotStated(what, p.name[lang])}${gap}${m.known}${gap}${card.lead}`,
  };
}

/** The project's details valid on the day, as "label: value" lines, and its amounts in other currencies. */
function detailLines(ctx: Ctx, p: ProjectNow): string[] {
  const { lang } = ctx;
  const out: string[] = [];
  for (const d of p.record.details ?? []) {
    if (d.reported > ctx.day) continue;
    out.push(`${d.label[lang]}: ${d.value[lang]}`);
  }
  return out;
}
