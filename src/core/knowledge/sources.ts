import type { Lang } from '../answer/answer.js';
import type { CitationRecord, DateValueRecord, SourceRecord } from '../factbase/schema-common.js';
import { endKey } from '../time/date-keys.js';
import { formatDateValue } from '../time/dates.js';

/** Sources by id, and the day from which each can be known. */
export class SourceIndex {
  private readonly byId = new Map<string, SourceRecord>();
  private readonly days = new Map<string, string>();

  constructor(sources: readonly SourceRecord[]) {
    for (const s of sources) {
      this.byId.set(s.id, s);
      this.days.set(s.id, availableDay(s.published));
    }
  }

  get(id: string): SourceRecord | undefined {
    return this.byId.get(id);
  }

  /** The day from which the source is surely out ('9999-12-31' for an unknown id). */
  day(id: string): string {
    return this.days.get(id) ?? '9999-12-31';
  }

  /** The first day any of the cites can be known. */
  firstDay(cites: readonly CitationRecord[]): string {
    let first = '9999-12-31';
    for (const c of cites) {
      const d = this.day(c.source);
      if (d < first) first = d;
    }
    return first;
  }
}

/** A day-precision date is that day; a month (or part of one) counts from its last day. */
export function availableDay(d: DateValueRecord): string {
  return endKey(d);
}

/** Re-posts of one wire story count once: the story's wire, else its publisher, else the source. */
export function outletKey(s: SourceRecord): string {
  return (s.wire ?? s.publisher ?? s.id).toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Who backs a claim: its sources, how many independent outlets, and whether all are low authority. */
export interface Backing {
  sources: SourceRecord[];
  independent: number;
  lowOnly: boolean;
}

export function backing(cites: readonly CitationRecord[], index: SourceIndex): Backing {
  const sources: SourceRecord[] = [];
  const outlets = new Set<string>();
  for (const c of cites) {
    const s = index.get(c.source);
    if (!s || sources.includes(s)) continue;
    sources.push(s);
    outlets.add(outletKey(s));
  }
  return {
    sources,
    independent: outlets.size,
    lowOnly: sources.length > 0 && sources.every((s) => s.authority === 'low'),
  };
}

const RANK = { primary: 3, established: 2, low: 1 } as const;

/** How well cites back a claim: the best authority among them, then how many independent outlets. */
export function strengthOf(cites: readonly CitationRecord[], index: SourceIndex): number {
  const b = backing(cites, index);
  let best = 0;
  for (const s of b.sources) best = Math.max(best, RANK[s.authority]);
  return best * 100 + b.independent;
}

/** The short name of an outlet: the wire or publisher (capitalised as written), else the title. */
export function outletName(s: SourceRecord): string {
  if (s.publisher) return s.publisher;
  return s.title;
}

const WIRES: Record<string, string> = {
  reuters: 'Reuters',
  ap: 'AP',
  afp: 'AFP',
  bloomberg: 'Bloomberg',
  kyodo: 'Kyodo',
  jiji: 'Jiji',
  nhk: 'NHK',
};

function reporterName(s: SourceRecord): string {
  if (s.wire) return WIRES[s.wire.toLowerCase()] ?? s.wire;
  return outletName(s);
}

/**
 * "per the US Commerce Department (Feb 17, 2026), reported by Reuters and Kyodo": the primary
 * source first, then the independent outlets that reported it; a single low-authority report says so.
 */
export function provenanceText(b: Backing, lang: Lang): string {
  if (!b.sources.length) return '';
  const byDate = [...b.sources].sort((x, y) =>
    availableDay(x.published) < availableDay(y.published) ? -1 : 1,
  );
  const primary = byDate.filter((s) => s.authority === 'primary');
  const others = byDate.filter((s) => s.authority !== 'primary');
  const names = unique(others.map(reporterName));
  const date = (s: SourceRecord) => formatDateValue(s.published, lang);
  const join = (xs: string[]) => (lang === 'ja' ? xs.join('、') : andList(xs));
  if (lang === 'ja') {
    const parts: string[] = [];
    if (primary.length)
      parts.push(`${join(unique(primary.map(outletName)))}（${date(primary[0] as SourceRecord)}）による`);
    if (names.length) {
      const first = others[0] as SourceRecord;
      parts.push(`${join(names.slice(0, 4))}${primary.length ? '' : `（${date(first)}）`}が報道`);
    }
    const low = b.lowOnly
      ? b.independent === 1
        ? '（信頼性の低い単独の報道）'
        : '（信頼性の低いサイトの報道のみ）'
      : '';
    return `${parts.join('。')}${low}`;
  }
  const parts: string[] = [];
  if (primary.length)
    parts.push(`per ${join(unique(primary.map(outletName)))} (${date(primary[0] as SourceRecord)})`);
  if (names.length) {
    const first = others[0] as SourceRecord;
    parts.push(
      `${primary.length ? 'reported by' : 'as reported by'} ${join(names.slice(0, 4))}${primary.length ? '' : ` (${date(first)})`}`,
    );
  }
  const text = parts.join(', ');
  if (!b.lowOnly) return text;
  return `${text}: ${b.independent === 1 ? 'a single low-authority report' : 'only low-authority sites'}, not confirmed elsewhere`;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

function andList(xs: string[]): string {
  if (xs.length <= 1) return xs[0] ?? '';
  return `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}
