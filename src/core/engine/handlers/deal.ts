import { formatDateValue } from '../../time/dates.js';
import { type Draft, item } from '../compose.js';
import type { Ctx } from '../context.js';
import { formatUsd } from '../money.js';
import { eventItem, stateOf } from './events.js';
import { tariffItem } from './records.js';

export type DealFocus =
  | 'summary'
  | 'reached'
  | 'gives-us'
  | 'gives-japan'
  | 'gives'
  | 'pledge'
  | 'goals'
  | 'mou'
  | 'parties';

export function deal(ctx: Ctx, focus: DealFocus, confidence: number): Draft {
  const { kb, lang, t } = ctx;
  const d = kb.facts.deal;
  const pledge = formatUsd(d.pledge.amount, lang);
  const reached = formatDateValue(d.reached, lang);
  const gives = d.gives.map((g) =>
    item(`gives:${g.party}`, `${kb.nameOf(g.party, lang)}: ${g.what[lang]}`, lang),
  );
  const goals = d.goals.map((id) => kb.facts.goals.find((g) => g.id === id)).filter((g) => g !== undefined);
  const base = { kind: 'answer' as const, title: d.name[lang], confidence, facts: ['deal'] };
  const signing = d.mou.event ? kb.events.get(d.mou.event) : undefined;
  switch (focus) {
    case 'reached':
      return {
        ...base,
        intent: 'deal.reached',
        lead: t.dealReached(reached, pledge),
        items: gives,
        facts: ['deal', ...(d.reachedEvent ? [d.reachedEvent] : [])],
        suggestions: [t.ask.mou, t.ask.timeline],
      };
    case 'gives-us':
    case 'gives-japan': {
      // The party is the deal's party from that country (data on the organisation, not its id).
      const country = focus === 'gives-us' ? 'us' : 'japan';
      const g = d.gives.find((x) => kb.organisations.get(x.party)?.country === country);
      const other = d.gives.find((x) => x !== g);
      const party = g?.party ?? '';
      return {
        ...base,
        intent: `deal.${focus}`,
        lead: g
          ? t.dealGives(kb.nameOf(party, lang), g.what[lang], other ? other.what[lang] : '')
          : d.summary[lang],
        items: gives,
        suggestions: [t.ask.sectors, t.ask.projects],
      };
    }
    case 'gives':
      return {
        ...base,
        intent: 'deal.gives',
        lead: d.summary[lang],
        items: gives,
        suggestions: [t.ask.sectors],
      };
    case 'pledge':
      return {
        ...base,
        intent: 'deal.pledge',
        lead: t.pledgeLead(pledge, reached),
        items: gives,
        notes: [t.financingUnknown],
        facts: ['deal', ...(d.openQuestions ?? [])],
        suggestions: [t.ask.sectors, t.ask.projects],
      };
    case 'goals':
      return {
        ...base,
        intent: 'deal.goals',
        title: t.goalsTitle,
        lead: t.goalsLead(goals.map((g) => g.name[lang]).join(lang === 'ja' ? 'と' : ' and ')),
        items: goals.map((g) => item(g.id, g.name[lang], lang)),
        facts: ['deal', ...goals.map((g) => g.id)],
        suggestions: [t.ask.sectors, t.ask.opinions],
      };
    case 'mou':
      return {
        ...base,
        intent: 'deal.mou',
        title: d.mou.name[lang],
        lead: d.mou.summary[lang],
        items: [
          // The signing itself, with its date as reported by now (the summary gives only the month).
          ...(signing ? [eventItem(ctx, stateOf(ctx, signing), false)] : []),
          ...d.mou.signatories.map((s) =>
            item(s.person, kb.nameOf(s.person, lang), lang, { detail: s.roleAtSigning[lang] }),
          ),
        ],
        notes: [t.financingUnknown],
        facts: [
          'deal',
          ...(d.mou.event ? [d.mou.event] : []),
          ...d.mou.signatories.map((s) => s.person),
          ...(d.openQuestions ?? []),
        ],
        suggestions: [t.ask.whoAkazawa, t.ask.timeline],
      };
    case 'parties':
      return {
        ...base,
        intent: 'deal.parties',
        lead: t.partiesLead(
          d.parties.map((p) => kb.nameOf(p, lang)).join(lang === 'ja' ? 'と' : ' and '),
          reached,
        ),
        items: gives,
        suggestions: [t.ask.gives, t.ask.pledge],
      };
    default:
      return {
        ...base,
        intent: 'deal.summary',
        lead: d.summary[lang],
        items: [...gives, ...dealTariffs(ctx)],
        notes: [t.dealStatus(kb.projectsByAmount.length, kb.projectsConfirmed)],
        facts: ['deal'],
        suggestions: [t.ask.projects, t.ask.sectors, t.ask.next],
      };
  }
}

/** The tariffs the deal sets (data on the deal), each with its rate and status as reported by the day. */
function dealTariffs(ctx: Ctx) {
  const ids = ctx.kb.facts.deal.tariffs ?? [];
  return ctx.kb.facts.tariffs
    .filter((tariff) => ids.includes(tariff.id))
    .map((tariff) => tariffItem(ctx, tariff))
    .filter((x) => x !== undefined);
}
