import type { EventRecord, ProjectRecord } from '../../factbase/schema.js';
import type { ProjectNow } from '../../knowledge/view.js';
import { askedDetail, type DetailKind } from '../analysis/detail-words.js';
import type { Draft } from '../compose.js';
import type { Ctx } from '../context.js';
import { eventWhen } from '../handlers/events.js';
import { projectDetail } from '../handlers/projects.js';
import { operatorMessages } from '../messages/operators.js';
import { formatMoney } from '../money.js';
import type { OperatorInput } from './operator.js';
import { eventsOf, projectOf, trancheOf } from './subjects.js';

/**
 * A question asking a record for a detail (jobs, the amount in yen, capacity, operator, site, loans,
 * when it opens): the detail first, from the claims valid at `now`, then what is known of the record;
 * or "not stated", then what is known. A group (a tranche) answers with its projects' details.
 */
export function detailOperator(input: OperatorInput): Draft | undefined {
  const asked = askedDetail(input.q.text, input.q.raw);
  if (!asked) return undefined;
  return detailAnswer(input, asked);
}

/** The answer to a detail asked of the question's project or tranche (undefined: no such subject). */
export function detailAnswer(input: OperatorInput, asked: DetailKind): Draft | undefined {
  const { ctx, m } = input;
  const { lang } = ctx;
  const gap = lang === 'ja' ? '' : ' ';
  const intent = `detail.${asked.detail}`;
  const what = m.details[asked.detail] ?? asked.detail;
  const ofEvents = asked.of?.includes('event') ?? false;
  const ofProjects = asked.of?.includes('project') ?? true;
  const p = ofProjects ? subjectOf(input, asked) : undefined;
  if (p) {
    const given = detailLines(ctx, p, asked);
    const card = projectDetail(ctx, p, 'general', 0.8);
    if (given.length) return { ...card, intent, lead: `${given.slice(0, 3).join(gap)}${gap}${card.lead}` };
    return {
      ...card,
      intent: `${intent}.not-stated`,
      lead: `${m.detailNotStated(what, p.name[lang])}${gap}${m.known}${gap}${card.lead}`,
    };
  }
  const events = ofEvents ? eventsOf(ctx, input) : [];
  const e = events.find((x) => detailLines(ctx, x, asked).length) ?? events[0];
  if (e) {
    const given = detailLines(ctx, e, asked);
    const card = eventWhen(ctx, e, 0.8);
    if (given.length) return { ...card, intent, lead: `${given.slice(0, 3).join(gap)}${gap}${card.lead}` };
    return {
      ...card,
      intent: `${intent}.not-stated`,
      lead: `${m.detailNotStated(what, e.name[lang])}${gap}${m.known}${gap}${card.lead}`,
    };
  }
  const group = ofProjects ? trancheOf(ctx, input) : undefined;
  const known = input.best();
  if (!group || !known || known.kind === 'unknown' || known.kind === 'ambiguous') return undefined;
  const given = [...new Set(group.members.flatMap((x) => detailLines(ctx, x, asked)))];
  if (given.length) return { ...known, intent, lead: `${given.slice(0, 3).join(gap)}${gap}${known.lead}` };
  return {
    ...known,
    intent: `${intent}.not-stated`,
    lead: `${m.detailNotStated(what, group.name[lang])}${gap}${m.known}${gap}${known.lead}`,
  };
}

/**
 * The project asked about: of the projects the question names (names in full before partial ones),
 * the first whose claims give the detail, else the first; else the one whose site it names.
 */
function subjectOf(input: OperatorInput, asked: DetailKind): ProjectNow | undefined {
  const { ctx, q } = input;
  const named = q.focus
    .filter((x) => x.entity.type === 'project' && !/^\d/.test(x.alias))
    .sort((a, b) => Number(!!a.partial) - Number(!!b.partial));
  const projects = named.map((x) => ctx.kb.projects.get(x.entity.id)).filter((x): x is ProjectNow => !!x);
  return projects.find((x) => detailLines(ctx, x, asked).length) ?? projects[0] ?? projectOf(ctx, input);
}

interface DatedEntry {
  value: unknown;
  reported: string;
}

/** The record's claims valid on the day that give the detail, as "label: value" lines. */
export function detailLines(
  ctx: Ctx,
  p: { record: ProjectRecord | EventRecord },
  asked: DetailKind,
): string[] {
  const { lang } = ctx;
  const labels = operatorMessages(lang).fieldLabels;
  const out: string[] = [];
  for (const field of asked.fields) {
    const list = (p.record as unknown as Record<string, unknown>)[field];
    if (!Array.isArray(list)) continue;
    let latest: DatedEntry | undefined;
    for (const o of list as DatedEntry[])
      if (o.reported <= ctx.day && (!latest || o.reported >= latest.reported)) latest = o;
    const text = latest ? render(ctx, latest.value) : '';
    if (text) out.push(`${labels[field] ?? field}: ${text}${lang === 'ja' ? '。' : '.'}`);
  }
  for (const d of p.record.details ?? []) {
    if (d.reported > ctx.day) continue;
    const value = d.value[lang];
    const line = `${d.label[lang]}: ${value}${/[.。!?！？]$/.test(value) ? '' : lang === 'ja' ? '。' : '.'}`;
    if (d.kind === asked.detail || (!d.kind && asked.given?.test(line.toLowerCase()))) out.push(line);
  }
  return out;
}

/** A field's value as text: localised text, a list of organisation ids, or money. */
function render(ctx: Ctx, value: unknown): string {
  const { lang, kb } = ctx;
  if (Array.isArray(value))
    return value
      .filter((x): x is string => typeof x === 'string')
      .map((id) => kb.nameOf(id, lang))
      .join(lang === 'ja' ? '、' : ', ');
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o[lang] === 'string') return o[lang] as string;
    if (typeof o.amount === 'number' && typeof o.currency === 'string')
      return formatMoney(value as Parameters<typeof formatMoney>[0], lang);
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
