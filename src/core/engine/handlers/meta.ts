import { COMMANDS } from '../../commands/model.js';
import { formatDateValue } from '../../time/dates.js';
import { type Draft, item, LIMITS } from '../compose.js';
import type { Ctx } from '../context.js';

export function help(ctx: Ctx, confidence = 1): Draft {
  const { lang, t } = ctx;
  return {
    kind: 'help',
    intent: 'help',
    title: t.helpTitle,
    lead: t.helpLead,
    items: COMMANDS.map((c) => item(c.name, c.usage, lang, { detail: c.description[lang] })),
    notes: [t.helpNote],
    confidence,
    suggestions: [t.ask.projects, t.ask.next, t.ask.whoAkazawa],
  };
}

/** Every source known on the day: the newest shown (as many as fit), all of them in `sources`. */
export function sources(ctx: Ctx, confidence = 0.95): Draft {
  const { kb, lang, t } = ctx;
  const all = kb.facts.sources;
  const newest = [...all].reverse().slice(0, LIMITS.items);
  // Titles and notes are in the source's language or our English description: a Japanese answer
  // names the outlet and the date, and links the source, rather than mix English prose in.
  const label = (s: (typeof all)[number]) =>
    lang === 'ja'
      ? `${s.publisher ?? s.site ?? s.title}（${formatDateValue(s.published, lang)}）`
      : `${s.publisher ? `${s.publisher}: ` : ''}${s.title} (${formatDateValue(s.published, lang)})`;
  return {
    kind: 'list',
    intent: 'sources',
    title: t.sourcesTitle,
    lead: t.sourcesLead(all.length),
    items: newest.map((s) =>
      item(s.id, label(s), lang, {
        detail: [s.url ?? s.file ?? '', lang === 'ja' ? '' : (s.note ?? '')].filter(Boolean).join(' — '),
        ...(s.authority === 'low' ? { status: 'low-authority' as const } : {}),
      }),
    ),
    notes: all.length > newest.length ? [t.sourcesMore(newest.length, all.length)] : [],
    facts: [],
    sources: all.map((s) => s.id),
    confidence,
    suggestions: [t.ask.projects, t.ask.timeline],
  };
}

/** Below the confidence threshold: an honest "I don't know", what is covered, and questions to try. */
export function unknown(
  ctx: Ctx,
  confidence: number,
  reason: 'not-covered' | 'empty' = 'not-covered',
  hints: { unnamed?: readonly string[]; aboutCompanies?: boolean } = {},
): Draft {
  const { t, kb, lang } = ctx;
  // Names the sources never mention ("is Toyota involved?") are named back, plainly: letters and digits only.
  const unnamed = (hints.unnamed ?? []).slice(0, 3);
  const companies = kb.facts.organisations
    .filter((o) => o.kind === 'company')
    .map((o) => o.name[lang])
    .join(lang === 'ja' ? '、' : ', ');
  const notes = [
    unnamed.length ? t.notMentioned(unnamed) : '',
    hints.aboutCompanies && companies ? t.companiesNamed(companies) : '',
    t.covers,
  ].filter(Boolean);
  const suggestions = hints.aboutCompanies
    ? [t.ask.companies, t.ask.projects, t.ask.whoAkazawa]
    : [t.ask.projects, t.ask.pmVisit, t.ask.whoAkazawa];
  return {
    kind: 'unknown',
    intent: reason === 'empty' ? 'empty' : 'unknown',
    title: reason === 'empty' ? t.emptyTitle : t.unknownTitle,
    lead: reason === 'empty' ? t.emptyLead : t.unknownLead(kb.asOf(lang)),
    notes,
    confidence,
    suggestions,
  };
}

export function ambiguous(
  ctx: Ctx,
  options: { label: string; question: string }[],
  confidence: number,
): Draft {
  const { t, lang } = ctx;
  return {
    kind: 'ambiguous',
    intent: 'ambiguous',
    title: t.ambiguousTitle,
    lead: t.ambiguousLead(options.map((o) => o.label)),
    items: options.map((o, i) => item(`option-${i + 1}`, o.label, lang, { detail: o.question })),
    confidence,
    suggestions: options.map((o) => o.question),
  };
}
