import { asksPaid, PAID_REPORTED } from '../analysis/premise-parts.js';
import type { Draft } from '../compose.js';
import type { Ctx } from '../context.js';
import { deal } from '../handlers/deal.js';
import { projectDetail } from '../handlers/projects.js';
import { trancheAnswer } from '../handlers/records.js';
import { type OperatorInput, prefixed } from './operator.js';
import { subjectsOf } from './premise-amount.js';
import { recordLabel } from './premise-index.js';

/**
 * Money taken to have moved already ("how much has Japan already paid for the Ohio plant?"). The
 * sources record pledges, planned amounts and loan agreements; unless a claim about the record valid
 * at `now` reports money actually paid or disbursed, the lead says there is no such report (not
 * "no": the sources are silent), then gives the recorded figure.
 */
export function paidPremise(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  if (!asksPaid(q.text, q.raw)) return undefined;
  const named = subjectsOf(input);
  const subject =
    named.map((x) => subjectOf(ctx, x.entity.id)).find((s) => s !== undefined) ?? dealSubject(ctx);
  if (PAID_REPORTED.test(subject.text)) return undefined;
  const lead = m.noPayment(recordLabel(ctx, ctx.kb.nameOf(subject.id, ctx.lang)), ctx.kb.asOf(ctx.lang));
  return prefixed(lead, subject.card(), input, 'premise.paid', 0.75);
}

interface Subject {
  id: string;
  /** The text of the record's claims valid at `now`, in both languages. */
  text: string;
  card(): Draft;
}

function subjectOf(ctx: Ctx, id: string): Subject | undefined {
  const { kb, day } = ctx;
  const p = kb.projects.get(id);
  if (p) {
    const notes = [...p.record.status, ...p.record.amount, ...(p.record.details ?? [])]
      .filter((o) => o.reported <= day)
      .map((o) => JSON.stringify([o.value, 'note' in o ? o.note : '']));
    return { id, text: notes.join(' '), card: () => projectDetail(ctx, p, 'amount', 0.75) };
  }
  const t = kb.facts.tranches.find((r) => r.id === id);
  if (t) {
    const notes = [...t.status, ...(t.total ?? [])]
      .filter((o) => o.reported <= day)
      .map((o) => JSON.stringify([o.value, 'note' in o ? o.note : '']));
    return { id, text: notes.join(' '), card: () => trancheAnswer(ctx, t, 0.75) };
  }
  return id === kb.facts.deal.id ? dealSubject(ctx) : undefined;
}

/** The deal: its summary and terms (what Japan gives, how funding is called). */
function dealSubject(ctx: Ctx): Subject {
  const { kb } = ctx;
  const d = kb.facts.deal;
  const text = [d.summary.en, d.summary.ja, ...d.gives.flatMap((g) => [g.what.en, g.what.ja])].join(' ');
  return { id: d.id, text, card: () => deal(ctx, 'pledge', 0.75) };
}
