import type { ProjectRecord } from '../../factbase/schema.js';
import { type Draft, item, LIMITS } from '../compose.js';
import type { Ctx } from '../context.js';
import { formatPercent, formatUsd } from '../money.js';

const CONFIDENT = 0.95;

export function projectItem(ctx: Ctx, p: ProjectRecord) {
  const { kb, lang, t } = ctx;
  const partners = p.partners.map((id) => kb.nameOf(id, lang));
  const partnerText = partners.length
    ? t.partnersPossible(partners.join(lang === 'ja' ? '、' : ' and '))
    : t.noPartners;
  return item(p.id, t.projectLabel(p.name[lang], formatUsd(p.amount.amount, lang)), lang, {
    detail: `${p.purpose[lang]}${t.sentenceEnd}${t.sentenceGap}${partnerText}`,
    status: p.confirmed ? 'held' : 'reported-not-confirmed',
  });
}

/** The largest projects, as many as an answer shows. */
function shown(ctx: Ctx) {
  return ctx.kb.projectsByAmount.slice(0, LIMITS.items);
}

function projectFacts(ctx: Ctx): string[] {
  return [...shown(ctx).map((p) => p.id), 'first-project-not-chosen'];
}

export function listProjects(ctx: Ctx, confidence = CONFIDENT): Draft {
  const { kb, lang, t } = ctx;
  return {
    kind: 'list',
    intent: 'projects.list',
    title: t.projectsTitle,
    lead: t.projectsLead(kb.projectsByAmount.length, formatUsd(kb.projectsTotal, lang)),
    items: shown(ctx).map((p) => projectItem(ctx, p)),
    facts: projectFacts(ctx),
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
  const base = { kind: 'answer' as const, facts: projectFacts(ctx), confidence };
  const notConfirmed = t.projectsNotConfirmed;
  if (!list.length) return { ...base, intent: `projects.${op}`, title: t.projectsTitle, lead: t.noProjects };
  switch (op) {
    case 'largest':
    case 'smallest': {
      const p = (op === 'largest' ? list[0] : list[list.length - 1]) as ProjectRecord;
      return {
        ...base,
        intent: `projects.${op}`,
        title: op === 'largest' ? t.largestTitle : t.smallestTitle,
        lead: t.extremeLead(op, p.name[lang], formatUsd(p.amount.amount, lang), list.length),
        items: [projectItem(ctx, p)],
        notes: [notConfirmed],
        facts: [p.id, 'first-project-not-chosen'],
        suggestions: [t.ask.projects, t.ask.share],
      };
    }
    case 'share':
      return {
        ...base,
        intent: 'projects.share',
        title: t.shareTitle,
        lead: t.shareLead(
          formatUsd(total, lang),
          formatUsd(pledge, lang),
          formatPercent(total / pledge, lang),
        ),
        items: shown(ctx).map((p) =>
          item(p.id, t.projectLabel(p.name[lang], formatUsd(p.amount.amount, lang)), lang, {
            detail: formatPercent(p.amount.amount / pledge, lang),
            status: 'reported-not-confirmed',
          }),
        ),
        notes: [notConfirmed],
        facts: [...base.facts, 'deal'],
        suggestions: [t.ask.largest, t.ask.sectorAmounts],
      };
    case 'count':
    case 'total':
      return {
        ...base,
        intent: `projects.${op}`,
        title: op === 'total' ? t.totalTitle : t.projectsTitle,
        lead: t.totalLead(list.length, formatUsd(total, lang), formatPercent(total / pledge, lang)),
        items: shown(ctx).map((p) => projectItem(ctx, p)),
        notes: [notConfirmed],
        suggestions: [t.ask.largest, t.ask.chosen],
      };
  }
}

export function projectDetail(
  ctx: Ctx,
  p: ProjectRecord,
  focus: 'general' | 'amount' | 'partners',
  confidence: number,
): Draft {
  const { kb, lang, t } = ctx;
  const partners = p.partners.map((id) => kb.nameOf(id, lang));
  const amount = formatUsd(p.amount.amount, lang);
  let lead: string;
  if (focus === 'partners') {
    lead = partners.length
      ? t.partnersLead(p.name[lang], partners.join(lang === 'ja' ? '、' : ' and '))
      : t.noPartnersLead(p.name[lang]);
  } else if (focus === 'amount') {
    lead = t.amountLead(p.name[lang], amount);
  } else {
    lead = t.projectLead(p.purpose[lang], amount, p.reportedBy[lang]);
  }
  return {
    kind: 'answer',
    intent: `project.${focus}`,
    title: p.name[lang],
    lead,
    items: [projectItem(ctx, p)],
    notes: [t.projectsNotConfirmed],
    facts: [p.id, ...p.partners, 'first-project-not-chosen'],
    confidence,
    suggestions: [t.ask.projects, t.ask.chosen],
  };
}

export function firstProjectStatus(ctx: Ctx, confidence: number): Draft {
  const { kb, lang, t } = ctx;
  const chosen = kb.facts.projects.filter((p) => p.status === 'selected' || p.status === 'announced');
  if (chosen.length) {
    return {
      kind: 'answer',
      intent: 'projects.status',
      title: t.firstProjectTitle,
      lead: t.firstProjectChosen(chosen.map((p) => p.name[lang]).join(', ')),
      items: chosen.map((p) => projectItem(ctx, p)),
      facts: chosen.map((p) => p.id),
      confidence,
    };
  }
  const gap = kb.gaps.get('first-project-not-chosen');
  return {
    kind: 'answer',
    intent: 'projects.status',
    title: t.firstProjectTitle,
    lead: gap ? gap.known[lang] : t.firstProjectNotChosen(kb.asOf(lang)),
    items: shown(ctx).map((p) => projectItem(ctx, p)),
    notes: [t.noLaterSource(kb.asOf(lang))],
    facts: projectFacts(ctx),
    confidence,
    suggestions: [t.ask.largest, t.ask.meeting],
  };
}
