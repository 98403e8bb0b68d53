import type { SectorRecord } from '../../factbase/schema.js';
import { type Draft, item, LIMITS } from '../compose.js';
import type { Ctx } from '../context.js';
import { formatUsd } from '../money.js';
import { gapsAbout } from './gaps.js';

export function listSectors(ctx: Ctx, confidence = 0.95): Draft {
  const { kb, lang, t } = ctx;
  return {
    kind: 'list',
    intent: 'sectors.list',
    title: t.sectorsTitle,
    lead: kb.facts.sectors.length
      ? t.sectorsLead(kb.facts.sectors.length, formatUsd(kb.facts.deal.pledge.amount, lang))
      : t.noSectors(kb.asOf(lang)),
    items: kb.facts.sectors.slice(0, LIMITS.items).map((s) => item(s.id, s.name[lang], lang)),
    facts: kb.facts.sectors.slice(0, LIMITS.items).flatMap((s) => [s.id, ...gapsAbout(kb.facts.gaps, s.id)]),
    confidence,
    suggestions: [t.ask.sectorAmounts, t.ask.projects],
  };
}

/** "Is shipbuilding one of the sectors?": yes with the list, or no when the word names none of them. */
export function sectorMembership(ctx: Ctx, sector: SectorRecord | null, confidence: number): Draft {
  const { kb, lang, t } = ctx;
  const all = kb.facts.sectors
    .slice(0, LIMITS.items)
    .map((s) => s.name[lang])
    .join(lang === 'ja' ? '、' : ', ');
  if (sector) {
    return {
      kind: 'answer',
      intent: 'sectors.member',
      title: t.sectorsTitle,
      lead: t.sectorYes(sector.name[lang], kb.facts.sectors.length),
      items: [item(sector.id, sector.name[lang], lang)],
      notes: [t.sectorAll(all), t.sectorNoAmount],
      facts: [sector.id, ...gapsAbout(kb.facts.gaps, sector.id)],
      confidence,
      suggestions: [t.ask.sectors, t.ask.sectorAmounts],
    };
  }
  return {
    kind: 'answer',
    intent: 'sectors.not-member',
    title: t.sectorsTitle,
    lead: t.sectorNo(kb.facts.sectors.length, all),
    facts: kb.facts.sectors.slice(0, LIMITS.items).map((s) => s.id),
    confidence,
    suggestions: [t.ask.sectors, t.ask.projects],
  };
}
