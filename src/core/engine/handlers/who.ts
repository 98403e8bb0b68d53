import type { OrganisationRecord } from '../../factbase/schema.js';
import type { PersonNow, RoleNow } from '../../knowledge/view.js';
import { formatDateValue } from '../../time/dates.js';
import { type Draft, item, LIMITS } from '../compose.js';
import type { Ctx } from '../context.js';
import { formatWhen } from '../event-state.js';
import { provenance } from '../provenance.js';

function roleDetail(ctx: Ctx, r: RoleNow): string {
  const { lang, t } = ctx;
  const span = [r.from ? formatDateValue(r.from, lang) : '', r.to ? formatDateValue(r.to, lang) : ''];
  const when = r.when?.[lang] ?? (span[0] || span[1] ? `${span[0]}–${span[1]}` : '');
  const prov = provenance(ctx, r.cite).text;
  return [when, r.current ? t.roleCurrent : t.roleFormer, prov]
    .filter(Boolean)
    .join(lang === 'ja' ? '、' : '; ');
}

function joinTitles(roles: readonly RoleNow[], lang: 'en' | 'ja'): string {
  const titles = roles.map((r) => r.title[lang]);
  if (lang === 'ja') return titles.join('、');
  if (titles.length < 3) return titles.join(' and ');
  return `${titles.slice(0, -1).join('; ')}; and ${titles.at(-1)}`;
}

export function whoPerson(ctx: Ctx, p: PersonNow, confidence: number): Draft {
  const { lang, t, kb } = ctx;
  const events = (kb.eventsByParticipant.get(p.id) ?? []).slice(-LIMITS.items);
  const current = p.roles.filter((r) => r.current);
  const roles = [...current, ...p.roles.filter((r) => !r.current)];
  // Every role the person holds on the day, the latest first ("Prime Minister of Japan and President
  // of the Liberal Democratic Party").
  const latestFirst = [...current].reverse();
  const now = current.length
    ? { title: { en: joinTitles(latestFirst, 'en'), ja: joinTitles(latestFirst, 'ja') } }
    : undefined;
  return {
    kind: 'answer',
    intent: 'who.person',
    title: p.name[lang],
    lead: now ? `${p.summary[lang]}${t.sentenceGap}${t.nowRole(now.title[lang])}` : p.summary[lang],
    items: roles.map((r) =>
      item(`${p.id}:${r.title.en}`, r.title[lang], lang, { detail: roleDetail(ctx, r) }),
    ),
    facts: [p.id, ...events.map((e) => e.id)],
    sources: [...new Set([...roles.flatMap((r) => r.cite), ...p.cite].map((c) => c.source))],
    confidence,
    suggestions: events.length ? [t.ask.next, t.ask.timeline] : [t.ask.projects, t.ask.timeline],
  };
}

export function whoOrganisation(ctx: Ctx, o: OrganisationRecord, confidence: number): Draft {
  const { lang, t, kb } = ctx;
  const projects = (kb.projectsByPartner.get(o.id) ?? []).slice(0, LIMITS.items);
  const events = (kb.eventsByParticipant.get(o.id) ?? []).slice(-Math.max(0, LIMITS.items - projects.length));
  return {
    kind: 'answer',
    intent: 'who.organisation',
    title: o.name[lang],
    lead: o.summary[lang],
    items: [
      ...projects.map((p) =>
        item(p.id, p.name[lang], lang, { status: p.confirmed ? 'confirmed' : 'reported-not-confirmed' }),
      ),
      ...events.map((e) => item(e.id, `${formatWhen(e, lang)}: ${e.name[lang]}`, lang)),
    ],
    facts: [o.id, ...projects.map((p) => p.id), ...events.map((e) => e.id)],
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
