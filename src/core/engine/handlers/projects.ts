import type { AnswerItem } from '../../answer/answer.js';
import type { ProjectNow } from '../../knowledge/view.js';
import { type Draft, item, LIMITS } from '../compose.js';
import type { Ctx } from '../context.js';
import { usd } from '../knowledge.js';
import { formatMoney, formatPercent, formatUsd } from '../money.js';
import { type ValueText, valueText } from '../provenance.js';

const CONFIDENT = 0.95;

function amountOf(ctx: Ctx, p: ProjectNow): ValueText {
  return valueText(ctx, p.amounts, (m) => formatMoney(m, ctx.lang));
}

function partnersText(ctx: Ctx, p: ProjectNow): string {
  const { kb, lang, t } = ctx;
  const names = p.partners.map((id) => kb.nameOf(id, lang)).join(lang === 'ja' ? '、' : ' and ');
  if (!names) return t.noPartners;
  return p.partnersCertainty === 'confirmed' ? t.partnersConfirmed(names) : t.partnersPossible(names);
}

/** Items built once per day's knowledge, project and language: the knowledge of a day never changes. */
const items = new WeakMap<object, Map<string, AnswerItem>>();

export function projectItem(ctx: Ctx, p: ProjectNow): AnswerItem {
  let byKey = items.get(ctx.kb);
  if (!byKey) {
    byKey = new Map();
    items.set(ctx.kb, byKey);
  }
  const key = `${ctx.lang}:${p.id}`;
  let built = byKey.get(key);
  if (!built) {
    built = buildProjectItem(ctx, p);
    byKey.set(key, built);
  }
  return built;
}

function buildProjectItem(ctx: Ctx, p: ProjectNow): AnswerItem {
  const { lang, t } = ctx;
  const amount = amountOf(ctx, p);
  const where = p.location ? `${p.location.value[lang]}${t.sentenceEnd}${t.sentenceGap}` : '';
  // Conflicting figures are shown together, the latest first.
  const figures = amount.conflict ? amount.values.join(' / ') : amount.value;
  return item(p.id, t.projectLabel(p.name[lang], figures), lang, {
    detail: `${where}${p.purpose[lang]}${t.sentenceEnd}${t.sentenceGap}${partnersText(ctx, p)}${t.sentenceGap}${amount.text}`,
    status: amount.conflict ? 'conflicting' : p.confirmed ? 'confirmed' : 'reported-not-confirmed',
  });
}

/** The largest projects, as many as an answer shows. */
/** The projects a list shows: the selected or announced ones first (what people ask for), then candidates, each by amount. */
function shown(ctx: Ctx): readonly ProjectNow[] {
  let list = shownByDay.get(ctx.kb);
  if (!list) {
    const out: ProjectNow[] = [];
    for (const confirmed of [true, false])
      for (const p of ctx.kb.projectsByAmount) {
        if (out.length >= LIMITS.items) break;
        if (p.confirmed === confirmed) out.push(p);
      }
    list = out;
    shownByDay.set(ctx.kb, list);
  }
  return list;
}
const shownByDay = new WeakMap<object, readonly ProjectNow[]>();

/** The sources of each project's amount and status, once per day's knowledge. */
const projectSources = new WeakMap<object, Map<string, readonly string[]>>();

function sourcesOf(ctx: Ctx, list: readonly ProjectNow[]): string[] {
  let byId = projectSources.get(ctx.kb);
  if (!byId) {
    byId = new Map();
    projectSources.set(ctx.kb, byId);
  }
  const out = new Set<string>();
  for (const p of list) {
    let ids = byId.get(p.id);
    if (!ids) {
      ids = [...amountOf(ctx, p).sources, ...p.statuses.current.cite.map((c) => c.source)];
      byId.set(p.id, ids);
    }
    for (const id of ids) out.add(id);
  }
  return [...out];
}

function counts(ctx: Ctx) {
  const { projectsByAmount: list, projectsConfirmed: confirmed } = ctx.kb;
  return { all: list.length, confirmed, candidates: list.length - confirmed };
}

export function listProjects(ctx: Ctx, confidence = CONFIDENT): Draft {
  const { kb, lang, t } = ctx;
  const c = counts(ctx);
  const list = shown(ctx);
  return {
    kind: 'list',
    intent: 'projects.list',
    title: t.projectsTitle,
    lead: c.all ? t.projectsLead(c.all, c.confirmed, formatUsd(kb.projectsTotal, lang)) : t.noProjects,
    items: list.map((p) => projectItem(ctx, p)),
    facts: list.map((p) => p.id),
    sources: sourcesOf(ctx, list),
    confidence,
    suggestions: [t.ask.largest, t.ask.share, t.ask.chosen],
  };
}

export type Aggregate = 'total' | 'largest' | 'smallest' | 'share' | 'count';

export function aggregateProjects(ctx: Ctx, op: Aggregate, confidence: number): Draft {
  const { kb, lang, t } = ctx;
  const list = kb.projectsByAmount;
  const pledge = kb.facts.deal.pledge.amount;
  const total = kb.projectsTotal;
  const c = counts(ctx);
  const base = { kind: 'answer' as const, facts: shown(ctx).map((p) => p.id), confidence };
  const notes = c.candidates ? [t.someNotConfirmed(c.candidates)] : [];
  if (!list.length) return { ...base, intent: `projects.${op}`, title: t.projectsTitle, lead: t.noProjects };
  switch (op) {
    case 'largest':
    case 'smallest': {
      const p = (op === 'largest' ? list[0] : list[list.length - 1]) as ProjectNow;
      return {
        ...base,
        intent: `projects.${op}`,
        title: op === 'largest' ? t.largestTitle : t.smallestTitle,
        lead: t.extremeLead(op, p.name[lang], amountOf(ctx, p).value, list.length),
        items: [projectItem(ctx, p)],
        notes: p.confirmed ? [] : [t.someNotConfirmed(1)],
        facts: [p.id],
        sources: sourcesOf(ctx, [p]),
        suggestions: [t.ask.projects, t.ask.share],
      };
    }
    case 'share':
      return {
        ...base,
        intent: 'projects.share',
        title: t.shareTitle,
        lead: c.confirmed
          ? t.shareLead(formatUsd(total, lang), formatUsd(pledge, lang), formatPercent(total / pledge, lang))
          : t.noTotal(c.candidates),
        items: shown(ctx).map((p) =>
          item(p.id, t.projectLabel(p.name[lang], amountOf(ctx, p).value), lang, {
            detail: formatPercent(usd(p) / pledge, lang),
            status: p.confirmed ? 'confirmed' : 'reported-not-confirmed',
          }),
        ),
        notes,
        facts: [...base.facts, 'deal'],
        sources: sourcesOf(ctx, shown(ctx)),
        suggestions: [t.ask.largest, t.ask.sectorAmounts],
      };
    case 'count':
    case 'total':
      return {
        ...base,
        intent: `projects.${op}`,
        title: op === 'total' ? t.totalTitle : t.projectsTitle,
        lead: c.confirmed
          ? t.totalLead(c.confirmed, formatUsd(total, lang), formatPercent(total / pledge, lang))
          : t.noTotal(c.candidates),
        items: shown(ctx).map((p) => projectItem(ctx, p)),
        notes: c.candidates && c.confirmed ? [t.candidatesNotSummed(c.candidates)] : notes,
        sources: sourcesOf(ctx, shown(ctx)),
        suggestions: [t.ask.largest, t.ask.chosen],
      };
  }
}

export function projectDetail(
  ctx: Ctx,
  p: ProjectNow,
  focus: 'general' | 'amount' | 'partners',
  confidence: number,
): Draft {
  const { lang, t } = ctx;
  const amount = amountOf(ctx, p);
  const status = t.projectStatus[p.status];
  let lead: string;
  if (focus === 'partners') lead = partnersText(ctx, p);
  else if (focus === 'amount') lead = t.amountLead(p.name[lang], amount.text);
  else lead = t.projectLead(p.name[lang], p.purpose[lang], status, amount.text);
  const notes = [amount.history, p.location && focus !== 'partners' ? t.located(p.location.value[lang]) : ''];
  if (focus === 'general') notes.push(partnersText(ctx, p));
  for (const d of p.details ?? [])
    if (d.reported <= ctx.day) notes.push(`${d.label[lang]}: ${d.value[lang]}`);
  return {
    kind: 'answer',
    intent: `project.${focus}`,
    title: p.name[lang],
    lead,
    items: [projectItem(ctx, p)],
    notes: notes.filter(Boolean),
    facts: [p.id, ...p.partners],
    sources: sourcesOf(ctx, [p]),
    confidence,
    suggestions: [t.ask.projects, t.ask.chosen],
  };
}

/** "What projects are in Georgia?": the projects whose recorded site or name is in that place, largest first. */
export function projectsInPlace(ctx: Ctx, place: { en: string; ja: string }, confidence: number): Draft {
  const { kb, lang, t } = ctx;
  const found = kb.projectsByAmount.filter((p) =>
    [p.name.en, p.name.ja, p.location?.value.en ?? '', p.location?.value.ja ?? ''].some(
      (text) => text.includes(place.en) || text.includes(place.ja),
    ),
  );
  const list = found.slice(0, LIMITS.items);
  const name = place[lang];
  return {
    kind: 'list',
    intent: found.length ? 'projects.in-place' : 'projects.in-place.none',
    title: t.projectsInTitle(name),
    lead: t.projectsIn(name, found.length),
    items: list.map((p) => projectItem(ctx, p)),
    facts: list.map((p) => p.id),
    sources: sourcesOf(ctx, list),
    confidence,
    suggestions: [t.ask.projects],
  };
}
