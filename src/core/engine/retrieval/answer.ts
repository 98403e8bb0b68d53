import type { ConflictRecord } from '../../factbase/schema.js';
import { formatDateValue } from '../../time/dates.js';
import { type Draft, item } from '../compose.js';
import type { Ctx } from '../context.js';
import { formatWhen } from '../event-state.js';
import { conflictAnswer } from '../handlers/records.js';
import { retrievalMessages } from '../messages/retrieval.js';
import { provenance } from '../provenance.js';
import type { Hit } from './claim-index.js';

/** A retrieved claim is never as sure as a reading that understood the question. */
const BASE = 0.5;
const SPAN = 0.25;

/**
 * "The closest thing in my sources: …": the claim in the answer's language, when it holds (an
 * event's date as known today, a role's start), and who reported it; a confidence that grows with
 * how much of the question it matched, and stays below a clean reading's.
 */
export function closestClaim(ctx: Ctx, hit: Hit): Draft {
  const { kb, lang } = ctx;
  const r = retrievalMessages(lang);
  const c = hit.claim;
  const confidence = BASE + SPAN * hit.cover;
  // One side of a disagreement is never shown alone: every side known on the day, side by side.
  const conflict = c.kind === 'position' ? kb.record(c.record) : undefined;
  if (conflict?.type === 'conflict')
    return {
      ...conflictAnswer(ctx, conflict.record as ConflictRecord, confidence),
      intent: 'retrieval.conflict',
    };
  const name = c.name[lang];
  const shown =
    c.kind === 'source'
      ? r.article(name, c.text[lang])
      : r.about(name, c.text[lang].replace(/[.。]\s*$/u, ''));
  const event = c.kind === 'summary' || c.kind === 'why' ? kb.events.get(c.record) : undefined;
  const when = event ? formatWhen(event, lang) : c.date ? formatDateValue(c.date, lang) : '';
  const from = provenance(ctx, c.cite);
  const facts = c.kind === 'source' ? [] : [c.record];
  return {
    kind: 'answer',
    intent: `retrieval.${c.kind}`,
    title: r.title,
    lead: r.lead(shown, when, from.text),
    // The claim is the lead; the item names its record and when it holds, for the adapters' fields.
    items: [item(c.record, name, lang, when ? { detail: when, date: when } : {})],
    notes: [r.note],
    facts,
    sources: from.sources.length ? from.sources : c.cite.map((x) => x.source),
    confidence,
  };
}
