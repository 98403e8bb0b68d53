import type { EventNow } from '../../knowledge/view.js';
import { startKey } from '../../time/date-keys.js';
import type { Ctx } from '../context.js';
import { eventFit, fitWords } from '../event-fit.js';
import { countdown, eventWhen, stateOf } from '../handlers/events.js';
import { remarks } from '../handlers/remarks.js';
import { listCompanies, listPeople, whoOrganisation, whoPerson } from '../handlers/who.js';
import type { ReadingScope } from './reading.js';

/** People and organisations: who they are, or when their event is. */
export function peopleReadings({ ctx, a, has, of, add }: ReadingScope): void {
  const { kb, lang, t } = ctx;
  if (has('people') && !of('person').length) {
    add({
      key: 'who.list',
      // "What do people think of it?" asks for opinions, not for the list of people.
      score: has('opinions') ? 0.7 : 0.85,
      label: t.peopleTitle,
      question: 'who',
      run: (c, s) => listPeople(c, s),
    });
  }
  if (has('companies') && !of('project').length && !of('organisation').length) {
    add({
      key: 'who.companies',
      score: 0.85,
      label: t.companiesTitle,
      question: t.ask.companies,
      run: listCompanies,
    });
  }
  const asksWho = has('who') || has('what');
  for (const m of of('person')) {
    const p = kb.people.get(m.entity.id);
    if (!p) continue;
    const personEvents = kb.eventsByParticipant.get(p.id) ?? [];
    if (
      (has('when') || has('countdown') || has('next') || has('where') || has('meeting')) &&
      personEvents.length
    ) {
      const e = pickEvent(ctx, personEvents, a, p.aliases.concat(p.name.en));
      add({
        key: `event.${e.id}`,
        score: (has('meeting') ? 0.88 : 0.8) * Math.max(m.strength, 0.8),
        label: e.name[lang],
        question: e.name[lang],
        run: (c, s) => (has('countdown') ? countdown(c, e, s) : eventWhen(c, e, s)),
      });
    }
    // "What does Lutnick think?": what the sources report the person said, not readers' opinions.
    if ((has('said') || has('opinions')) && personEvents.length && !has('when')) {
      add({
        key: `remarks.${p.id}`,
        score: 0.92 * Math.max(m.strength, 0.85),
        label: t.remarksTitle(p.name[lang]),
        question: '',
        run: (c, s) => remarks(c, p, s),
      });
    }
    add({
      key: `who.${p.id}`,
      score: (has('who') ? 0.95 : has('what') ? 0.8 : 0.72) * m.strength,
      label: p.name[lang],
      question: lang === 'ja' ? `${p.name.ja}とは誰？` : `Who is ${p.name.en}?`,
      run: (c, s) => whoPerson(c, p, s),
    });
  }
  for (const m of of('organisation')) {
    const o = kb.organisations.get(m.entity.id);
    if (!o) continue;
    // A country named in passing ("Japan") is rarely what the question is about.
    const weight = o.kind === 'country' ? 0.45 : asksWho || has('partners') ? 0.88 : 0.68;
    add({
      key: `who.${o.id}`,
      score: weight * m.strength,
      label: o.name[lang],
      question: lang === 'ja' ? `${o.name.ja}とは？` : `What is ${o.name.en}?`,
      run: (c, s) => whoOrganisation(c, o, s),
    });
  }
}

/**
 * Of a person's events, the one a "when" question means: the one whose name, place or kind the
 * question's words fit best (the latest of a tie); with no fit, the next, else the latest expected.
 */
function pickEvent(
  ctx: Ctx,
  events: readonly EventNow[],
  a: ReadingScope['a'],
  names: readonly string[],
): EventNow {
  const words = fitWords(a.text, names);
  // A month named ("his March trip", "3月の訪問") counts for the events of that month, against the others.
  const month = a.month && 'month' in a.month ? a.month.month : undefined;
  let best: EventNow | undefined;
  let bestFit = 0;
  for (const e of events) {
    const inMonth = month === undefined ? 0 : Number(startKey(e.date).slice(5, 7)) === month ? 1 : -1;
    const fit = eventFit(words, a.text, e) + inMonth;
    if (fit >= bestFit && fit > 0) {
      best = e;
      bestFit = fit;
    }
  }
  // A kind word alone ("when did he visit") is not enough to pass over his next event.
  if (best && bestFit >= 1) return best;
  const states = events.map((e) => stateOf(ctx, e));
  const ahead = states.find((s) => s.phase === 'upcoming' || s.phase === 'current');
  if (ahead) return ahead.event;
  if (best) return best;
  const expected = states.filter((s) => s.status !== 'held');
  return (expected[expected.length - 1] ?? states[states.length - 1])!.event;
}
