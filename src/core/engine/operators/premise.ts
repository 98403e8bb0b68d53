import type { EventNow, PersonNow, ProjectNow } from '../../knowledge/view.js';
import { startKey } from '../../time/date-keys.js';
import { officeOnly } from '../analysis/premise-parts.js';
import { PREMISE_WORDS, type PremiseWord } from '../analysis/premise-words.js';
import type { Draft } from '../compose.js';
import type { Ctx } from '../context.js';
import type { Mention } from '../gazetteer.js';
import { deal } from '../handlers/deal.js';
import { eventWhen } from '../handlers/events.js';
import { projectDetail } from '../handlers/projects.js';
import { trancheAnswer } from '../handlers/records.js';
import { whoOrganisation, whoPerson } from '../handlers/who.js';
import type { OperatorInput } from './operator.js';
import { amountPremise } from './premise-amount.js';
import { recordLabel } from './premise-index.js';
import { meetingPremise } from './premise-meeting.js';
import { memberPremise } from './premise-member.js';
import { ordinalPremise } from './premise-ordinal.js';
import { paidPremise } from './premise-paid.js';
import { rolePremise } from './premise-role.js';
import { tariffPremise } from './premise-tariff.js';
import { projectOf } from './subjects.js';

export { placePremiseOperator } from './premise-place.js';

/**
 * What a question takes for granted, checked against the claims valid at `now`, kind by kind: an
 * office (premise-role), an ordinal beyond the count (premise-ordinal), an amount no claim gives
 * (premise-amount), money already paid (premise-paid), a person acting in an event they took no part
 * in, and a change (resigned, cancelled, upheld… : analysis/premise-words.ts). When nothing supports
 * the premise: "there is no report that…" (or what the record says instead), then what is known. When
 * a claim supports it, the question goes on as asked. Places are checked earlier (premise-place).
 */
export function premiseOperator(input: OperatorInput): Draft | undefined {
  return (
    rolePremise(input) ??
    ordinalPremise(input) ??
    memberPremise(input) ??
    amountPremise(input) ??
    paidPremise(input) ??
    tariffPremise(input) ??
    meetingPremise(input) ??
    actorPremise(input) ??
    changePremise(input)
  );
}

type Subject = PremiseWord['undergoes'][number];

function changePremise(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  const premise = PREMISE_WORDS.find(
    (w) => (w.asked.test(q.text) || w.asked.test(q.raw)) && !(w.notOnYesNo && q.expects === 'yes-no'),
  );
  if (!premise) return undefined;
  // A person named by an office alone ("prime minister") is not the subject when someone is named
  // outright ("when did prime minister Ishiba step down?" is about Ishiba).
  const namedPerson = q.focus.some((x) => !x.partial && x.entity.type === 'person' && !officeOnly(x.alias));
  const subjects = q.focus.filter(
    (x) =>
      !x.partial &&
      premise.undergoes.includes(x.entity.type as Subject) &&
      (x.entity.type === 'deal' || !/^\d/.test(x.alias)) &&
      !(namedPerson && x.entity.type === 'person' && officeOnly(x.alias)),
  );
  // "The Supreme Court upheld…": only events of the kinds the change applies to, and the organisation's.
  const kinds = premise.eventKinds;
  if (kinds) {
    const own = subjects.filter((x) => kinds.includes(ctx.kb.events.get(x.entity.id)?.kind ?? ''));
    subjects.splice(0, subjects.length, ...own, ...eventsOf(ctx, q.focus, kinds));
  }
  // A project named by its site ("the Georgia plant") is a subject too.
  const site = subjects.length || !premise.undergoes.includes('project') ? undefined : projectOf(ctx, input);
  const ordered = site
    ? [{ entity: { id: site.id, type: 'project' } } as Mention]
    : objectFirst(q.text, q.raw, order(ctx, subjects, premise));
  const first = ordered[0];
  if (!first) return undefined;
  // A person's change is theirs alone ("why did Trump fire Lutnick?": Lutnick's claims, not Trump's).
  const checked = first.entity.type === 'person' ? [first] : ordered;
  if (checked.some((x) => premise.reported.test(claimText(ctx, x.entity.id)))) return undefined;
  // What is known: the event named (or the subject, if an event), else a project named (what a company
  // pulled out of), else the best reading's event, else the subject itself.
  const named = ctx.kb.events.get(first.entity.id) ? first.entity.id : event(ctx, q.focus, 0.6);
  const object = named ?? ordered.find((x) => x.entity.type === 'project')?.entity.id;
  const card = premise.showsSubject
    ? cardOf(ctx, first.entity.id)
    : ((object ? cardOf(ctx, object) : bestEvent(input)) ?? cardOf(ctx, first.entity.id));
  if (!card) return undefined;
  // The organisation that acts in the event is named rather than the event ("the Supreme Court upheld…").
  const actor = kinds && q.focus.find((x) => x.entity.type === 'organisation' && !x.partial);
  const label = ctx.kb.nameOf(actor ? actor.entity.id : first.entity.id, ctx.lang);
  const agent = ['person', 'organisation'].includes(first.entity.type) || !!actor;
  const name = agent ? label : recordLabel(ctx, label);
  // A person or organisation does the change ("cancelled anything of the kind"); a record undergoes it.
  const change =
    (agent ? m.changesBy[premise.change] : undefined) ?? m.changes[premise.change] ?? premise.change;
  const lead = m.noReportOf(name, change);
  const gap = ctx.lang === 'ja' ? '' : ' ';
  return {
    ...card,
    intent: 'premise.unsupported',
    lead: `${lead}${gap}${m.known}${gap}${card.lead}`,
    confidence: 0.75,
  };
}

/** Verbs whose object undergoes the change: "Trump fired Lutnick", "ラトニック長官を解任". */
const TRANSITIVE =
  /\b(fire[ds]?|firing|sack(ed|s)?|dismiss(ed|es)?|oust(ed|s)?|remove[ds]?|impeach(ed|es)?)\b/;

/** The person the change is done to comes first: named after an English transitive verb, or before を. */
function objectFirst(text: string, raw: string, ordered: Mention[]): Mention[] {
  const verb = TRANSITIVE.exec(text);
  const object = ordered.find((x) => {
    if (x.entity.type !== 'person') return false;
    if (verb) return text.indexOf(x.alias) > verb.index;
    const at = raw.indexOf(x.alias);
    return at >= 0 && /^(氏|さん|長官|大臣|首相|大統領)?を/.test(raw.slice(at + x.alias.length));
  });
  return object ? [object, ...ordered.filter((x) => x !== object)] : ordered;
}

/** The subjects in the change's order of preference (a ruling before the hearing, for "upheld"). */
function order(ctx: Ctx, subjects: Mention[], premise: PremiseWord): Mention[] {
  const rank = (x: Mention) => {
    const type = premise.undergoes.indexOf(x.entity.type as Subject);
    const kind = ctx.kb.events.get(x.entity.id)?.kind;
    const preferred = kind && premise.eventKinds ? premise.eventKinds.indexOf(kind) : 0;
    return type * 10 + (preferred < 0 ? 9 : preferred);
  };
  return [...subjects].sort((a, b) => rank(a) - rank(b));
}

/** The events, started by now, of the organisations named, of the given kinds (a court's rulings). */
function eventsOf(ctx: Ctx, focus: readonly Mention[], kinds: readonly string[]): Mention[] {
  const out: Mention[] = [];
  for (const x of focus) {
    if (x.entity.type !== 'organisation' || x.partial) continue;
    for (const e of ctx.kb.eventsByParticipant.get(x.entity.id) ?? [])
      if (kinds.includes(e.kind) && startKey(e.date) <= ctx.day) {
        const entity = ctx.kb.entity(e.id);
        if (entity) out.push({ entity, alias: x.alias, strength: x.strength });
      }
  }
  return out;
}

/** The best reading's answer when it is about an event (what happened, for a premise about it). */
function bestEvent(input: OperatorInput): Draft | undefined {
  const best = input.best();
  return best?.kind === 'answer' && input.ctx.kb.events.get(best.facts?.[0] ?? '') ? best : undefined;
}

/** The first event the question names outright that has started by now (its card shows what happened). */
function event(ctx: Ctx, focus: readonly Mention[], min = 0.9): string | undefined {
  return focus.find((x) => {
    const e = !x.partial && x.strength >= min ? ctx.kb.events.get(x.entity.id) : undefined;
    return e && startKey(e.date) <= ctx.day;
  })?.entity.id;
}

/** Verbs that make a person an actor of an event ("why did Bessent sign the MOU", "石破首相が承認"). */
const ACTS =
  /\b(sign(ed|s)?|approv\w*|announc\w*|attend\w*|host(ed|s)?|negotiat\w*|visit(ed|s)?)\b|署名|承認|発表|出席|主催|交渉|訪問/;

/**
 * A person named as acting in an event the records show without them: "why did Bessent sign the
 * MOU?" (Lutnick and Akazawa signed it). The lead says there is no such report, then the event with
 * those who took part.
 */
function actorPremise(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  if (q.expects === 'yes-no' || !(ACTS.test(q.text) || ACTS.test(q.raw))) return undefined;
  const id = event(ctx, q.focus, 0.6);
  const e = id ? ctx.kb.events.get(id) : undefined;
  if (!e || e.participants.length < 2) return undefined;
  // The actor is named first, by name (an office alias such as "prime minister" names no one in particular).
  const actor = q.focus.find((x) => x.entity.type === 'person' && !x.partial && x.strength >= 0.85);
  if (!actor || e.participants.includes(actor.entity.id) || officeOnly(actor.alias)) return undefined;
  const p = ctx.kb.people.get(actor.entity.id);
  if (!p) return undefined;
  const card = eventWhen(ctx, e, 0.75);
  const who = e.participants
    .filter((x) => ctx.kb.people.get(x))
    .map((x) => ctx.kb.nameOf(x, ctx.lang))
    .join(ctx.lang === 'ja' ? '、' : ', ');
  const gap = ctx.lang === 'ja' ? '' : ' ';
  const lead = `${m.noReportOf(p.name[ctx.lang], m.tookPartIn(recordLabel(ctx, e.name[ctx.lang])))}${who ? `${gap}${ctx.t.participants(who)}` : ''}`;
  return {
    ...card,
    intent: 'premise.actor',
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
    // A role that ended with no other role starting that day: the person left office.
    if (
      p.roles.some(
        (r) =>
          r.to &&
          startKey(r.to) <= ctx.day &&
          !p.roles.some((x) => x.from && startKey(x.from) === startKey(r.to as NonNullable<typeof r.to>)),
      )
    )
      parts.push('stepped down');
    // The names of the events about the person (named first among the participants): their summaries
    // tell of others too ("elected after Ishiba resigned").
    for (const e of kb.eventsByParticipant.get(id) ?? [])
      if (e.participants[0] === id) parts.push(e.name.en, e.name.ja, e.status ?? '');
  }
  const o = kb.organisations.get(id);
  if (o) {
    parts.push(o.summary.en, o.summary.ja);
    for (const e of kb.eventsByParticipant.get(id) ?? []) if (e.participants[0] === id) ofEvent(e);
  }
  const e = kb.events.get(id);
  if (e) ofEvent(e);
  const pr: ProjectNow | undefined = kb.projects.get(id);
  if (pr) {
    parts.push(pr.name.en, pr.name.ja, JSON.stringify(pr.status), JSON.stringify(pr.statuses.current));
    for (const d of pr.record.details ?? []) if (d.reported <= ctx.day) parts.push(JSON.stringify(d.value));
  }
  const t = kb.facts.tranches.find((x) => x.id === id);
  if (t)
    for (const o of [...t.status, ...(t.announced ?? [])])
      if (o.reported <= ctx.day) parts.push(JSON.stringify(o.value), o.note?.en ?? '', o.note?.ja ?? '');
  if (id === kb.facts.deal.id) parts.push(kb.facts.deal.summary.en, kb.facts.deal.summary.ja);
  return parts.join(' ').toLowerCase();
}

function cardOf(ctx: Ctx, id: string): Draft | undefined {
  const { kb } = ctx;
  const p = kb.people.get(id);
  if (p) return whoPerson(ctx, p, 0.75);
  const o = kb.organisations.get(id);
  if (o) return whoOrganisation(ctx, o, 0.75);
  const e = kb.events.get(id);
  if (e) return eventWhen(ctx, e, 0.75);
  const pr = kb.projects.get(id);
  if (pr) return projectDetail(ctx, pr, 'general', 0.75);
  const t = kb.facts.tranches.find((x) => x.id === id);
  if (t) return trancheAnswer(ctx, t, 0.75);
  if (id === kb.facts.deal.id) return deal(ctx, 'pledge', 0.75);
  return undefined;
}
