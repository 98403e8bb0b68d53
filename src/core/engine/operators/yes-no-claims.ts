import type { TermRecord } from '../../factbase/schema.js';
import type { EventNow } from '../../knowledge/view.js';
import { startKey as startKeyOf } from '../../time/date-keys.js';
import { formatDayKey } from '../../time/dates.js';
import { askedDetail } from '../analysis/detail-words.js';
import type { Draft } from '../compose.js';
import { eventWhen, stateOf } from '../handlers/events.js';
import { projectDetail } from '../handlers/projects.js';
import type { Knowledge } from '../knowledge.js';
import { hasJapanese, normalize } from '../text.js';
import { perDay } from './day-cache.js';
import { detailAnswer, detailLines } from './detail.js';
import type { OperatorInput } from './operator.js';
import { projectOf, termRecord, trancheOf, trancheRecord } from './subjects.js';
import {
  askedDates,
  askedDays,
  asksRightNow,
  dateMatches,
  STATUS_WORDS,
  statusAsked,
} from './yes-no-words.js';

/**
 * Yes/no checks over the claims valid at `now`, each a relation the question asserts between its
 * focus records and/or a value: membership of a tranche, taking part in an event, a status, a place,
 * a term's number of days or date, the order of two events. Each returns the answer, or undefined
 * when the question does not assert that relation. No record ids: only the analysis and the claims.
 */

const gapOf = (input: OperatorInput) => (input.ctx.lang === 'ja' ? '' : ' ');
const listOf = (input: OperatorInput, names: string[]) => names.join(input.ctx.lang === 'ja' ? '、' : ', ');

function lead(input: OperatorInput, yes: boolean, ...sentences: string[]): string {
  const { m } = input;
  return [yes ? m.yes : m.no, ...sentences].filter(Boolean).join(gapOf(input));
}

const named = (input: OperatorInput, type: string) =>
  input.q.focus.filter((x) => x.entity.type === type && !x.partial && !/^\d/.test(x.alias));

/** "Will the Ohio plant create 5,000 jobs?": a detail the sources do not give is "not stated", never yes or no. */
export function unstatedDetail(input: OperatorInput): Draft | undefined {
  const asked = askedDetail(input.q.text, input.q.raw);
  if (!asked || asked.fields.length) return undefined;
  const p = projectOf(input.ctx, input);
  if (!p || detailLines(input.ctx, p, asked).length) return undefined;
  return detailAnswer(input, asked);
}

/** "Is the port part of the first tranche?": the tranche's projects as known now. */
export function trancheMember(input: OperatorInput): Draft | undefined {
  const { ctx, m } = input;
  const { lang } = ctx;
  const group = trancheOf(ctx, input);
  if (!group) return undefined;
  const p = projectOf(ctx, input);
  if (!p) return trancheHas(input, group);
  const yes = group.members.some((x) => x.id === p.id);
  const members = listOf(
    input,
    group.members.map((x) => x.name[lang]),
  );
  const card = projectDetail(ctx, p, 'general', 0.85);
  return {
    ...card,
    intent: 'yes-no.member',
    lead: [
      lead(
        input,
        yes,
        yes ? m.inGroup(p.name[lang], group.name[lang]) : m.notInGroup(p.name[lang], group.name[lang]),
      ),
      members ? m.groupHas(group.name[lang], members) : '',
      announcedOn(input, group.id),
    ]
      .filter(Boolean)
      .join(gapOf(input)),
    facts: [p.id, group.id, ...group.members.map((x) => x.id)],
  };
}

/**
 * "Is Hitachi involved in the second tranche?", "is there a nuclear project in it?": the tranche's
 * projects linked to the company named, or whose name or purpose uses a word of the question.
 * Yes with the projects named; nothing found is left to the plain reading (no guessed No).
 */
function trancheHas(
  input: OperatorInput,
  group: NonNullable<ReturnType<typeof trancheOf>>,
): Draft | undefined {
  const { ctx, q, m } = input;
  const { lang } = ctx;
  const org = named(input, 'organisation')[0];
  const words = q.text.split(' ').filter((w) => w.length >= 4 && !TRANCHE_STOP.has(w));
  const found = group.members.filter((x) => {
    if (org) return x.partners.includes(org.entity.id);
    const text = normalize(`${x.name.en} ${x.purpose.en}`);
    const ja = `${x.name.ja}${x.purpose.ja}`;
    return (
      words.some((w) => new RegExp(`\\b${w}`).test(text)) || japaneseWords(q.raw).some((w) => ja.includes(w))
    );
  });
  const known = input.best();
  if (!found.length || !known || known.kind !== 'answer') return undefined;
  const names = listOf(
    input,
    found.map((x) => x.name[lang]),
  );
  return {
    ...known,
    intent: 'yes-no.member',
    lead: lead(input, true, m.groupHas(group.name[lang], names), known.lead),
  };
}

/** Words of a question about a tranche that say nothing of its projects. */
const TRANCHE_STOP = new Set([
  'there',
  'that',
  'this',
  'with',
  'involved',
  'second',
  'first',
  'third',
  'tranche',
  'batch',
  'round',
  'part',
  'project',
  'projects',
  'included',
  'does',
  'have',
  'will',
  'were',
  'what',
  'which',
]);

/** Runs of katakana or kanji in a Japanese question (two characters or more). */
const japaneseWords = (raw: string) =>
  hasJapanese(raw)
    ? (raw.match(/[\u30a0-\u30ff]{3,}|[\u4e00-\u9fff]{2,}/g) ?? []).filter((w) => !/第|弾|案件/.test(w))
    : [];

/** "Announced: February 17, 2026." for a tranche, as reported by the day. */
function announcedOn(input: OperatorInput, id: string): string {
  const { ctx, m } = input;
  const t = trancheRecord(ctx, id);
  let current: NonNullable<typeof t>['status'][number] | undefined;
  for (const o of t?.status ?? []) if (o.reported <= ctx.day) current = o;
  if (!current || current.value === 'candidates') return '';
  let date: string | undefined;
  for (const o of t?.announced ?? []) if (o.reported <= ctx.day && !date) date = startKeyOf(o.value);
  return date ? m.announcedOn(formatDayKey(date, ctx.lang)) : '';
}

/** The event a question names outright (not only a word of its name). */
function eventNamed(input: OperatorInput): EventNow | undefined {
  for (const x of named(input, 'event')) {
    const e = input.ctx.kb.events.get(x.entity.id);
    if (e) return e;
  }
  return undefined;
}

/** "Did Bessent sign the MOU?": the person among the event's participants, and the event past. */
export function tookPart(input: OperatorInput): Draft | undefined {
  const { ctx, m } = input;
  const { lang } = ctx;
  const person = named(input, 'person')[0];
  const e = eventNamed(input);
  if (!person || !e || !ctx.kb.people.get(person.entity.id)) return undefined;
  // "Is Akazawa in Washington right now?" asks whether a trip is under way: see `happened`.
  if (asksRightNow(input.q.text, input.q.raw)) return undefined;
  const s = stateOf(ctx, e);
  if (s.phase !== 'past' || e.status === 'cancelled') return undefined;
  const yes = e.participants.includes(person.entity.id);
  const people = e.participants.filter((id) => ctx.kb.people.get(id)).map((id) => ctx.kb.nameOf(id, lang));
  const card = eventWhen(ctx, e, 0.85);
  return {
    ...card,
    intent: 'yes-no.took-part',
    lead: lead(input, yes, people.length ? m.tookPart(e.name[lang], listOf(input, people)) : '', card.lead),
  };
}

/** "Has the diamond plant been selected?", "最初の案件は決まった？": the status valid now. */
export function status(input: OperatorInput): Draft | undefined {
  const { ctx } = input;
  const asked = statusAsked(input.q.text, input.q.raw);
  if (!asked) return undefined;
  const p = projectOf(ctx, input);
  if (p) {
    const yes = asked.project.includes(p.status);
    const card = projectDetail(ctx, p, 'general', 0.85);
    return {
      ...card,
      intent: 'yes-no.status',
      lead: lead(input, yes, card.lead),
    };
  }
  const group = trancheOf(ctx, input);
  const known = input.best();
  if (!group || !known || known.kind !== 'answer') return undefined;
  const record = trancheRecord(ctx, group.id);
  let current: string | undefined;
  for (const o of record?.status ?? []) if (o.reported <= ctx.day) current = o.value;
  if (!current) return undefined;
  const yes = asked.tranche.includes(current);
  return { ...known, intent: 'yes-no.status', lead: lead(input, yes, known.lead) };
}

/** "Is the diamond plant in Texas?": a place the question names, in the project's site as reported now. */
export function place(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  const { lang } = ctx;
  const mention = named(input, 'project')[0];
  const p = mention ? ctx.kb.projects.get(mention.entity.id) : undefined;
  if (!p?.location || !mention) return undefined;
  const site = p.location.value;
  const places = placesIn(ctx.kb, q.text, q.raw).filter(
    (w) => !normalize(mention.alias).includes(w) && !mention.alias.includes(w),
  );
  if (!places.length) return undefined;
  const text = `${normalize(site.en)} ${site.ja}`;
  const yes = places.every((w) => text.includes(w));
  const card = projectDetail(ctx, p, 'general', 0.85);
  return {
    ...card,
    intent: 'yes-no.place',
    lead: lead(input, yes, m.siteIs(p.name[lang], site[lang]), card.lead),
  };
}

/** Place words of the projects' sites (capitalised English words, katakana runs), once per day. */
interface PlaceWords {
  en: ReadonlySet<string>;
  ja: readonly string[];
}

function placeWords(kb: Knowledge): PlaceWords {
  const en = new Set<string>();
  const ja = new Set<string>();
  for (const p of kb.projectsByAmount) {
    const site = p.location?.value;
    if (!site) continue;
    for (const w of site.ja.match(/[\u30a0-\u30ff]{3,}/g) ?? []) ja.add(w);
    for (const w of site.en.match(/\b[A-Z][a-z]{3,}\b/g) ?? [])
      if (!SITE_WORDS.has(w)) en.add(w.toLowerCase());
  }
  return { en, ja: [...ja] };
}

/** The place words of the day's sites that the question uses. */
function placesIn(kb: Knowledge, text: string, raw: string): string[] {
  const words = perDay(kb, 'place-words', placeWords);
  if (hasJapanese(raw)) return words.ja.filter((w) => raw.includes(w));
  return text.split(' ').filter((w) => words.en.has(w));
}

const SITE_WORDS = new Set([
  'Southern',
  'Northern',
  'Eastern',
  'Western',
  'About',
  'Near',
  'The',
  'Site',
  'County',
]);

/** "Does Japan have 45 days to pay?", "is the deadline in 2028?": a term's days or date as reported now. */
export function termValue(input: OperatorInput): Draft | undefined {
  const { ctx, q } = input;
  const { lang } = ctx;
  const days = askedDays(q.text, q.raw);
  const dates = days === undefined ? askedDates(q.text, q.raw) : [];
  if (days === undefined && !dates.length) return undefined;
  const focus = new Set(named(input, 'term').map((x) => x.entity.id));
  const terms = focus.size
    ? [...focus].map((id) => termRecord(ctx, id)).filter((x): x is TermRecord => !!x)
    : perDay(ctx.kb, 'terms-with-days', (kb) =>
        kb.facts.terms.filter((x) => x.value.some((o) => o.value.days !== undefined)),
      );
  for (const term of terms) {
    // The latest report that gives the asked kind of value (days, or a date).
    let current: (typeof term.value)[number] | undefined;
    for (const o of term.value) {
      const has = days !== undefined ? o.value.days !== undefined : o.value.date !== undefined;
      if (has && o.reported <= ctx.day && (!current || o.reported >= current.reported)) current = o;
    }
    if (!current) continue;
    const v = current.value;
    // Sources that disagree on the term are shown side by side, the answer's own first.
    const sides = [v.text[lang]];
    for (const o of term.value)
      if (o.conflict && o.reported <= ctx.day && !sides.includes(o.value.text[lang]))
        sides.push(o.value.text[lang]);
    const sentence =
      sides.length > 1
        ? `${term.topic[lang]}: ${input.m.disagree(sides.join(lang === 'ja' ? '／' : ' / '))}`
        : `${term.topic[lang]}: ${v.text[lang]}`;
    if (days !== undefined) return termAnswer(input, v.days === days, sentence, term.id, term.topic[lang]);
    // A date is checked only against a term the question names ("the deadline").
    if (v.date && focus.size) {
      const date = v.date;
      return termAnswer(
        input,
        dates.every((d) => dateMatches(d, date)),
        sentence,
        term.id,
        term.topic[lang],
      );
    }
  }
  return undefined;
}

function termAnswer(input: OperatorInput, yes: boolean, sentence: string, id: string, topic: string): Draft {
  const known = input.best();
  const base: Draft =
    known && known.kind === 'answer' && known.facts?.includes(id)
      ? known
      : {
          kind: 'answer',
          intent: 'term',
          title: topic,
          lead: '',
          items: [],
          notes: [],
          facts: [id],
          confidence: 0.8,
          suggestions: [],
        };
  return { ...base, intent: 'yes-no.term', lead: lead(input, yes, sentence) };
}

/** "Did the MOU come before the tariff cut?": the first days of two events the question names. */
export function order(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  const { lang } = ctx;
  const before = /\b(before|earlier than|prior to)\b|より前|よりも前|より先|前に/.test(`${q.text} ${q.raw}`);
  const after = /\b(after|later than)\b|より後|よりも後|後に|あとに/.test(`${q.text} ${q.raw}`);
  if (before === after) return undefined;
  // Each named event at its place in the question; of two names at one place, the longer ("最高裁判決", not "最高裁").
  const at = (alias: string) => Math.max(q.text.indexOf(alias), q.raw.indexOf(alias));
  const spans = named(input, 'event')
    .map((x) => ({ e: ctx.kb.events.get(x.entity.id), from: at(x.alias), to: at(x.alias) + x.alias.length }))
    .filter((x): x is { e: EventNow; from: number; to: number } => !!x.e && x.from >= 0)
    .sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: typeof spans = [];
  for (const x of spans) {
    const last = kept.at(-1);
    if (last && (x.from < last.to || last.e.id === x.e.id)) continue;
    kept.push(x);
  }
  const events = kept.map((x) => stateOf(ctx, x.e));
  const [a, b] = events;
  if (!a || !b || a.start === b.start) return undefined;
  const yes = before ? a.start < b.start : a.start > b.start;
  const dated = (s: typeof a) => m.eventOn(s.event.name[lang], s.when);
  const card = eventWhen(ctx, a.event, 0.85);
  return { ...card, intent: 'yes-no.order', lead: lead(input, yes, dated(a), dated(b)) };
}

export { STATUS_WORDS };

/** "Has the surcharge expired yet?", "is the visit over?": whether the named event has ended. */
export function ended(input: OperatorInput): Draft | undefined {
  const { ctx, q } = input;
  if (
    !/\b(expired?|ended|over|lapsed|finished|run out)\b|終わっ|終了|期限切れ|失効/.test(`${q.text} ${q.raw}`)
  )
    return undefined;
  const e = eventNamed(input);
  if (!e) return undefined;
  const s = stateOf(ctx, e);
  if (s.phase === 'stale') return undefined;
  const card = eventWhen(ctx, e, 0.85);
  return { ...card, intent: 'yes-no.ended', lead: lead(input, s.phase === 'past', card.lead) };
}

/** "Is the MOU signed yet?" before any report of it: no, not as of the clock's day. */
export function notYetReported(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  if (eventNamed(input)) return undefined;
  const later = q.later.find((x) => x.entity.type === 'event' && !x.partial && x.strength >= 0.6);
  if (!later) return undefined;
  const known = input.best();
  const name = ctx.kb.nameOf(later.entity.id, ctx.lang);
  const sentence = m.noReportYet(name, ctx.kb.asOf(ctx.lang));
  if (known && known.kind === 'answer')
    return { ...known, intent: 'yes-no.not-yet', lead: lead(input, false, sentence) };
  return {
    kind: 'answer',
    intent: 'yes-no.not-yet',
    title: name,
    lead: lead(input, false, sentence),
    items: [],
    notes: [],
    facts: [],
    sources: [],
    confidence: 0.7,
    suggestions: [],
  };
}
