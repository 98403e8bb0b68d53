import {
  type Answer,
  type AnswerItem,
  type AnswerKind,
  type Lang,
  type SourceRef,
  type StatusCode,
  sourcesLine,
} from '../answer/answer.js';
import { earliestDay } from '../factbase/claims.js';
import type { SourceRecord } from '../factbase/schema-common.js';
import { formatDateValue } from '../time/dates.js';
import type { Knowledge } from './knowledge.js';
import { messages, statusLabel } from './messages/index.js';

/** Upper bounds that keep every answer inside every platform's limits. */
export const LIMITS = { text: 3500, items: 20, itemLabel: 200, itemDetail: 600, suggestions: 3 } as const;

export interface Draft {
  kind: AnswerKind;
  intent: string;
  title: string;
  /** The direct answer, one or more sentences. */
  lead: string;
  items?: AnswerItem[];
  /** Caveats shown after the items: what is unknown, stale or disputed. */
  notes?: string[];
  facts?: string[];
  /** Source ids; defaults to every source cited by the facts used, or all sources. */
  sources?: string[];
  confidence: number;
  suggestions?: string[];
}

export function item(
  id: string,
  label: string,
  lang: Lang,
  extra: { detail?: string; status?: StatusCode; date?: string } = {},
): AnswerItem {
  const out: AnswerItem = { id, label: clip(label, LIMITS.itemLabel) };
  if (extra.detail) out.detail = clip(extra.detail, LIMITS.itemDetail);
  if (extra.status) {
    out.status = extra.status;
    out.statusLabel = statusLabel(extra.status, lang);
  }
  if (extra.date) out.date = extra.date;
  return out;
}

export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  return `${s.slice(0, max - 1).trimEnd()}…`;
}

export function sourceRef(s: SourceRecord, lang: Lang): SourceRef {
  const ref: SourceRef = { id: s.id, title: s.title, published: formatDateValue(s.published, lang) };
  if (s.publisher) ref.publisher = s.publisher;
  if (s.url) ref.url = s.url;
  ref.authority = s.authority;
  return ref;
}

/** The sources an answer rests on: the ids the draft names, else those its records cite. */
function sourceRefs(kb: Knowledge, d: Draft, lang: Lang): SourceRef[] {
  let ids = d.sources;
  if (!ids) {
    const cited = new Set<string>();
    for (const id of d.facts ?? []) {
      const r = kb.record(id)?.record as { cite?: { source: string }[] } | undefined;
      for (const c of r?.cite ?? []) cited.add(c.source);
    }
    ids = [...cited];
  }
  const out: SourceRef[] = [];
  for (const id of new Set(ids)) {
    const s = kb.facts.sourceIndex.get(id);
    // A source published after the day is not known yet, whatever record cites it (a month source
    // counts from the month's first day, as a report citing it may).
    if (s && earliestDay(s.published) <= kb.facts.day) out.push(sourceRef(s, lang));
  }
  return out;
}

/** Renders the plain text a person reads, and bounds everything. */
export function compose(kb: Knowledge, lang: Lang, d: Draft): Answer {
  const items = (d.items ?? []).slice(0, LIMITS.items);
  const sources = sourceRefs(kb, d, lang);
  const asOf = kb.asOf(lang);
  const lines = (details: boolean): string[] => {
    const out = [d.title, d.lead];
    for (const it of items) {
      const status = it.statusLabel ? ` [${it.statusLabel}]` : '';
      out.push(`• ${it.label}${status}${details && it.detail ? `\n  ${it.detail}` : ''}`);
    }
    if ((d.items?.length ?? 0) > items.length) out.push(lang === 'ja' ? '…（省略）' : '… (more not shown)');
    for (const note of d.notes ?? []) out.push(note);
    return out.filter(Boolean);
  };
  const srcLine = sourcesLine(sources, lang);
  const t = messages(lang);
  const reach = kb.beyondSources ? t.sourcesRunTo(asOf) : t.asOfShort(asOf);
  const footer = srcLine
    ? lang === 'ja'
      ? `出典: ${srcLine}｜${reach}`
      : `Source${sources.length > 1 ? 's' : ''}: ${srcLine} · ${reach}`
    : kb.beyondSources
      ? reach
      : '';
  // The footer always survives: the body is shortened to leave room for it; a list too long for
  // the text shows every item's label without its detail (adapters show details in their fields).
  const room = LIMITS.text - (footer ? footer.length + 1 : 0);
  const full = lines(true).join('\n');
  const body = clip(full.length <= room ? full : lines(false).join('\n'), room);
  const text = footer ? `${body}\n${footer}` : body;
  return {
    kind: d.kind,
    intent: d.intent,
    lang,
    title: clip(d.title, 200),
    text,
    lead: clip(d.lead, LIMITS.text),
    notes: (d.notes ?? []).map((n) => clip(n, LIMITS.itemDetail)),
    items,
    facts: [...new Set(d.facts ?? [])],
    sources,
    confidence: Math.max(0, Math.min(1, Math.round(d.confidence * 100) / 100)),
    suggestions: (d.suggestions ?? []).slice(0, LIMITS.suggestions),
    asOf,
  };
}
