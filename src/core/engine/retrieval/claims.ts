/**
 * The claims of a fact base as retrieval sees them: every text the records hold, in both languages,
 * each with the day it was reported, the day a later report replaced it, what kind of answer it can
 * give, and its cites. Pure; built once per fact base (see ClaimIndex).
 */
import { earliestDay } from '../../factbase/claims.js';
import type {
  CitationRecord,
  ConflictRecord,
  DateValueRecord,
  DealRecord,
  EventRecord,
  FactBaseData,
  GapRecord,
  LocalizedText,
  ObservationRecord,
  OrganisationRecord,
  PersonRecord,
  ProjectRecord,
  SourceRecord,
  TariffRecord,
  TermRecord,
} from '../../factbase/schema.js';
import { endKey, shiftKey } from '../../time/date-keys.js';
import { retrievalMessages } from '../messages/retrieval.js';
import { HOLDS } from './holds.js';

/** A gap answers any question of its topic: "not stated", then what is known. */
const ANY = HOLDS.person | HOLDS.date | HOLDS.amount | HOLDS.place | HOLDS.reason;

/** How a claim is shown: its text alone, or its text as a fact about its record. */
export type ClaimKind =
  | 'summary'
  | 'role'
  | 'value'
  | 'why'
  | 'detail'
  | 'location'
  | 'operator'
  | 'position'
  | 'known'
  | 'gives'
  | 'source';

export interface Claim {
  /** The record the claim is about (a source id for a source's own description). */
  record: string;
  kind: ClaimKind;
  /** The claim's words in both languages, as shown. */
  text: LocalizedText;
  /** The record's name in both languages (shown before the text). */
  name: LocalizedText;
  /**
   * The name is a topic ("How long Japan has to fund a selected project"), searched with the text.
   * A proper name is not: the gazetteer finds it, and the question's named records get its credit.
   */
  topical: boolean;
  /** Reported on this day ('' when only the record's own first day counts). */
  from: string;
  /** A later report replaced it (or the role ended, or the gap closed) on this day; '' for never. */
  until: string;
  /** HOLDS bits its record's fields give (see holdsOf for all of them). */
  holds: number;
  /** HOLDS bits its words give, once read (-1 before: most claims are never read). */
  textHolds: number;
  cite: readonly CitationRecord[];
  /** For a role: when it was held, for the answer. */
  date?: DateValueRecord | undefined;
}

/** Claims whose record's name is a topic: the text of a term, a conflict's side, a gap. */
const TOPICAL = new Set<ClaimKind>(['value', 'position', 'known', 'gives']);

/** The day after a date's last day: a role that ended on it is over from then. */
const after = (d: DateValueRecord) => shiftKey(endKey(d), 1);

/** Every observation of a value, each valid from its report until the next report of that value. */
function observations<T>(
  list: readonly ObservationRecord<T>[] | undefined,
  each: (o: ObservationRecord<T>, until: string) => void,
) {
  if (!list) return;
  // Reports are oldest first; a report is replaced by the next one with a later day (a conflict's
  // sides, reported the same day or marked as such, stay side by side).
  for (let i = 0; i < list.length; i++) {
    const o = list[i] as ObservationRecord<T>;
    let until = '';
    if (!o.conflict)
      for (let j = i + 1; j < list.length; j++) {
        const n = list[j] as ObservationRecord<T>;
        if (n.reported > o.reported && !n.conflict) {
          until = n.reported;
          break;
        }
      }
    each(o, until);
  }
}

/** The records claims are read from, by kind (a source's own description included). */
export type ClaimSource =
  | { type: 'deal'; record: DealRecord }
  | { type: 'person'; record: PersonRecord }
  | { type: 'organisation'; record: OrganisationRecord }
  | { type: 'project'; record: ProjectRecord }
  | { type: 'event'; record: EventRecord }
  | { type: 'term'; record: TermRecord }
  | { type: 'tariff'; record: TariffRecord }
  | { type: 'conflict'; record: ConflictRecord }
  | { type: 'gap'; record: GapRecord }
  | { type: 'source'; record: SourceRecord };

/** Every record of a fact base that holds claims, in a stable order. */
export function* claimSources(facts: FactBaseData): Generator<ClaimSource> {
  yield { type: 'deal', record: facts.deal };
  for (const record of facts.people) yield { type: 'person', record };
  for (const record of facts.organisations) yield { type: 'organisation', record };
  for (const record of facts.projects) yield { type: 'project', record };
  for (const record of facts.events) yield { type: 'event', record };
  for (const record of facts.terms) yield { type: 'term', record };
  for (const record of facts.tariffs) yield { type: 'tariff', record };
  for (const record of facts.conflicts) yield { type: 'conflict', record };
  for (const record of facts.gaps) yield { type: 'gap', record };
  for (const record of facts.sources) yield { type: 'source', record };
}

/** Every claim of a fact base, in a stable order. */
export function claimsOf(facts: FactBaseData): Claim[] {
  const orgs = new Map(facts.organisations.map((o) => [o.id, o.name]));
  const out: Claim[] = [];
  for (const source of claimSources(facts)) claimsOfRecord(source, (id) => orgs.get(id), out);
  return out;
}

const EN = retrievalMessages('en');
const JA = retrievalMessages('ja');

/** The claims of one record, added to `out`. `orgName`: an organisation's name by id. */
export function claimsOfRecord(
  source: ClaimSource,
  orgName: (id: string) => LocalizedText | undefined,
  out: Claim[],
): void {
  const add = (
    record: string,
    kind: ClaimKind,
    name: LocalizedText,
    text: LocalizedText,
    cite: readonly CitationRecord[],
    holds = 0,
    from = '',
    until = '',
    date?: DateValueRecord,
  ) => {
    out.push({
      record,
      kind,
      text,
      name,
      topical: TOPICAL.has(kind),
      from,
      until,
      holds,
      textHolds: -1,
      cite,
      date,
    });
  };
  const runBy = (ids: readonly string[]): LocalizedText => ({
    en: EN.runBy(ids.map((id) => orgName(id)?.en ?? id).join(', ')),
    ja: JA.runBy(ids.map((id) => orgName(id)?.ja ?? id).join('、')),
  });
  const where = (place: LocalizedText): LocalizedText => ({ en: EN.where(place.en), ja: JA.where(place.ja) });
  switch (source.type) {
    case 'deal': {
      const d = source.record;
      add(d.id, 'summary', d.name, d.summary, d.cite, HOLDS.amount);
      for (const g of d.gives) add(d.id, 'gives', d.name, g.what, g.cite);
      add(d.id, 'summary', d.mou.name, d.mou.summary, d.mou.cite, HOLDS.date | HOLDS.person);
      return;
    }
    case 'person': {
      const p = source.record;
      add(p.id, 'summary', p.name, p.summary, p.cite, HOLDS.person);
      for (const r of p.roles) {
        const held = r.from || r.to ? HOLDS.date : 0;
        const until = r.to ? after(r.to) : '';
        add(p.id, 'role', p.name, r.title, r.cite, HOLDS.person | held, r.reported, until, r.from);
      }
      return;
    }
    case 'organisation': {
      const o = source.record;
      add(o.id, 'summary', o.name, o.summary, o.cite, HOLDS.person);
      return;
    }
    case 'project': {
      const p = source.record;
      add(p.id, 'summary', p.name, p.purpose, p.cite);
      observations(p.location, (o, until) =>
        add(p.id, 'location', p.name, where(o.value), o.cite, HOLDS.place, o.reported, until),
      );
      observations(p.operator, (o, until) =>
        add(p.id, 'operator', p.name, runBy(o.value), o.cite, HOLDS.person, o.reported, until),
      );
      for (const x of p.details ?? []) {
        const text = { en: `${x.label.en}: ${x.value.en}`, ja: `${x.label.ja}: ${x.value.ja}` };
        add(p.id, 'detail', p.name, text, x.cite, 0, x.reported);
      }
      return;
    }
    case 'event': {
      const e = source.record;
      const holds = HOLDS.date | (e.place ? HOLDS.place : 0) | (e.participants.length ? HOLDS.person : 0);
      const text = e.place
        ? { en: `${e.summary.en} (${e.place.en})`, ja: `${e.summary.ja}（${e.place.ja}）` }
        : e.summary;
      add(e.id, 'summary', e.name, text, e.cite, holds | (e.amounts?.length ? HOLDS.amount : 0));
      if (e.why) add(e.id, 'why', e.name, e.why, e.cite, HOLDS.reason | HOLDS.date);
      return;
    }
    case 'term': {
      const t = source.record;
      observations(t.value, (o, until) => {
        const v = o.value;
        const holds =
          (v.money || v.percent !== undefined || v.days !== undefined ? HOLDS.amount : 0) |
          (v.date ? HOLDS.date : 0);
        add(t.id, 'value', t.topic, v.text, o.cite, holds, o.reported, until);
      });
      return;
    }
    case 'tariff': {
      const t = source.record;
      const text = t.legalBasis
        ? { en: `${t.appliesTo.en} (${t.legalBasis.en})`, ja: `${t.appliesTo.ja}（${t.legalBasis.ja}）` }
        : t.appliesTo;
      add(t.id, 'summary', t.name, text, t.cite);
      observations(t.rate, (o, until) => {
        if (o.value.text) add(t.id, 'value', t.name, o.value.text, o.cite, HOLDS.amount, o.reported, until);
      });
      return;
    }
    case 'conflict': {
      const c = source.record;
      for (const p of c.positions) add(c.id, 'position', c.topic, p.summary, p.cite, 0, p.reported);
      return;
    }
    case 'gap': {
      const g = source.record;
      add(g.id, 'known', g.topic, g.known, g.cite, ANY, '', g.closed ? g.closed.reported : '');
      return;
    }
    case 'source': {
      const s = source.record;
      const text = s.note ? `${s.title}. ${s.note}` : s.title;
      const name = s.publisher ?? s.site ?? s.title;
      const from = earliestDay(s.published);
      add(s.id, 'source', { en: name, ja: name }, { en: text, ja: text }, [{ source: s.id }], 0, from);
      return;
    }
  }
}
