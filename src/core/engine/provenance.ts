import type { StatusCode } from '../answer/answer.js';
import type { CitationRecord, ObservationRecord } from '../factbase/schema-common.js';
import type { Resolved } from '../knowledge/dated.js';
import { backing, provenanceText } from '../knowledge/sources.js';
import { formatDayKey } from '../time/dates.js';
import type { Ctx } from './context.js';

/** Where a fact comes from, said in the answer: the words, the source ids, and a caution if any. */
export interface Provenance {
  /** "per the US Commerce Department (Feb 17, 2026), reported by Reuters and Kyodo" ('' when none). */
  text: string;
  sources: string[];
  /** How many independent outlets back it (re-posts of one wire count once). */
  independent: number;
  /** 'low-authority' when only low-authority sites report it. */
  caution?: StatusCode | undefined;
}

export function provenance(ctx: Ctx, cites: readonly CitationRecord[]): Provenance {
  const b = backing(cites, ctx.kb.facts.sourceIndex);
  return {
    text: provenanceText(b, ctx.lang),
    sources: b.sources.map((s) => s.id),
    independent: b.independent,
    caution: b.lowOnly ? 'low-authority' : undefined,
  };
}

/** "$33 billion (per …)"; for a declared conflict every side, each with its source. */
export interface ValueText {
  /** The value as it stands, or the sides of a conflict joined ("$33 billion per …; $33.3 billion per …"). */
  text: string;
  /** The value alone (the latest side of a conflict). */
  value: string;
  /** Every side's value, the latest first (one for a settled value). */
  values: string[];
  conflict: boolean;
  /** "Earlier: $40 billion (reported Feb 11, 2026)". '' when there is no history. */
  history: string;
  sources: string[];
  caution?: StatusCode | undefined;
}

export function valueText<T>(ctx: Ctx, r: Resolved<T>, format: (v: T) => string): ValueText {
  const { lang } = ctx;
  // The best-sourced side first (the latest first among equals), each with its own source.
  const sides = r.sides ?? [r.current];
  const parts = sides.map((o) => side(ctx, o, format));
  const sources = [...new Set(parts.flatMap((p) => p.sources))];
  const joiner = lang === 'ja' ? '／' : '; ';
  const text =
    sides.length > 1
      ? `${lang === 'ja' ? '情報源で食い違い: ' : 'sources disagree: '}${parts.map((p) => p.text).join(joiner)}`
      : (parts[0]?.text ?? '');
  const history = r.earlier.length
    ? (lang === 'ja' ? '他の報道: ' : 'Other reports: ') +
      r.earlier
        .map((o) =>
          lang === 'ja'
            ? `${format(o.value)}（${formatDayKey(o.reported, 'ja')}）`
            : `${format(o.value)} (${formatDayKey(o.reported, 'en')})`,
        )
        .join(lang === 'ja' ? '、' : '; ') +
      (lang === 'ja' ? '。' : '.')
    : '';
  const low = parts.length === 1 && parts[0]?.caution;
  return {
    text,
    value: format(r.value),
    values: [...new Set(sides.map((o) => format(o.value)))],
    conflict: sides.length > 1,
    history,
    sources,
    caution: sides.length > 1 ? 'conflicting' : low ? 'low-authority' : undefined,
  };
}

function side<T>(ctx: Ctx, o: ObservationRecord<T>, format: (v: T) => string) {
  const p = provenance(ctx, o.cite);
  const note = o.note ? ` — ${o.note[ctx.lang]}` : '';
  const text = p.text
    ? ctx.lang === 'ja'
      ? `${format(o.value)}（${p.text}${note}）`
      : `${format(o.value)} (${p.text}${note})`
    : format(o.value);
  return { text, sources: p.sources, caution: p.caution };
}
