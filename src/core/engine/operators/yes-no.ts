import type { PersonNow } from '../../knowledge/view.js';
import { amountsIn, boundsIn } from '../amounts.js';
import type { Draft } from '../compose.js';
import { eventWhen, stateOf } from '../handlers/events.js';
import { projectDetail } from '../handlers/projects.js';
import { whoPerson } from '../handlers/who.js';
import { formatMoney } from '../money.js';
import { hasJapanese, normalize } from '../text.js';
import type { OperatorInput } from './operator.js';
import { askedOffice, currentTitles, titleIs } from './roles.js';
import { projectOf } from './subjects.js';
import { ended, met, notYetReported, order, tookPart } from './yes-no-events.js';
import { place, status, trancheMember, unstatedDetail } from './yes-no-projects.js';
import { termText, termValue } from './yes-no-terms.js';
import { asksRightNow } from './yes-no-words.js';

/** A yes/no question gets "Yes" or "No" first, decided from the claims valid at `now`. */
export function yesNoOperator(input: OperatorInput): Draft | undefined {
  if (input.q.expects !== 'yes-no') return undefined;
  // A comparison of amounts ("is the port bigger than the plant?") already answers Yes or No first.
  if (input.best()?.intent.startsWith('amounts.')) return undefined;
  return (
    office(input) ??
    sector(input) ??
    order(input) ??
    status(input) ??
    unstatedDetail(input) ??
    trancheMember(input) ??
    met(input) ??
    tookPart(input) ??
    amount(input) ??
    involved(input) ??
    place(input) ??
    termValue(input) ??
    ended(input) ??
    notYetReported(input) ??
    happened(input) ??
    termText(input)
  );
}

const gapOf = (input: OperatorInput) => (input.ctx.lang === 'ja' ? '' : ' ');

/** The best reading's answer (its intent kept), with a Yes or No sentence first. */
function answered(input: OperatorInput, yes: boolean, sentence: string, base: Draft): Draft {
  const { m } = input;
  return {
    ...base,
    lead: [yes ? m.yes : m.no, sentence, base.lead].filter(Boolean).join(gapOf(input)),
  };
}

/** "Is Lutnick the Treasury Secretary?": the person's roles valid now, and who holds the office if not they. */
function office(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  const { kb, lang } = ctx;
  const japanese = hasJapanese(q.raw);
  for (const mention of q.focus) {
    if (mention.entity.type !== 'person' || mention.partial) continue;
    const p = kb.people.get(mention.entity.id);
    if (!p) continue;
    const asked = askedOffice(q.text, q.raw, mention, japanese);
    if (!asked) continue;
    const titles = [...currentTitles(p, 'en'), ...currentTitles(p, 'ja')];
    const holds = titles.some((title) => titleIs(title, asked));
    const card = whoPerson(ctx, p, 0.9);
    const name = p.name[lang];
    if (holds) {
      const title = currentTitles(p, lang).find(
        (t, i) => titleIs(t, asked) || titleIs(currentTitles(p, 'en')[i] ?? '', asked),
      );
      return {
        ...card,
        intent: 'yes-no.role',
        lead: `${m.yes}${gapOf(input)}${m.holdsRole(name, title ?? asked)}`,
      };
    }
    const now = currentTitles(p, lang).at(-1);
    const holder = kb.facts.people.find(
      (o: PersonNow) =>
        o.id !== p.id &&
        [...currentTitles(o, 'en'), ...currentTitles(o, 'ja')].some((t) => titleIs(t, asked)),
    );
    const lead = [
      now ? m.notRole(name, asked, now) : m.notRoleNone(name, asked),
      holder ? m.holdsRole(holder.name[lang], asked) : '',
    ]
      .filter(Boolean)
      .join(gapOf(input));
    return { ...card, intent: 'yes-no.role', lead, facts: [p.id, ...(holder ? [holder.id] : [])] };
  }
  return undefined;
}

/** "Is nuclear power one of the sectors?": listed by name, or not (and the nearest sector named). */
function sector(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  const best = input.best();
  if (!best?.intent.startsWith('sectors.')) return undefined;
  const mention = q.focus.find((x) => x.entity.type === 'sector');
  const s = mention ? ctx.kb.sectors.get(mention.entity.id) : undefined;
  const asked = askedThing(q.text, q.raw) ?? mention?.alias ?? '';
  if (s && mention) {
    const names = [s.name.en, s.name.ja].map(normalize);
    if (names.some((n) => n.includes(mention.alias)))
      return { ...best, lead: `${m.sectorListed(s.name[ctx.lang])}` };
    return { ...best, lead: m.sectorNotListed(asked, s.name[ctx.lang]) };
  }
  if (best.intent === 'sectors.not-member' || best.intent === 'sectors.list') {
    const all = ctx.kb.facts.sectors.map((x) => x.name[ctx.lang]).join(ctx.lang === 'ja' ? '、' : ', ');
    return {
      ...best,
      lead: `${m.sectorNotListed(asked, '')}${gapOf(input)}${m.sectorsAre(all)}`,
    };
  }
  return undefined;
}

/** The thing asked about in "is X one of / a / in …" (English) or "Xは…" (Japanese). */
function askedThing(text: string, raw: string): string | undefined {
  if (hasJapanese(raw))
    return (
      raw
        .normalize('NFKC')
        .split(/は|って|も/)[0]
        ?.trim() || undefined
    );
  return /^(?:is|are|was|were|does|do)\s+(.+?)\s+(?:one of|a|an|in|among|part of|included|covered|eligible|on|counted)\b/.exec(
    text,
  )?.[1];
}

/** "Is the port $2 billion?": the project's amount as reported now (any side of a conflict counts, and is shown). */
function amount(input: OperatorInput): Draft | undefined {
  const { ctx, q } = input;
  const asked = amountsIn(q.raw);
  if (!asked.length) return undefined;
  const mention = q.focus.find((x) => x.entity.type === 'project' && !/^\d/.test(x.alias));
  const p = mention ? ctx.kb.projects.get(mention.entity.id) : undefined;
  if (!p) return undefined;
  const best = input.best();
  const base = best?.facts?.includes(p.id) ? best : projectDetail(ctx, p, 'amount', 0.85);
  const values = (p.amounts.sides ?? [p.amounts.current]).map((o) => o.value);
  // "Is it bigger than $30 billion?": every figure the sources give on the asked side of the bound.
  const bound = boundsIn(q.raw)[0];
  if (bound) {
    const holds = values.every((v) => (bound.more ? v.amount > bound.amount : v.amount < bound.amount));
    const shownBound = values.map((v) => formatMoney(v, ctx.lang)).join(ctx.lang === 'ja' ? '／' : ' / ');
    return answered(input, holds, `${p.name[ctx.lang]}: ${shownBound}${ctx.t.sentenceEnd}`, base);
  }
  const same = asked.some((a) => values.some((v) => Math.abs(a - v.amount) <= v.amount * 0.005));
  const shown = values.map((v) => formatMoney(v, ctx.lang)).join(ctx.lang === 'ja' ? '／' : ' / ');
  return answered(input, same, base === best ? (same ? '' : `${p.name[ctx.lang]}: ${shown}.`) : '', base);
}

/** "Is SoftBank involved in the Ohio project?": the companies the claims valid now link to the project. */
function involved(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  const org = q.focus.find((x) => x.entity.type === 'organisation' && !x.partial);
  const mention = q.focus.find((x) => x.entity.type === 'project' && !/^\d/.test(x.alias));
  const p = mention ? ctx.kb.projects.get(mention.entity.id) : projectOf(ctx, input);
  if (!org || !p || ctx.kb.organisations.get(org.entity.id)?.kind === 'country') return undefined;
  const linked = new Set(p.partners);
  for (const list of [p.record.operator, p.record.interested])
    for (const o of list ?? []) if (o.reported <= ctx.day) for (const id of o.value) linked.add(id);
  // A company named by the first word of a linked name counts ("Mitsubishi" for Mitsubishi Electric).
  const first = normalize(org.entity.name.en).split(' ')[0] ?? '';
  const yes = [...linked].some(
    (id) =>
      id === org.entity.id || (first.length > 2 && normalize(ctx.kb.nameOf(id, 'en')).startsWith(first)),
  );
  const names = [...linked].map((id) => ctx.kb.nameOf(id, ctx.lang)).join(ctx.lang === 'ja' ? '、' : ', ');
  const card = projectDetail(ctx, p, 'partners', 0.8);
  return {
    ...card,
    lead: `${yes ? m.yes : m.no}${gapOf(input)}${names ? m.linked(p.name[ctx.lang], names) : ''}${gapOf(input)}${card.lead}`,
  };
}

/** "Did the summit happen?", "is Akazawa in Washington right now?": the event's state on the clock's day. */
function happened(input: OperatorInput): Draft | undefined {
  const { ctx } = input;
  const best = input.best();
  // The event the question names outright, else the one the best reading is about.
  const namedEvent = input.q.focus.find(
    (x) => x.entity.type === 'event' && !x.partial && ctx.kb.events.get(x.entity.id),
  );
  // A question naming a term, a gap or a disagreement ("is the money a loan?") is about the terms,
  // not about whether an event the best reading leaned to has happened.
  const aboutTerms = input.q.focus.some(
    (x) =>
      !x.partial && (x.entity.type === 'term' || x.entity.type === 'gap' || x.entity.type === 'conflict'),
  );
  // The event the best reading leaned to counts unless only a weak word of its name led there ("money"
  // in "is the money a loan?" is not the "our money" remark).
  const leaned = best?.facts?.[0];
  const strengths = input.q.focus.filter((x) => x.entity.id === leaned).map((x) => x.strength);
  const leanedNamed = strengths.some((x) => x >= 0.8);
  const leanedWeakly = strengths.length > 0 && !leanedNamed;
  const id = namedEvent?.entity.id ?? ((aboutTerms && !leanedNamed) || leanedWeakly ? undefined : leaned);
  const e = id ? ctx.kb.events.get(id) : undefined;
  if (!best || !e) return undefined;
  const s = stateOf(ctx, e);
  if (s.phase === 'stale' || e.status === 'postponed') return undefined;
  // "Right now" asks whether it is under way, not whether it happened at some time.
  const rightNow = asksRightNow(input.q.text, input.q.raw);
  const yes = e.status !== 'cancelled' && (s.phase === 'current' || (s.phase === 'past' && !rightNow));
  return answered(input, yes, '', best.facts?.includes(e.id) ? best : eventWhen(ctx, e, 0.85));
}
