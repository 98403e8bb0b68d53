import type { EventNow } from '../../knowledge/view.js';
import { startKey } from '../../time/date-keys.js';
import { officeOnly } from '../analysis/premise-parts.js';
import type { Draft } from '../compose.js';
import type { Ctx } from '../context.js';
import { overlapping } from '../event-queries.js';
import { eventWhen } from '../handlers/events.js';
import { frameLabel, timeFrameOf } from '../time-frame.js';
import { type OperatorInput, prefixed } from './operator.js';

/** Words that take a meeting, talks or an agreement between the people named for granted. */
const MEET =
  /\b(met|meet|meeting|talks|talked|spoke|agreed?|agreement|sign(ed)?)\b|会談|会った|会っ|協議|合意|署名/;

/**
 * A meeting or an agreement between people named ("what did Akazawa and Trump agree this week?",
 * "赤沢大臣がトランプ大統領と会談した内容は？") when no event valid at `now` has them both (in the time frame
 * the question names, if any): the lead says there is no such report, then what did happen — the first
 * person's events in the frame, or the nearest event with them both.
 */
export function meetingPremise(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  if (q.expects === 'yes-no' || !(MEET.test(q.text) || MEET.test(q.raw))) return undefined;
  const ids = [
    ...new Set(
      q.focus
        .filter((x) => x.entity.type === 'person' && !x.partial && x.strength >= 0.8 && !officeOnly(x.alias))
        .map((x) => x.entity.id),
    ),
  ];
  if (ids.length < 2) return undefined;
  const [first, ...others] = ids as [string, ...string[]];
  const frame = timeFrameOf(q.text, q.raw, ctx.day);
  const together = (ctx.kb.eventsByParticipant.get(first) ?? []).filter(
    // Any event with them both counts, whatever its kind: the deal announced on 22 July 2025 is where
    // Akazawa was received by Trump. Only with no such event (in the frame asked) is the premise rejected.
    (e) => others.every((o) => e.participants.includes(o)),
  );
  const inFrame = frame
    ? new Set(overlapping(ctx.kb, frame.from, frame.to, 50).map((s) => s.event.id))
    : undefined;
  const held = together.filter((e) => (inFrame ? inFrame.has(e.id) : startKey(e.date) <= ctx.day));
  if (held.length) return undefined;
  const names = ids.map((id) => ctx.kb.nameOf(id, ctx.lang)).join(ctx.lang === 'ja' ? '・' : ' and ');
  const when = frame ? frameLabel(frame, ctx.lang) : '';
  const lead = m.noMeetingAsOf(names, when, ctx.kb.asOf(ctx.lang));
  const ownInFrame = inFrame
    ? (ctx.kb.eventsByParticipant.get(first) ?? []).filter((e) => inFrame.has(e.id)).at(-1)
    : undefined;
  const known = ownInFrame ?? nearest(ctx, together);
  return prefixed(lead, known ? eventWhen(ctx, known, 0.75) : input.best(), input, 'premise.meeting', 0.75);
}

/** The event closest to the clock's day (a summit next week before one last year). */
function nearest(ctx: Ctx, events: readonly EventNow[]): EventNow | undefined {
  const distance = (e: EventNow) => Math.abs(Date.parse(startKey(e.date)) - Date.parse(ctx.day));
  return [...events].sort((a, b) => distance(a) - distance(b))[0];
}
