import type { OrganisationRecord, PersonRecord } from '../../factbase/schema.js';
import { type Draft, item, LIMITS } from '../compose.js';
import type { Ctx } from '../context.js';

export function whoPerson(ctx: Ctx, p: PersonRecord, confidence: number): Draft {
  const { lang, t, kb } = ctx;
  const events = (kb.eventsByParticipant.get(p.id) ?? []).slice(0, LIMITS.items);
  const signed = kb.facts.deal.mou.signatories.find((s) => s.person === p.id);
  return {
    kind: 'answer',
    intent: 'who.person',
    title: p.name[lang],
    lead: p.summary[lang],
    items: p.roles.map((r) =>
      item(`${p.id}:${r.title.en}`, r.title[lang], lang, r.when ? { detail: r.when[lang] } : {}),
    ),
    facts: [p.id, ...events.map((e) => e.id), ...(signed ? ['mou-signed'] : [])],
    confidence,
    suggestions: p.id === 'takaichi' ? [t.ask.pmVisit, t.ask.next] : [t.ask.projects, t.ask.timeline],
  };
}

export function whoOrganisation(ctx: Ctx, o: OrganisationRecord, confidence: number): Draft {
  const { lang, t, kb } = ctx;
  const projects = (kb.projectsByPartner.get(o.id) ?? []).slice(0, LIMITS.items);
  return {
    kind: 'answer',
    intent: 'who.organisation',
    title: o.name[lang],
    lead: o.summary[lang],
    items: projects.map((p) =>
      item(p.id, p.name[lang], lang, { status: p.confirmed ? 'held' : 'reported-not-confirmed' }),
    ),
    facts: [o.id, ...projects.map((p) => p.id)],
    confidence,
    suggestions: [t.ask.projects, t.ask.largest],
  };
}

/** `who` with no name: everyone the fact base knows. */
export function listPeople(ctx: Ctx, confidence = 0.9): Draft {
  const { lang, t, kb } = ctx;
  return {
    kind: 'list',
    intent: 'who.list',
    title: t.peopleTitle,
    lead: t.peopleLead,
    items: kb.facts.people.slice(0, LIMITS.items).map((p) => {
      const role = p.roles.find((r) => r.current) ?? p.roles[0];
      return item(p.id, p.name[lang], lang, role ? { detail: role.title[lang] } : {});
    }),
    facts: kb.facts.people.slice(0, LIMITS.items).map((p) => p.id),
    confidence,
    suggestions: [t.ask.whoAkazawa, t.ask.whoLutnick],
  };
}

/** The companies the sources name, each with the candidate project it is linked to (possibly). */
export function listCompanies(ctx: Ctx, confidence: number): Draft {
  const { lang, t, kb } = ctx;
  const companies = kb.facts.organisations.filter((o) => o.kind === 'company').slice(0, LIMITS.items);
  return {
    kind: 'list',
    intent: 'who.companies',
    title: t.companiesTitle,
    lead: t.companiesLead(companies.length),
    items: companies.map((o) => {
      const projects = (kb.projectsByPartner.get(o.id) ?? []).map((p) => p.name[lang]);
      return item(o.id, o.name[lang], lang, {
        detail: o.summary[lang],
        ...(projects.length ? { status: 'reported-not-confirmed' as const } : {}),
      });
    }),
    facts: companies.map((o) => o.id),
    confidence,
    suggestions: [t.ask.projects, t.ask.largest],
  };
}
