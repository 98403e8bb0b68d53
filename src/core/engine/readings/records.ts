import type { ConflictRecord, TariffRecord, TermRecord, TrancheRecord } from '../../factbase/schema.js';
import { eventWhen, stateOf } from '../handlers/events.js';
import {
  conflictAnswer,
  listConflicts,
  listTerms,
  tariffAnswer,
  termAnswer,
  trancheAnswer,
} from '../handlers/records.js';
import type { ReadingScope } from './reading.js';

/**
 * The deal's terms, tranches, tariff measures and declared disagreements; a deadline; what a
 * court (or any organisation) decided. Chosen by the kind of record a name points at, never by id.
 */
export function recordReadings({ ctx, has, of, partialOf, add }: ReadingScope): void {
  const { kb, lang, t } = ctx;
  const look = <T>(id: string) => kb.record(id)?.record as T | undefined;
  for (const m of [...of('term'), ...partialOf('term')]) {
    const term = look<TermRecord>(m.entity.id);
    if (!term) continue;
    // A tariff measure named in the same words is the more specific record.
    const base = has('terms') || has('howMuch') || has('when') || m.strength >= 0.9 ? 0.94 : 0.86;
    add({
      key: `term.${term.id}`,
      score: base * (of('tariff').length ? 0.9 : 1) * Math.max(m.strength, 0.8),
      label: term.topic[lang],
      question: term.topic[lang],
      run: (c, s) => termAnswer(c, term, s),
    });
  }
  if (has('terms') && !of('term').length && !of('project').length)
    add({ key: 'terms.list', score: 0.8, label: t.termsTitle, question: t.ask.terms, run: listTerms });
  for (const m of [...of('tranche'), ...partialOf('tranche')]) {
    const tranche = look<TrancheRecord>(m.entity.id);
    if (!tranche) continue;
    // "What was the first project?" is the first-project reading's (it shows the tranche once chosen).
    if (has('first') && has('projects') && !m.alias.match(/tranche|弾/i)) continue;
    add({
      key: `tranche.${tranche.id}`,
      score: 0.93 * Math.max(m.strength, 0.8),
      label: tranche.name[lang],
      question: tranche.name[lang],
      run: (c, s) => trancheAnswer(c, tranche, s),
    });
  }
  for (const m of [...of('tariff'), ...partialOf('tariff')]) {
    const tariff = look<TariffRecord>(m.entity.id);
    if (!tariff) continue;
    add({
      key: `tariff.${tariff.id}`,
      score: 0.96 * Math.max(m.strength, 0.8),
      label: tariff.name[lang],
      question: tariff.name[lang],
      run: (c, s) => tariffAnswer(c, tariff, s),
    });
  }
  for (const m of of('conflict')) {
    const conflict = look<ConflictRecord>(m.entity.id);
    if (!conflict) continue;
    add({
      key: `conflict.${conflict.id}`,
      score: (has('disagree') ? 0.96 : 0.84) * m.strength,
      label: conflict.topic[lang],
      question: conflict.topic[lang],
      run: (c, s) => conflictAnswer(c, conflict, s),
    });
  }
  if (has('disagree') && !of('conflict').length)
    add({
      key: 'conflicts.list',
      score: 0.94,
      label: t.conflictsTitle,
      question: t.ask.disagreements,
      run: listConflicts,
    });

  // "When is the deadline?": the next deadline-kind event (else the last one known).
  if (has('deadline') && !of('event').length && !of('term').length) {
    const deadlines = kb.eventsByDate.filter((e) => e.kind === 'deadline');
    const states = deadlines.map((e) => stateOf(ctx, e));
    const pick = states.find((s) => s.phase === 'upcoming' || s.phase === 'current') ?? states.at(-1);
    if (pick)
      add({
        key: `event.${pick.event.id}`,
        score: 0.9,
        label: pick.event.name[lang],
        question: pick.event.name[lang],
        run: (c, s) => eventWhen(c, pick.event, s),
      });
  }
  // "What did the Supreme Court decide?": the organisation's latest event (a ruling first).
  // An event named only by the organisation's own name ("最高裁") does not count as naming an event.
  const eventNamed = of('event').some((e) => !of('organisation').some((o) => o.alias === e.alias));
  // An event named too ("IEEPA") leaves the ruling a candidate, weaker: the words asked choose.
  if (has('ruling') || has('happened')) {
    for (const m of of('organisation')) {
      const events = kb.eventsByParticipant.get(m.entity.id) ?? [];
      const past = events.filter((e) => stateOf(ctx, e).phase === 'past');
      const pool = past.length ? past : events;
      const latest = [...pool].reverse().find((e) => e.kind === 'ruling') ?? pool.at(-1);
      if (!latest) continue;
      add({
        key: `event.${latest.id}`,
        score: (eventNamed ? 0.9 : 0.95) * Math.max(m.strength, 0.85),
        label: latest.name[lang],
        question: latest.name[lang],
        run: (c, s) => eventWhen(c, latest, s),
      });
    }
  }
}
