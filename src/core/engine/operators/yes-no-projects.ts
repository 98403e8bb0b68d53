import { startKey as startKeyOf } from '../../time/date-keys.js';
import { formatDayKey } from '../../time/dates.js';
import { askedDetail } from '../analysis/detail-words.js';
import type { Draft } from '../compose.js';
import { projectDetail } from '../handlers/projects.js';
import type { Knowledge } from '../knowledge.js';
import { hasJapanese, normalize } from '../text.js';
import { perDay } from './day-cache.js';
import { detailAnswer, detailLines } from './detail.js';
import type { OperatorInput } from './operator.js';
import { projectOf, trancheOf, trancheRecord } from './subjects.js';
import { gapOf, lead, listOf, named } from './yes-no-answer.js';
import { statusAsked } from './yes-no-words.js';

/**
 * Yes/no checks about projects and tranches, over the claims valid at `now`: a detail with a value,
 * membership of a tranche, a status, a place. Each returns the answer, or undefined when the question
 * does not assert that relation. No record ids: only the analysis and the claims.
 */

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
  // A status a tranche does not have ("financed"): every one of its projects must have it.
  if (!asked.tranche.length) {
    if (!group.members.length) return undefined;
    const all = group.members.every((x) => asked.project.includes(x.status));
    return { ...known, intent: 'yes-no.status', lead: lead(input, all, known.lead) };
  }
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
