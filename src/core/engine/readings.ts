import type { Temporal } from 'temporal-polyfill';
import type { EventRecord } from '../factbase/schema.js';
import { today } from '../time/dates.js';
import type { Draft } from './compose.js';
import type { Ctx } from './context.js';
import { type CueName, detectCues, detectMonth } from './cues.js';
import type { Mention } from './gazetteer.js';
import { deal } from './handlers/deal.js';
import { countdown, eventsInMonth, eventWhen, next, stateOf, timeline } from './handlers/events.js';
import { gap } from './handlers/gaps.js';
import { help, sources } from './handlers/meta.js';
import { opinions } from './handlers/opinions.js';
import { aggregateProjects, firstProjectStatus, listProjects, projectDetail } from './handlers/projects.js';
import { listSectors, sectorMembership } from './handlers/sectors.js';
import { whoOrganisation, whoPerson } from './handlers/who.js';
import type { EntityType } from './knowledge.js';

/** One way to read a question, with how well it fits. The best reading is answered. */
export interface Reading {
  /** Identifies what would be answered; two readings with one key are the same answer. */
  key: string;
  score: number;
  /** Short name of this reading, for "did you mean A or B?". */
  label: string;
  /** A question that asks for this reading unambiguously. */
  question: string;
  run: (ctx: Ctx, confidence: number) => Draft;
}

export interface Analysis {
  cues: Set<CueName>;
  mentions: Mention[];
  month: ReturnType<typeof detectMonth>;
  /** Share of the question's content words that a cue or a name explained (0..1). */
  coverage: number;
}

export function analyse(normalized: string, raw: string, mentions: Mention[], coverage: number): Analysis {
  return { cues: detectCues(normalized, raw), mentions, month: detectMonth(normalized, raw), coverage };
}

function mentionsOf(a: Analysis, type: EntityType): Mention[] {
  return a.mentions.filter((m) => m.entity.type === type);
}

/** Every plausible reading of a question, scored. Pure. */
export function readings(ctx: Ctx, a: Analysis): Reading[] {
  const { kb, lang, t } = ctx;
  const has = (c: CueName) => a.cues.has(c);
  const out: Reading[] = [];
  const add = (r: Reading) => out.push(r);
  const people = mentionsOf(a, 'person');
  const orgs = mentionsOf(a, 'organisation');
  const projects = mentionsOf(a, 'project');
  const sectors = mentionsOf(a, 'sector');
  const events = mentionsOf(a, 'event');
  const gaps = mentionsOf(a, 'gap');
  const dealMention = mentionsOf(a, 'deal')[0];
  const goalMention = mentionsOf(a, 'goal')[0];
  const projectsCue = has('projects') || projects.length > 0;

  if (has('help')) add({ key: 'help', score: 0.9, label: t.helpTitle, question: 'help', run: help });
  if (has('sources'))
    add({ key: 'sources', score: 0.88, label: t.sourcesTitle, question: 'sources', run: sources });

  if (has('opinions')) {
    const filter = has('critical') ? 'critical' : has('supportive') ? 'supportive' : 'all';
    add({
      key: `opinions.${filter}`,
      score: 0.86,
      label: t.opinionsTitle,
      question: t.ask.opinions,
      run: (c, s) => opinions(c, filter, s),
    });
  }

  // Candidate projects: aggregates, status, one project, or the list.
  const aggregate = has('share')
    ? 'share'
    : has('total')
      ? 'total'
      : has('largest')
        ? 'largest'
        : has('smallest')
          ? 'smallest'
          : null;
  if (aggregate && (projectsCue || has('howMuch') || aggregate === 'largest' || aggregate === 'smallest')) {
    const score = projectsCue ? 0.93 : 0.72;
    add({
      key: `projects.${aggregate}`,
      score,
      label: t.projectsTitle,
      question: t.ask.largest,
      run: (c, s) => aggregateProjects(c, aggregate, s),
    });
  }
  if (has('chosen') && (projectsCue || has('status'))) {
    add({
      key: 'projects.status',
      score: 0.92,
      label: t.firstProjectTitle,
      question: t.ask.chosen,
      run: firstProjectStatus,
    });
  }
  for (const m of projects) {
    const p = kb.projects.get(m.entity.id);
    if (!p) continue;
    const focus = has('partners') ? 'partners' : has('howMuch') ? 'amount' : 'general';
    const cue = focus === 'general' ? 0.78 : 0.93;
    add({
      key: `project.${p.id}.${focus}`,
      score: cue * m.strength,
      label: p.name[lang],
      question: lang === 'ja' ? `${p.name.ja}について` : `Tell me about the ${p.name.en.toLowerCase()}`,
      run: (c, s) => projectDetail(c, p, focus, s),
    });
  }
  if (has('projects'))
    add({
      key: 'projects.list',
      score: has('howMuch') ? 0.8 : 0.85,
      label: t.projectsTitle,
      question: t.ask.projects,
      run: (c, s) => listProjects(c, s),
    });
  if (has('partners') && !projects.length && !orgs.length && projectsCue) {
    add({
      key: 'projects.list',
      score: 0.8,
      label: t.projectsTitle,
      question: t.ask.projects,
      run: (c, s) => listProjects(c, s),
    });
  }

  // Sectors: membership, amounts (not stated), or the list.
  if (sectors.length && (has('membership') || has('sectors'))) {
    const m = sectors[0] as Mention;
    const s = kb.sectors.get(m.entity.id) ?? null;
    add({
      key: `sectors.member.${m.entity.id}`,
      score: 0.93 * m.strength,
      label: t.sectorsTitle,
      question: t.ask.sectors,
      run: (c, sc) => sectorMembership(c, s, sc),
    });
  } else if (sectors.length) {
    const m = sectors[0] as Mention;
    const s = kb.sectors.get(m.entity.id) ?? null;
    add({
      key: `sectors.member.${m.entity.id}`,
      score: 0.62 * m.strength,
      label: t.sectorsTitle,
      question: t.ask.sectors,
      run: (c, sc) => sectorMembership(c, s, sc),
    });
  }
  if (has('sectors') && has('membership') && !sectors.length && a.coverage < 1) {
    add({
      key: 'sectors.not-member',
      score: 0.74,
      label: t.sectorsTitle,
      question: t.ask.sectors,
      run: (c, s) => sectorMembership(c, null, s),
    });
  }
  const perSector = kb.gaps.get('per-sector-amounts');
  if (perSector && has('howMuch') && (has('sectors') || sectors.length)) {
    add({
      key: 'gap.per-sector-amounts',
      score: 0.95,
      label: perSector.topic[lang],
      question: t.ask.sectorAmounts,
      run: (c, s) => gap(c, perSector, s),
    });
  }
  if (has('sectors'))
    add({
      key: 'sectors.list',
      score: 0.84,
      label: t.sectorsTitle,
      question: t.ask.sectors,
      run: (c, s) => listSectors(c, s),
    });

  // People and organisations.
  for (const m of people) {
    const p = kb.people.get(m.entity.id);
    if (!p) continue;
    const personEvents = kb.eventsByDate.filter((e) => e.participants.includes(p.id));
    if ((has('when') || has('countdown') || has('next')) && personEvents.length) {
      const e = pickEvent(ctx, personEvents);
      add({
        key: `event.${e.id}`,
        score: 0.8 * m.strength,
        label: e.name[lang],
        question: e.name[lang],
        run: (c, s) => (has('countdown') ? countdown(c, e, s) : eventWhen(c, e, s)),
      });
    }
    add({
      key: `who.${p.id}`,
      score: (has('who') || has('what') ? 0.95 : 0.72) * m.strength,
      label: p.name[lang],
      question: lang === 'ja' ? `${p.name.ja}とは誰？` : `Who is ${p.name.en}?`,
      run: (c, s) => whoPerson(c, p, s),
    });
  }
  for (const m of orgs) {
    const o = kb.organisations.get(m.entity.id);
    if (!o) continue;
    const weight = o.kind === 'country' ? 0.45 : has('who') || has('what') || has('partners') ? 0.88 : 0.68;
    add({
      key: `who.${o.id}`,
      score: weight * m.strength,
      label: o.name[lang],
      question: lang === 'ja' ? `${o.name.ja}とは？` : `What is ${o.name.en}?`,
      run: (c, s) => whoOrganisation(c, o, s),
    });
  }

  // Events and time.
  for (const m of events) {
    const e = kb.events.get(m.entity.id);
    if (!e) continue;
    const label = e.name[lang];
    const question = lang === 'ja' ? `${e.name.ja}はいつ？` : `When is the ${e.name.en}?`;
    if (has('countdown'))
      add({
        key: `event.${e.id}`,
        score: 0.95 * m.strength,
        label,
        question,
        run: (c, s) => countdown(c, e, s),
      });
    else if (e.id === 'mou-signed' && (has('who') || has('what')) && !has('when')) {
      add({
        key: 'deal.mou',
        score: 0.92 * m.strength,
        label,
        question: t.ask.mou,
        run: (c, s) => deal(c, 'mou', s),
      });
    } else if (e.id === 'trade-deal-reached' && !has('when') && !has('next')) {
      // "trade deal" names the deal more often than the event.
      add({
        key: `event.${e.id}`,
        score: 0.5 * m.strength,
        label,
        question,
        run: (c, s) => eventWhen(c, e, s),
      });
    } else {
      const cue = has('when') || has('where') || has('next') ? 0.93 : 0.74;
      add({
        key: `event.${e.id}`,
        score: cue * m.strength,
        label,
        question,
        run: (c, s) => eventWhen(c, e, s),
      });
    }
  }
  if (has('countdown') && !events.length && !people.length) {
    const upcoming = kb.eventsByDate.map((e) => stateOf(ctx, e)).find((s) => s.phase === 'upcoming');
    if (upcoming)
      add({
        key: `event.${upcoming.event.id}`,
        score: 0.7,
        label: upcoming.event.name[lang],
        question: t.ask.next,
        run: (c, s) => countdown(c, upcoming.event, s),
      });
    else
      add({ key: 'next', score: 0.7, label: t.nextTitle, question: t.ask.next, run: (c, s) => next(c, s) });
  }
  if (a.month) {
    const { year, month } = resolveMonth(ctx, a.month);
    add({
      key: `month.${year}-${month}`,
      score: has('when') ? 0.6 : 0.86,
      label: t.monthTitle(`${year}-${month}`),
      question: '',
      run: (c, s) => eventsInMonth(c, year, month, s),
    });
  }
  if (has('next') && !a.month)
    add({ key: 'next', score: 0.86, label: t.nextTitle, question: t.ask.next, run: (c, s) => next(c, s) });
  if (has('timeline'))
    add({
      key: 'timeline',
      score: 0.85,
      label: t.timelineTitle,
      question: t.ask.timeline,
      run: (c, s) => timeline(c, s),
    });

  // The deal itself.
  const dealish = dealMention !== undefined || has('pledge');
  if (has('inReturn'))
    add({
      key: 'deal.gives-us',
      score: 0.9,
      label: t.ask.gives,
      question: t.ask.gives,
      run: (c, s) => deal(c, 'gives-us', s),
    });
  if (has('japanGives') && !has('inReturn'))
    add({
      key: 'deal.gives-japan',
      score: 0.86,
      label: t.ask.pledge,
      question: t.ask.pledge,
      run: (c, s) => deal(c, 'gives-japan', s),
    });
  if (has('when') && (dealish || events.some((m) => m.entity.id === 'trade-deal-reached')) && !has('next')) {
    add({
      key: 'deal.reached',
      score: 0.94,
      label: t.ask.timeline,
      question: t.ask.timeline,
      run: (c, s) => deal(c, 'reached', s),
    });
  }
  if (has('pledge') || (dealMention && has('howMuch')))
    add({
      key: 'deal.pledge',
      score: 0.88,
      label: t.ask.pledge,
      question: t.ask.pledge,
      run: (c, s) => deal(c, 'pledge', s),
    });
  if (has('goals') || goalMention)
    add({
      key: 'deal.goals',
      score: goalMention ? 0.88 : 0.8,
      label: t.goalsTitle,
      question: t.ask.goals,
      run: (c, s) => deal(c, 'goals', s),
    });
  if (has('parties'))
    add({
      key: 'deal.parties',
      score: 0.86,
      label: t.ask.gives,
      question: t.ask.gives,
      run: (c, s) => deal(c, 'parties', s),
    });
  if (dealMention)
    add({
      key: 'deal.summary',
      score: (has('what') || has('status') ? 0.8 : 0.66) * dealMention.strength,
      label: kb.facts.deal.name[lang],
      question: lang === 'ja' ? '合意の概要は？' : 'What is the deal?',
      run: (c, s) => deal(c, 'summary', s),
    });
  if (has('status') && !projects.length)
    add({
      key: 'deal.summary',
      score: 0.7,
      label: kb.facts.deal.name[lang],
      question: 'What is the deal?',
      run: (c, s) => deal(c, 'summary', s),
    });

  // What the sources leave open: these beat the ordinary reading when the cue fits.
  for (const m of gaps) {
    const g = kb.gaps.get(m.entity.id);
    if (!g) continue;
    let score = 0.7 * m.strength;
    if (
      g.id === 'pm-visit-exact-date' &&
      has('exactDate') &&
      (events.some((e) => e.entity.id === 'pm-white-house-visit') ||
        people.some((p) => p.entity.id === 'takaichi'))
    )
      score = 0.97;
    if (g.id === 'visit-start-weekday' && has('weekday')) score = 0.97;
    if (g.id === 'financing-terms') score = Math.max(score, 0.9);
    if (g.id === 'per-sector-amounts' && (has('sectors') || sectors.length)) score = 0.95;
    if (g.id === 'first-project-not-chosen') continue; // answered by projects.status
    if (g.id === 'meeting-day' && !has('when')) continue;
    if (g.id === 'sector-of-projects' && !(has('sectors') && projectsCue)) continue;
    if (g.id === 'sector-of-projects') score = 0.94;
    add({
      key: `gap.${g.id}`,
      score,
      label: g.topic[lang],
      question: g.topic[lang],
      run: (c, s) => gap(c, g, s),
    });
  }
  return out;
}

/** Of a person's events, the one a "when" question most likely means: the next, else the latest expected. */
function pickEvent(ctx: Ctx, events: readonly EventRecord[]): EventRecord {
  const states = events.map((e) => stateOf(ctx, e));
  const ahead = states.find((s) => s.phase === 'upcoming' || s.phase === 'current');
  if (ahead) return ahead.event;
  const expected = states.filter((s) => s.event.status !== 'held');
  return (expected[expected.length - 1] ?? states[states.length - 1])!.event;
}

function resolveMonth(ctx: Ctx, m: NonNullable<Analysis['month']>): { year: number; month: number } {
  const now: Temporal.PlainDate = today(ctx.now, 'UTC');
  if ('relative' in m) {
    const d = now.toPlainYearMonth().add({ months: m.relative });
    return { year: d.year, month: d.month };
  }
  if (m.year) return { year: m.year, month: m.month };
  // A month without a year: the year in which the fact base has events that month, else this year.
  const key = String(m.month).padStart(2, '0');
  const years = new Set(
    ctx.kb.eventsByDate
      .map((e) => stateOf(ctx, e))
      .filter((s) => s.start.toString().slice(5, 7) === key)
      .map((s) => s.start.year),
  );
  return { year: years.size === 1 ? [...years][0]! : now.year, month: m.month };
}
