import { formatDateValue } from '../../time/dates.js';
import type { Draft } from '../compose.js';
import { tariffAnswer } from '../handlers/records.js';
import { type OperatorInput, prefixed } from './operator.js';

const PERCENT = /(\d+(?:\.\d+)?)\s?(?:%|％|percent|per cent|パーセント)/g;

/**
 * A tariff rate the question gives that no claim valid at `now` gives ("why is the car tariff still
 * 27.5%?" after the cut to 15%): the lead gives the recorded rate and since when, then the tariff.
 */
export function tariffPremise(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  if (q.expects === 'yes-no') return undefined;
  const asked = [...q.raw.normalize('NFKC').matchAll(PERCENT)].map((x) => Number(x[1]));
  if (!asked.length) return undefined;
  const named = q.focus.find((x) => x.entity.type === 'tariff' && !x.partial && x.strength >= 0.7);
  const tariff = named && ctx.kb.facts.tariffs.find((t) => t.id === named.entity.id);
  if (!tariff) return undefined;
  const rates = (tariff.rate ?? []).filter((o) => o.reported <= ctx.day);
  if (!rates.length) return undefined;
  const wrong = asked.find((p) => !rates.some((r) => r.value.percent === p));
  if (wrong === undefined) return undefined;
  const current = rates.at(-1)?.value.percent ?? 0;
  const effective = (tariff.effective ?? []).filter((o) => o.reported <= ctx.day).at(0);
  const lead = m.rateDiffers(
    tariff.name[ctx.lang],
    `${wrong}%`,
    `${current}%`,
    effective ? formatDateValue(effective.value, ctx.lang) : '',
    ctx.kb.asOf(ctx.lang),
  );
  return prefixed(lead, tariffAnswer(ctx, tariff, 0.75), input, 'premise.rate', 0.75);
}
