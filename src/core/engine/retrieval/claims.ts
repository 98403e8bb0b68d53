/**
 * The claims of a fact base as retrieval sees them: every text the records hold, in both languages,
 * each with the day it was reported, the day a later report replaced it, what kind of answer it can
 * give, and its cites. Pure; built once per fact base (see ClaimIndex).
 */
import { earliestDay } from '../../factbase/claims.js';
import type {
  CitationRecord,
  DateValueRecord,
  FactBaseData,
  LocalizedText,
  ObservationRecord,
} from '../../factbase/schema.js';
import { endKey, shiftKey } from '../../time/date-keys.js';
import type { AnswerType } from '../analysis/question.js';
import { retrievalMessages } from '../messages/retrieval.js';

/** What a claim can answer, as bits: a question's expected type must be among them. */
export const HOLDS = {
  person: 1,
  date: 2,
  amount: 4,
  place: 8,
  reason: 16,
} as const satisfies Partial<Record<AnswerType, number>>;
/** A gap answers any question of its topic: "not stated", then what is known. */
const ANY = 31;

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

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const DATE_TEXT = new RegExp(`\\b(${MONTHS})\\b|\\b(19|20)\\d\\d\\b|\\d+\\s*(年|月|日)|上旬|中旬|下旬`, 'i');
/** Dates and ordinals, taken out before numbers are looked for ("the 2nd tranche" holds no amount). */
const NOT_AMOUNT = new RegExp(
  `\\b(${MONTHS})\\.? \\d{1,2}\\b|\\b\\d{1,2} (${MONTHS})\\b|\\b(19|20)\\d\\d\\b|\\d+\\s*(年|月|日|st|nd|rd|th)|第\\d+`,
  'gi',
);
/** A number left once dates are out: a count, an amount, a share. */
const AMOUNT_TEXT = /[$¥%％]|\d|[一二三四五六七八九十百千万億兆]+(円|ドル|人|基|件|割)/;
const REASON_TEXT =
  /\b(because|due to|so that|in order to|aim(s|ed)? to|to avoid|reason|in exchange|in return)\b|ため|理由|狙い|目的|見返り/i;

/** The kinds of answer a claim can give: from its record's fields, and from its words. */
export function holdsOf(c: Claim): number {
  if (c.textHolds < 0) c.textHolds = holdsOfText(c.text);
  return c.holds | c.textHolds;
}

/** The kinds of answer the words of a text can give. */
export function holdsOfText(t: LocalizedText): number {
  const s = `${t.en} ${t.ja}`;
  return (
    (DATE_TEXT.test(s) ? HOLDS.date : 0) |
    (AMOUNT_TEXT.test(s.replace(NOT_AMOUNT, ' ')) ? HOLDS.amount : 0) |
    (REASON_TEXT.test(s) ? HOLDS.reason : 0)
  );
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

/** Every claim of a fact base, in a stable order. */
export function claimsOf(facts: FactBaseData): Claim[] {
  const out: Claim[] = [];
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
  const orgName = new Map(facts.organisations.map((o) => [o.id, o.name]));
  const en = retrievalMessages('en');
  const ja = retrievalMessages('ja');
  const runBy = (ids: readonly string[]): LocalizedText => ({
    en: en.runBy(ids.map((id) => orgName.get(id)?.en ?? id).join(', ')),
    ja: ja.runBy(ids.map((id) => orgName.get(id)?.ja ?? id).join('、')),
  });
  const where = (place: LocalizedText): LocalizedText => ({ en: en.where(place.en), ja: ja.where(place.ja) });

  const d = facts.deal;
  add(d.id, 'summary', d.name, d.summary, d.cite, HOLDS.amount);
  for (const g of d.gives) add(d.id, 'gives', d.name, g.what, g.cite);
  add(d.id, 'summary', d.mou.name, d.mou.summary, d.mou.cite, HOLDS.date | HOLDS.person);

  for (const p of facts.people) {
    add(p.id, 'summary', p.name, p.summary, p.cite, HOLDS.person);
    for (const r of p.roles) {
      const held = r.from || r.to ? HOLDS.date : 0;
      add(
        p.id,
        'role',
        p.name,
        r.title,
        r.cite,
        HOLDS.person | held,
        r.reported,
        r.to ? after(r.to) : '',
        r.from,
      );
    }
  }
  for (const o of facts.organisations) {
    add(o.id, 'summary', o.name, o.summary, o.cite, HOLDS.person);
  }
  for (const p of facts.projects) {
    add(p.id, 'summary', p.name, p.purpose, p.cite);
    observations(p.location, (o, until) =>
      add(p.id, 'location', p.name, where(o.value), o.cite, HOLDS.place, o.reported, until),
    );
    observations(p.operator, (o, until) =>
      add(p.id, 'operator', p.name, runBy(o.value), o.cite, HOLDS.person, o.reported, until),
    );
    for (const x of p.details ?? [])
      add(
        p.id,
        'detail',
        p.name,
        { en: `${x.label.en}: ${x.value.en}`, ja: `${x.label.ja}: ${x.value.ja}` },
        x.cite,
        0,
        x.reported,
      );
  }
  for (const e of facts.events) {
    const holds = HOLDS.date | (e.place ? HOLDS.place : 0) | (e.participants.length ? HOLDS.person : 0);
    const text = e.place
      ? { en: `${e.summary.en} (${e.place.en})`, ja: `${e.summary.ja}（${e.place.ja}）` }
      : e.summary;
    add(e.id, 'summary', e.name, text, e.cite, holds | (e.amounts?.length ? HOLDS.amount : 0));
    if (e.why) add(e.id, 'why', e.name, e.why, e.cite, HOLDS.reason | HOLDS.date);
  }
  for (const t of facts.terms) {
    observations(t.value, (o, until) => {
      const v = o.value;
      const holds =
        (v.money || v.percent !== undefined || v.days !== undefined ? HOLDS.amount : 0) |
        (v.date ? HOLDS.date : 0);
      add(t.id, 'value', t.topic, v.text, o.cite, holds, o.reported, until);
    });
  }
  for (const t of facts.tariffs) {
    const text = t.legalBasis
      ? { en: `${t.appliesTo.en} (${t.legalBasis.en})`, ja: `${t.appliesTo.ja}（${t.legalBasis.ja}）` }
      : t.appliesTo;
    add(t.id, 'summary', t.name, text, t.cite);
    observations(t.rate, (o, until) => {
      if (o.value.text) add(t.id, 'value', t.name, o.value.text, o.cite, HOLDS.amount, o.reported, until);
    });
  }
  for (const c of facts.conflicts) {
    for (const p of c.positions) add(c.id, 'position', c.topic, p.summary, p.cite, 0, p.reported);
  }
  for (const g of facts.gaps) {
    add(g.id, 'known', g.topic, g.known, g.cite, ANY, '', g.closed ? g.closed.reported : '');
  }
  for (const s of facts.sources) {
    const text = s.note ? `${s.title}. ${s.note}` : s.title;
    const name = s.publisher ?? s.site ?? s.title;
    add(
      s.id,
      'source',
      { en: name, ja: name },
      { en: text, ja: text },
      [{ source: s.id }],
      0,
      earliestDay(s.published),
    );
  }
  return out;
}
