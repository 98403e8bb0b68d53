import type { EventNow, PersonNow, ProjectNow } from '../../knowledge/view.js';
import { PREMISE_WORDS } from '../analysis/premise-words.js';
import type { Draft } from '../compose.js';
import type { Ctx } from '../context.js';
import { eventWhen } from '../handlers/events.js';
import { projectDetail } from '../handlers/projects.js';
import { whoPerson } from '../handlers/who.js';
import { hasJapanese } from '../text.js';
import type { OperatorInput } from './operator.js';
import { askedOffice, titleIs } from './roles.js';
import { projectOf } from './subjects.js';

/**
 * A question that takes a change for granted ("why was the Georgia plant scrapped?") is checked
 * against the claims about its records valid at `now`. When none reports the change: "there is no
 * report that…", then what is known of the record. When one does, the question goes on as asked.
 */
export function premiseOperator(input: OperatorInput): Draft | undefined {
  return officePremise(input) ?? changePremise(input);
}

/** "When did Akazawa become prime minister?": an office the person never held in any claim valid now. */
function officePremise(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  const japanese = hasJapanese(q.raw);
  if (!japanese && !BECOME.test(q.text)) return undefined;
  for (const x of q.focus) {
    if (x.entity.type !== 'person' || x.partial) continue;
    const p = ctx.kb.people.get(x.entity.id);
    if (!p) continue;
    const office = japanese
      ? officeAfterName(q.raw, x.alias)
      : askedOffice(q.text.replace(BECOME, ' '), q.raw, x, false);
    if (!office) continue;
    if (p.roles.some((r) => titleIs(r.title.en, office) || titleIs(r.title.ja, office))) return undefined;
    const card = whoPerson(ctx, p, 0.75);
    const gap = ctx.lang === 'ja' ? '' : ' ';
    const lead = m.noReportOf(p.name[ctx.lang], m.becameOffice(office));
    return { ...card, intent: 'premise.office', lead: `${lead}${gap}${m.known}${gap}${card.lead}` };
  }
  return undefined;
}

const BECOME = /\b(become|became|becoming|named|appointed|elected|made|sworn in as)\b/;

/** "赤沢首相": an office written straight after the name. */
function officeAfterName(raw: string, alias: string): string | undefined {
  const at = raw.indexOf(alias);
  if (at < 0) return undefined;
  return /^(首相|総理|大統領|外相|財務相|財務長官|商務長官|経産相|防衛相)/.exec(
    raw.slice(at + alias.length),
  )?.[0];
}

function changePremise(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  const premise = PREMISE_WORDS.find((w) => w.asked.test(q.text) || w.asked.test(q.raw));
  if (!premise) return undefined;
  const subjects = q.focus.filter(
    (x) => !x.partial && ['person', 'event', 'project'].includes(x.entity.type) && !/^\d/.test(x.alias),
  );
  // A project named by its site ("the Georgia plant") is a subject too.
  const site = subjects.length ? undefined : projectOf(ctx, input);
  const first = subjects[0] ?? (site ? { entity: { id: site.id } } : undefined);
  if (!first) return undefined;
  if ([first, ...subjects].some((x) => premise.reported.test(claimText(ctx, x.entity.id)))) return undefined;
  const name = ctx.kb.nameOf(first.entity.id, ctx.lang);
  const card = cardOf(ctx, first.entity.id);
  const lead = m.noReportOf(name, m.changes[premise.change] ?? premise.change);
  const gap = ctx.lang === 'ja' ? '' : ' ';
  if (!card) return undefined;
  return {
    ...card,
    intent: 'premise.unsupported',
    lead: `${lead}${gap}${m.known}${gap}${card.lead}`,
    confidence: 0.75,
  };
}

/** The text of the claims about a record that are valid on the clock's day, in both languages. */
function claimText(ctx: Ctx, id: string): string {
  const { kb } = ctx;
  const parts: string[] = [];
  const ofEvent = (e: EventNow) => {
    const r = e.record;
    parts.push(
      r.name.en,
      r.name.ja,
      r.summary.en,
      r.summary.ja,
      r.why?.en ?? '',
      r.why?.ja ?? '',
      e.status ?? '',
    );
    const note = e.statuses?.current.note;
    if (note) parts.push(note.en, note.ja);
  };
  const p: PersonNow | undefined = kb.people.get(id);
  if (p) {
    parts.push(p.summary.en, p.summary.ja);
    for (const r of p.roles) parts.push(r.title.en, r.title.ja, r.when?.en ?? '', r.when?.ja ?? '');
    // Events about the person (named first among the participants), not every one they attended.
    for (const e of kb.eventsByParticipant.get(id) ?? []) if (e.participants[0] === id) ofEvent(e);
  }
  const e = kb.events.get(id);
  if (e) ofEvent(e);
  const pr: ProjectNow | undefined = kb.projects.get(id);
  if (pr) {
    parts.push(pr.name.en, pr.name.ja, JSON.stringify(pr.status), JSON.stringify(pr.statuses.current));
    for (const d of pr.record.details ?? []) if (d.reported <= ctx.day) parts.push(JSON.stringify(d.value));
  }
  return parts.join(' ').toLowerCase();
}

function cardOf(ctx: Ctx, id: string): Draft | undefined {
  const { kb } = ctx;
  const p = kb.people.get(id);
  if (p) return whoPerson(ctx, p, 0.75);
  const e = kb.events.get(id);
  if (e) return eventWhen(ctx, e, 0.75);
  const pr = kb.projects.get(id);
  if (pr) return projectDetail(ctx, pr, 'general', 0.75);
  return undefined;
}
