import type { EventNow } from '../../knowledge/view.js';
import { startKey } from '../../time/date-keys.js';
import { formatDayKey } from '../../time/dates.js';
import { shared, topicTerms } from '../analysis/terms.js';
import { type Draft, item } from '../compose.js';
import { detectMonth } from '../cues.js';
import { eventWhen } from '../handlers/events.js';
import type { EntityType } from '../knowledge.js';
import { provenance } from '../provenance.js';
import { type ReasonEntry, reasonIndex } from '../reason-index.js';
import type { OperatorInput } from './operator.js';

/** Least score for a reason to be taken as the one a "why" question asks for. */
const MIN_SCORE = 2;
/** A term carried by more reasons than this says nothing about which one is asked (large fact bases). */
const MAX_POSTING = 200;
/** Records that act in a story rather than being what a "why" asks about. */
const ACTORS = new Set<EntityType>(['person', 'organisation', 'sector', 'goal', 'gap', 'opinion']);

interface Scored {
  entry: ReasonEntry;
  score: number;
  /** The question uses the reason's cue words, or names the month of its event. */
  cued: boolean;
}

/**
 * "Why" questions get the reason the sources give for the record the question is about: any record
 * can carry reasons (`reasons`, each cited and dated). The reason is found by the records the question
 * names (or records linked to them), the words of what it explains, and the month the question names
 * for an event. Two reasons given for one thing are both shown. A record named with no reason
 * recorded says so, then what is known of it; never the deal's goals in place of a reason.
 */
export function whyOperator(input: OperatorInput): Draft | undefined {
  const { q } = input;
  if (q.expects !== 'reason') return undefined;
  const named = q.focus.filter((x) => !x.partial);
  // Names count through `focus`: their words are not topic words.
  let rest = q.raw.normalize('NFKC').toLowerCase();
  for (const x of named) rest = rest.split(x.alias.toLowerCase()).join(' ');
  const asked = topicTerms(rest);
  const focus = new Set(named.map((x) => x.entity.id));
  const partly = new Set(q.focus.filter((x) => x.partial).map((x) => x.entity.id));
  const best = bestReason(input, asked, focus, partly);
  const subjects = named.filter((x) => !ACTORS.has(x.entity.type) && x.entity.type !== 'deal');
  // A record named outright wins over a reason reached only by links or shared words.
  const aside =
    best &&
    !best.cued &&
    subjects.length > 0 &&
    !subjects.some((x) => x.entity.id === best.entry.claim.record);
  if (best && !aside) return reasonAnswer(input, best);
  const subject = subjects[0] ?? named.find((x) => x.entity.type !== 'deal' && x.entity.type !== 'goal');
  return subject ? notGiven(input, subject.entity.id, focus) : undefined;
}

function bestReason(
  input: OperatorInput,
  asked: ReadonlySet<string>,
  focus: ReadonlySet<string>,
  partly: ReadonlySet<string>,
): Scored | undefined {
  const { ctx, q } = input;
  const index = reasonIndex(ctx.kb);
  const candidates = new Set<ReasonEntry>();
  for (const id of [...focus, ...partly]) {
    for (const e of index.byRecord.get(id) ?? []) candidates.add(e);
    for (const e of index.byRelated.get(id) ?? []) candidates.add(e);
  }
  for (const t of asked) {
    const list = index.byTerm.get(t);
    if (list && list.length <= MAX_POSTING) for (const e of list) candidates.add(e);
  }
  const when = detectMonth(q.text, q.raw);
  const month = when && 'month' in when ? when.month : undefined;
  let best: Scored | undefined;
  for (const entry of candidates) {
    const c = entry.claim;
    const own = focus.has(c.record) ? 3 : partly.has(c.record) ? 2 : 0;
    const linked = own === 0 && c.related.some((id) => focus.has(id)) ? 1 : 0;
    const cue = shared(asked, entry.cue);
    let score = own + linked + 1.5 * cue + shared(asked, entry.words);
    // An event the question places in a month must fall in it ("in March").
    const placed = month !== undefined && entry.start !== undefined && entry.end !== undefined;
    const inIt = placed && inMonth(entry.start as string, entry.end as string, month as number);
    if (placed) score += inIt ? 2 : -3;
    if (score < MIN_SCORE) continue;
    // A reason whose cue words or month the question uses beats one that only shares its record.
    const cued = cue > 0 || inIt;
    if (!best || (cued && !best.cued) || (cued === best.cued && score > best.score))
      best = { entry, score, cued };
  }
  return best;
}

function inMonth(start: string, end: string, month: number): boolean {
  const a = Number(start.slice(5, 7));
  const b = Number(end.slice(5, 7));
  return a <= b ? month >= a && month <= b : month >= a || month <= b;
}

/** The reasons of the chosen record for the same thing (two reasons the sources give are both shown). */
function reasonAnswer(input: OperatorInput, best: Scored): Draft {
  const { ctx, m } = input;
  const { lang } = ctx;
  const c = best.entry.claim;
  const key = c.reason.explains?.en ?? '';
  const group = (reasonIndex(ctx.kb).byRecord.get(c.record) ?? []).filter(
    (e) => (e.claim.reason.explains?.en ?? '') === key,
  );
  const sources = new Set<string>();
  const items = group.map((e, i) => {
    const r = e.claim.reason;
    const p = provenance(ctx, r.cite);
    for (const s of p.sources) sources.add(s);
    const date = formatDayKey(r.reported, lang);
    return item(`${c.record}:reason:${i + 1}`, r.text[lang], lang, {
      detail: p.text ? (lang === 'ja' ? `${p.text}（${date}）` : `${p.text} (${date})`) : date,
      ...(p.caution ? { status: p.caution } : {}),
    });
  });
  const subject = c.reason.explains?.[lang] ?? c.name[lang];
  const lead = m.whyLead(subject, group.map((e) => e.claim.reason.text[lang]).join(lang === 'ja' ? '' : ' '));
  const confidence = Math.min(0.9, 0.5 + best.score * 0.08);
  const e = c.holder === 'event' ? ctx.kb.events.get(c.record) : undefined;
  if (e) {
    const card = eventWhen(ctx, e, confidence);
    return {
      ...card,
      intent: 'why.event',
      lead,
      items: [...items, ...(card.items ?? [])],
      sources: [...new Set([...sources, ...(card.sources ?? [])])],
    };
  }
  return {
    kind: 'answer',
    intent: `why.${c.holder}`,
    title: subject,
    lead,
    items,
    facts: [c.record],
    sources: [...sources],
    confidence,
    suggestions: [ctx.t.ask.timeline, ctx.t.ask.projects],
  };
}

/**
 * A record named with no reason recorded: say so, then what is known of it (never the deal's goals):
 * the event named, else an event that involves two of the records named, else the best reading.
 */
function notGiven(input: OperatorInput, id: string, focus: ReadonlySet<string>): Draft {
  const { ctx, m } = input;
  const { kb, lang } = ctx;
  const name = kb.nameOf(id, lang);
  const gap = lang === 'ja' ? '' : ' ';
  const e = kb.events.get(id) ?? involving(input, focus);
  const known = e ? eventWhen(ctx, e, 0.7) : input.best();
  const first = m.whyNotGiven(name);
  if (!known || known.kind === 'unknown' || known.kind === 'ambiguous' || known.intent === 'deal.goals')
    return {
      kind: 'answer',
      intent: 'why.not-given',
      title: name,
      lead: first,
      facts: [id],
      confidence: 0.6,
    };
  return {
    ...known,
    intent: 'why.not-given',
    lead: `${first}${gap}${known.lead}`,
    confidence: Math.min(known.confidence, 0.7),
  };
}

/** The latest event that involves (as participant or subject) two or more of the records named. */
function involving(input: OperatorInput, focus: ReadonlySet<string>): EventNow | undefined {
  if (focus.size < 2) return undefined;
  const { kb } = input.ctx;
  let found: EventNow | undefined;
  for (const id of focus)
    for (const e of kb.eventsByParticipant.get(id) ?? []) {
      const ids = new Set([...e.participants, ...(e.about ?? [])]);
      let n = 0;
      for (const f of focus) if (ids.has(f)) n++;
      if (n >= 2 && (!found || startKey(e.date) > startKey(found.date))) found = e;
    }
  return found;
}
