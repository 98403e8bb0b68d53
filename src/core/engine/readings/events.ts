import { formatMonth } from '../../time/dates.js';
import { deal } from '../handlers/deal.js';
import {
  countdown,
  eventsInMonth,
  eventWhen,
  milestones,
  next,
  timeline,
  upcoming,
} from '../handlers/events.js';
import { leanOf, monthOf } from '../month-of.js';
import type { ReadingScope } from './reading.js';

/** Events and time: when, how long until, what happens in a month, what is next, the timeline. */
export function eventReadings({ ctx, a, has, of, partialOf, add }: ReadingScope): void {
  const { kb, lang, t } = ctx;
  const events = [...of('event'), ...partialOf('event')];
  const timeCue = has('when') || has('where') || has('next') || has('happened');
  const { deal: d } = kb.facts;
  for (const m of events) {
    const e = kb.events.get(m.entity.id);
    if (!e) continue;
    const label = e.name[lang];
    const question = lang === 'ja' ? `${e.name.ja}はいつ？` : `When is ${e.name.en}?`;
    if (has('countdown')) {
      add({
        key: `event.${e.id}`,
        score: 0.95 * m.strength,
        label,
        question,
        run: (c, s) => countdown(c, e, s),
      });
    } else if (e.id === d.mou.event && (has('who') || has('what') || has('signed')) && !has('when')) {
      add({
        key: 'deal.mou',
        score: 0.92 * Math.max(m.strength, 0.9),
        label,
        question: t.ask.mou,
        run: (c, s) => deal(c, 'mou', s),
      });
    } else if (e.id === d.reachedEvent && !timeCue) {
      // "trade deal" names the deal more often than the event of its reaching.
      add({
        key: `event.${e.id}`,
        score: 0.5 * m.strength,
        label,
        question,
        run: (c, s) => eventWhen(c, e, s),
      });
    } else {
      add({
        key: `event.${e.id}`,
        score: (timeCue ? 0.93 : 0.74) * m.strength,
        label,
        question,
        run: (c, s) => eventWhen(c, e, s),
      });
    }
  }
  if (has('countdown') && !events.length && !of('person').length) {
    const soonest = upcoming(ctx, 1)[0];
    if (soonest) {
      const e = soonest.event;
      add({
        key: `event.${e.id}`,
        score: 0.7,
        label: e.name[lang],
        question: t.ask.next,
        run: (c, s) => countdown(c, e, s),
      });
    } else add({ key: 'next', score: 0.7, label: t.nextTitle, question: t.ask.next, run: next });
  }
  if (a.month) {
    const { year, month } = monthOf(
      a.month,
      ctx.todayIn('UTC'),
      leanOf(a.text, a.text),
      ctx.kb.eventYearsByMonth.get('month' in a.month ? a.month.month : 0),
    );
    add({
      key: `month.${year}-${month}`,
      score: has('when') ? 0.6 : 'year' in a.month && a.month.year ? 0.92 : 0.88,
      // The month as people write it, never a raw key ("Events in 2026-1").
      label: t.monthTitle(formatMonth(`${year}-${String(month).padStart(2, '0')}`, lang)),
      question: '',
      run: (c, s) => eventsInMonth(c, year, month, s),
    });
  }
  if (has('next') && !a.month)
    add({ key: 'next', score: 0.86, label: t.nextTitle, question: t.ask.next, run: next });
  if (has('keyDates'))
    add({
      key: 'timeline.milestones',
      score: 0.9,
      label: t.milestonesTitle,
      question: t.milestonesTitle,
      run: (c, s) => milestones(c, s),
    });
  if (has('timeline'))
    add({ key: 'timeline', score: 0.85, label: t.timelineTitle, question: t.ask.timeline, run: timeline });
}
