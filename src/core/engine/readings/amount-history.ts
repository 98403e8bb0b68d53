/**
 * How a project's amount changed between reports (#12, two records at once: a figure then and now):
 * "how did the Ohio figure change from the early reports?", "is the port more than first reported?",
 * "当初の報道からいくら変わった？". Every figure reported by the clock's day, in the order reported,
 * with the day and the first source of each; a yes/no question gets its "Yes"/"No" first.
 */
import type { MoneyValue } from '../../factbase/schema-common.js';
import type { ProjectNow } from '../../knowledge/view.js';
import { formatDayKey } from '../../time/dates.js';
import { stateIn } from '../analysis/us-states.js';
import { type Draft, item } from '../compose.js';
import type { Ctx } from '../context.js';
import { formatMoney } from '../money.js';
import type { ReadingScope } from './reading.js';

const CHANGE = {
  en: /\b(chang\w*|first reported|early reports?|earlier reports?|initial(ly)?|originally|original figure|at first|pre-?reports?|revised|went (up|down)|before selection)\b/,
  ja: /当初|最初の報道|事前の報道|事前報道|変わ|変化|変更|修正|減った|増えた/,
};
const YES_NO = /^(is|was|did|has|does)\b/;
const MORE = /\b(more|bigger|larger|higher|up)\b|増え|上回/;
const LESS = /\b(less|smaller|lower|down|cut)\b|減っ|下回/;

const WORDS = {
  en: {
    title: (name: string) => `How the figure for the ${name} changed`,
    lead: (name: string, steps: string) => `Reported figures for the ${name}, in order: ${steps}.`,
    step: (money: string, day: string) => `${money} (${day})`,
    same: (name: string, money: string) => `The ${name} has been reported at ${money} throughout.`,
    yes: 'Yes. ',
    no: 'No. ',
    arrow: ' → ',
  },
  ja: {
    title: (name: string) => `${name}の金額の推移`,
    lead: (name: string, steps: string) => `${name}の報道された金額は順に${steps}。`,
    step: (money: string, day: string) => `${money}（${day}）`,
    same: (name: string, money: string) => `${name}の金額は一貫して${money}と報じられている。`,
    yes: 'はい。',
    no: 'いいえ。',
    arrow: ' → ',
  },
} as const;

interface Step {
  value: MoneyValue;
  reported: string;
  sources: string[];
}

/** The figures reported by the day, first report of each value, in the order reported. */
function steps(ctx: Ctx, p: ProjectNow): Step[] {
  const seen = new Map<string, Step>();
  const sorted = [...p.record.amount]
    .filter((o) => o.reported <= ctx.day)
    .sort((a, b) => a.reported.localeCompare(b.reported));
  for (const o of sorted) {
    const key = `${o.value.currency}:${o.value.amount}`;
    const prev = seen.get(key);
    if (prev) prev.sources.push(...o.cite.map((c) => c.source));
    else seen.set(key, { value: o.value, reported: o.reported, sources: o.cite.map((c) => c.source) });
  }
  return [...seen.values()];
}

function history(ctx: Ctx, p: ProjectNow, text: string, confidence: number): Draft {
  const { lang } = ctx;
  const w = WORDS[lang];
  const location = p.location?.value[lang];
  const state = location ? stateIn(location, lang) : undefined;
  const bare = lang === 'en' ? p.name.en.charAt(0).toLowerCase() + p.name.en.slice(1) : p.name.ja;
  const name = state ? (lang === 'en' ? `${bare} (${state})` : `${bare}（${state}）`) : bare;
  const all = steps(ctx, p);
  const first = all[0];
  const last = all.at(-1);
  let lead =
    all.length > 1
      ? w.lead(
          name,
          all.map((s) => w.step(formatMoney(s.value, lang), formatDayKey(s.reported, lang))).join(w.arrow),
        )
      : w.same(name, first ? formatMoney(first.value, lang) : '');
  // "Is it more than first reported?": the last figure against the first, in one currency.
  if (YES_NO.test(text) && first && last && first.value.currency === last.value.currency) {
    const up = last.value.amount > first.value.amount;
    const down = last.value.amount < first.value.amount;
    const asked = MORE.test(text) ? up : LESS.test(text) ? down : undefined;
    if (asked !== undefined) lead = `${asked ? w.yes : w.no}${lead}`;
  }
  return {
    kind: 'answer',
    intent: 'amounts.history',
    title: w.title(name),
    lead,
    items: all.map((s) => item(p.id, formatMoney(s.value, lang), lang, { date: s.reported })),
    facts: [p.id],
    sources: [...new Set(all.flatMap((s) => s.sources))],
    confidence,
  };
}

/** A project named with words of change ("first reported", "当初"): its figures over time. */
export function amountHistoryReadings({ ctx, a, of, partialOf, add }: ReadingScope): void {
  const raw = a.text;
  if (!CHANGE.en.test(raw) && !CHANGE.ja.test(raw)) return;
  const named = [...of('project'), ...partialOf('project')].sort((x, y) => y.strength - x.strength)[0];
  const p = named ? ctx.kb.projects.get(named.entity.id) : undefined;
  if (!p || !named || steps(ctx, p).length < 1) return;
  add({
    key: `amounts.history.${p.id}`,
    // Words of change with a project named in full outweigh "first" read as "the first project".
    score: named.partial ? 0.96 * Math.max(named.strength, 0.8) : 0.97,
    label: p.name[ctx.lang],
    question: '',
    run: (c, s) => history(c, p, raw, s),
  });
}
