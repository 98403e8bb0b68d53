import type { ConflictRecord, TariffRecord, TermRecord, TrancheRecord } from '../../factbase/schema.js';
import { type Resolved, resolve as resolveAt } from '../../knowledge/dated.js';
import { strengthOf } from '../../knowledge/sources.js';
import type { ProjectNow } from '../../knowledge/view.js';
import { formatDateValue, formatDayKey } from '../../time/dates.js';
import { type Draft, item, LIMITS } from '../compose.js';
import type { Ctx } from '../context.js';
import { formatMoney } from '../money.js';
import { provenance, valueText } from '../provenance.js';
import { projectItem } from './projects.js';

/** The deal's terms, tranches, tariff measures and declared disagreements, as known on the day. */

/** A dated value on the context's day, the sides of a conflict ordered by how well they are sourced. */
function resolveOn<T>(ctx: Ctx, list: Parameters<typeof resolveAt<T>>[0]): Resolved<T> | undefined {
  return resolveAt(list, ctx.day, undefined, (o) => strengthOf(o.cite, ctx.kb.facts.sourceIndex));
}

/** The note of a declared conflict a value belongs to, and its sources. */
function conflictNote(ctx: Ctx, id: string | undefined): string {
  if (!id) return '';
  const c = ctx.kb.facts.conflicts.find((x) => x.id === id);
  return c ? ctx.t.conflictNote(c.topic[ctx.lang], c.note?.[ctx.lang] ?? '') : '';
}

export function termAnswer(ctx: Ctx, term: TermRecord, confidence: number): Draft {
  const { lang, t } = ctx;
  const r = resolveOn(ctx, term.value);
  if (!r)
    return {
      kind: 'answer',
      intent: 'term',
      title: term.topic[lang],
      lead: t.notYetReported(term.topic[lang]),
      confidence,
    };
  const v = valueText(ctx, r, (x) => x.text[lang]);
  return {
    kind: 'answer',
    intent: 'term',
    title: term.topic[lang],
    lead: `${term.topic[lang]}: ${v.text}`,
    items: [
      item(term.id, term.topic[lang], lang, { detail: v.value, ...(v.caution ? { status: v.caution } : {}) }),
    ],
    notes: [v.history, conflictNote(ctx, r.conflict)].filter(Boolean),
    facts: [term.id],
    sources: v.sources,
    confidence,
    suggestions: [t.ask.terms, t.ask.projects],
  };
}

/** Every term of the deal known on the day: "what are the terms?". */
export function listTerms(ctx: Ctx, confidence: number): Draft {
  const { kb, lang, t } = ctx;
  const shown = kb.facts.terms.slice(0, LIMITS.items);
  const sources = new Set<string>();
  const items = shown.flatMap((term) => {
    const r = resolveOn(ctx, term.value);
    if (!r) return [];
    const v = valueText(ctx, r, (x) => x.text[lang]);
    for (const s of v.sources) sources.add(s);
    return [
      item(term.id, term.topic[lang], lang, { detail: v.text, ...(v.caution ? { status: v.caution } : {}) }),
    ];
  });
  return {
    kind: 'list',
    intent: 'terms.list',
    title: t.termsTitle,
    lead: items.length ? t.termsLead(items.length) : t.noTerms,
    items,
    facts: shown.map((x) => x.id),
    sources: [...sources],
    confidence,
    suggestions: [t.ask.projects, t.ask.next],
  };
}

export function trancheAnswer(ctx: Ctx, tranche: TrancheRecord, confidence: number): Draft {
  const { kb, lang, t } = ctx;
  const status = resolveOn(ctx, tranche.status);
  const announced = resolveOn(ctx, tranche.announced);
  const total = resolveOn(ctx, tranche.total);
  const totalText = total ? valueText(ctx, total, (m) => formatMoney(m, lang)) : undefined;
  const projects = tranche.projects.map((id) => kb.projects.get(id)).filter((p): p is ProjectNow => !!p);
  const when = announced ? valueText(ctx, announced, (d) => formatDateValue(d, lang)).text : '';
  const lead = t.trancheLead(
    tranche.name[lang],
    status ? t.trancheStatus[status.value] : '',
    when,
    totalText?.text ?? '',
    projects.length,
  );
  return {
    kind: 'answer',
    intent: 'tranche',
    title: tranche.name[lang],
    lead,
    items: projects.slice(0, LIMITS.items).map((p) => projectItem(ctx, p)),
    notes: [totalText?.history ?? '', conflictNote(ctx, total?.conflict)].filter(Boolean),
    facts: [tranche.id, ...projects.map((p) => p.id)],
    sources: [
      ...new Set([
        ...(status?.current.cite ?? []).map((c) => c.source),
        ...(totalText?.sources ?? []),
        ...tranche.cite.map((c) => c.source),
      ]),
    ],
    confidence,
    suggestions: [t.ask.projects, t.ask.next],
  };
}

/** A tariff as one line: its name, its rate as reported by the day and its status; undefined before any rate. */
export function tariffItem(ctx: Ctx, tariff: TariffRecord) {
  const { lang, t } = ctx;
  const rate = resolveOn(ctx, tariff.rate);
  if (!rate) return undefined;
  const status = resolveOn(ctx, tariff.status);
  const text = valueText(ctx, rate, (r) => r.text?.[lang] ?? `${r.percent}%`);
  const detail = [text.value, status ? t.tariffStatus[status.value] : ''].filter(Boolean).join(' · ');
  return item(tariff.id, tariff.name[lang], lang, {
    detail,
    ...(rate.conflict ? { status: 'conflicting' as const } : {}),
  });
}

/** "What's the tariff now?": every tariff measure known on the day, with its rate and status. */
export function tariffList(ctx: Ctx, confidence: number): Draft {
  const { kb, lang, t } = ctx;
  const tariffs = kb.facts.tariffs.filter((x) => kb.visible(x.id));
  const items = tariffs.map((x) => tariffItem(ctx, x)).filter((x) => x !== undefined);
  return {
    kind: 'list',
    intent: 'tariffs.list',
    title: t.tariffsTitle,
    lead: t.tariffsLead(items.length, kb.asOf(lang)),
    items,
    facts: tariffs.map((x) => x.id),
    confidence,
    suggestions: [t.ask.terms],
  };
}

export function tariffAnswer(ctx: Ctx, tariff: TariffRecord, confidence: number): Draft {
  const { lang, t } = ctx;
  const status = resolveOn(ctx, tariff.status);
  const rate = resolveOn(ctx, tariff.rate);
  const effective = resolveOn(ctx, tariff.effective);
  const ends = resolveOn(ctx, tariff.ends);
  const rateText = rate ? valueText(ctx, rate, (r) => r.text?.[lang] ?? `${r.percent}%`) : undefined;
  const statusProv = status ? provenance(ctx, status.current.cite) : undefined;
  const lead = t.tariffLead(
    tariff.name[lang],
    rateText?.text ?? '',
    status ? t.tariffStatus[status.value] : '',
    statusProv?.text ?? '',
  );
  const notes = [
    `${t.appliesTo}: ${tariff.appliesTo[lang]}`,
    tariff.legalBasis ? `${t.legalBasis}: ${tariff.legalBasis[lang]}` : '',
    effective ? t.tariffEffective(formatDateValue(effective.value, lang)) : '',
    ends ? t.tariffEnds(formatDateValue(ends.value, lang)) : '',
    rateText?.history ?? '',
    conflictNote(ctx, rate?.conflict),
  ];
  return {
    kind: 'answer',
    intent: 'tariff',
    title: tariff.name[lang],
    lead,
    items: [item(tariff.id, tariff.name[lang], lang, { detail: rateText?.value ?? '' })],
    notes: notes.filter(Boolean),
    facts: [tariff.id],
    sources: [
      ...new Set([
        ...(rateText?.sources ?? []),
        ...(statusProv?.sources ?? []),
        ...tariff.cite.map((c) => c.source),
      ]),
    ],
    confidence,
    suggestions: [t.ask.terms, t.ask.next],
  };
}

/** A declared disagreement: every position reported by the day, side by side, each with its source. */
export function conflictAnswer(ctx: Ctx, c: ConflictRecord, confidence: number): Draft {
  const { lang, t } = ctx;
  const positions = c.positions.filter((p) => p.reported <= ctx.day);
  const sources = new Set<string>();
  const items = positions.map((p, i) => {
    const prov = provenance(ctx, p.cite);
    for (const s of prov.sources) sources.add(s);
    return item(`${c.id}:${i + 1}`, p.summary[lang], lang, {
      detail: `${prov.text} (${formatDayKey(p.reported, lang)})`,
      status: prov.caution ?? 'conflicting',
    });
  });
  return {
    kind: 'answer',
    intent: 'conflict',
    title: c.topic[lang],
    lead:
      positions.length > 1
        ? t.conflictLead(c.topic[lang], positions.length)
        : t.conflictOneSide(c.topic[lang]),
    items,
    notes: c.note ? [c.note[lang]] : [],
    facts: [c.id, ...c.about],
    sources: [...sources],
    confidence,
    suggestions: [t.ask.disagreements, t.ask.projects],
  };
}

/** "Where do the sources disagree?": every declared conflict known on the day. */
export function listConflicts(ctx: Ctx, confidence: number): Draft {
  const { kb, lang, t } = ctx;
  const list = kb.facts.conflicts.filter((c) => c.positions.filter((p) => p.reported <= ctx.day).length > 1);
  return {
    kind: 'list',
    intent: 'conflicts.list',
    title: t.conflictsTitle,
    lead: list.length ? t.conflictsLead(list.length) : t.noConflicts,
    items: list.slice(0, LIMITS.items).map((c) =>
      item(c.id, c.topic[lang], lang, {
        detail: c.positions
          .filter((p) => p.reported <= ctx.day)
          .map((p) => p.summary[lang])
          .join(lang === 'ja' ? '／' : ' / '),
        status: 'conflicting',
      }),
    ),
    facts: list.map((c) => c.id),
    sources: [...new Set(list.flatMap((c) => c.positions.flatMap((p) => p.cite.map((x) => x.source))))],
    confidence,
    suggestions: [t.ask.projects, t.ask.timeline],
  };
}
