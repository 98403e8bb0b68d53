import type { Lang } from '../answer/answer.js';
import type { ConflictRecord } from '../factbase/schema.js';
import { formatDayKey } from '../time/dates.js';
import type { QuestionAnalysis } from './analysis/question.js';
import { shared, sharedWords, topicTerms } from './analysis/terms.js';
import { type Draft, item } from './compose.js';
import type { Ctx } from './context.js';
import { conflictAnswer } from './handlers/records.js';
import type { Knowledge } from './knowledge.js';
import { provenance } from './provenance.js';

/** A declared disagreement known on a day, with what a question and an answer are matched against. */
interface Side {
  conflict: ConflictRecord;
  /** The positions reported by the day. */
  positions: ConflictRecord['positions'];
  /** Terms of the topic and aliases: what the disagreement is about. */
  topic: ReadonlySet<string>;
  /** Terms of what the positions say. */
  said: ReadonlySet<string>;
  /** The aliases, lower case: words that show a question is about this disagreement. */
  aliases: readonly string[];
  /** Per language, per position: the figures that tell it apart from the other positions ("33.3", "10%"). */
  figures: Record<Lang, RegExp[][]>;
}

/** The disagreements of a day, by each record they concern (and by their own id), and by topic term. */
interface Sides {
  byRecord: Map<string, Side[]>;
  byTerm: Map<string, Side[]>;
}

const CACHE = new WeakMap<Knowledge, Sides>();

function sidesOf(kb: Knowledge): Sides {
  const cached = CACHE.get(kb);
  if (cached) return cached;
  const byRecord = new Map<string, Side[]>();
  const byTerm = new Map<string, Side[]>();
  const push = (map: Map<string, Side[]>, key: string, side: Side) => {
    const list = map.get(key);
    if (list) list.push(side);
    else map.set(key, [side]);
  };
  for (const c of kb.facts.conflicts) {
    const positions = c.positions.filter((p) => p.reported <= kb.facts.day);
    if (positions.length < 2) continue;
    const side: Side = {
      conflict: c,
      positions,
      topic: topicTerms([c.topic.en, c.topic.ja, ...c.aliases].join(' ')),
      said: topicTerms(positions.flatMap((p) => [p.summary.en, p.summary.ja]).join(' ')),
      aliases: c.aliases.map((a) => a.normalize('NFKC').toLowerCase()).filter((a) => a.length > 2),
      figures: {
        en: distinctive(positions, 'en', c.topic.en),
        ja: distinctive(positions, 'ja', c.topic.ja),
      },
    };
    for (const id of new Set([c.id, ...c.about])) push(byRecord, id, side);
    for (const term of side.topic) push(byTerm, term, side);
  }
  const sides = { byRecord, byTerm };
  CACHE.set(kb, sides);
  return sides;
}

/** A term shared by more disagreements than this does not point at one (large fact bases). */
const MAX_POSTING = 50;
/** How many of an answer's records are looked at for disagreements. */
const MAX_FACTS = 4;

/** A year tells no side apart from another: most positions of a dated record share it. */
const YEAR = /^(19|20)\d\d$/;
const FIGURE = /\d[\d,]*(?:\.\d+)?\s?[%％]?/g;

/**
 * The figures of each position that no other position gives (two digits or more, a decimal or a
 * percentage). A figure of the topic names what is disputed ("what the $550 billion is"), not a side.
 */
function distinctive(positions: ConflictRecord['positions'], lang: Lang, topic: string): RegExp[][] {
  const subject = new Set(
    [...topic.normalize('NFKC').matchAll(FIGURE)].map((m) => m[0].replace(/\s/g, '').replace(/,/g, '')),
  );
  const per = positions.map((p) => {
    const text = p.summary[lang].normalize('NFKC');
    return new Set(
      [...text.matchAll(FIGURE)]
        .map((m) => {
          const f = m[0].replace(/\s/g, '').replace(/,/g, '');
          // A day of a date ("February 17", "2月17日") is that date, not the number 17 anywhere.
          const at = m.index ?? 0;
          const day =
            MONTH_BEFORE.test(text.slice(Math.max(0, at - 12), at)) ||
            MONTH_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 12)) ||
            text.startsWith('日', at + m[0].length);
          return day ? `day:${f}` : f;
        })
        .filter((f) => (f.length >= 2 || f.includes('%')) && !YEAR.test(f) && !subject.has(f)),
    );
  });
  return per.map((mine, i) =>
    [...mine].filter((f) => !per.some((other, j) => j !== i && other.has(f))).map(figureRegExp),
  );
}

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_BEFORE = new RegExp(`(${MONTH_NAMES})\\s*$`);
const MONTH_AFTER = new RegExp(`^\\s*(${MONTH_NAMES})`);

/**
 * The figure as a whole number in a text: "33" is not found in "33.3" nor in "133"; a day ("day:17")
 * only as a day ("February 17", "17 February", "2月17日").
 */
function figureRegExp(figure: string): RegExp {
  if (figure.startsWith('day:')) {
    const d = figure.slice(4);
    return new RegExp(`(${MONTH_NAMES})\\s+${d}(?!\\d)|(?<!\\d)${d}\\s+(${MONTH_NAMES})|(?<![\\d.])${d}日`);
  }
  const escaped = figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.])${escaped}(?![\\d]|[.]\\d)`);
}

/** Intents whose answer is about something else than a recorded value: never given sides. */
const SKIP = /^(conflict|unknown|premise|commenter|help|meta|greeting|thanks|sources|error)/;

/**
 * Any answer that rests on a value the sources disagree about shows every side, each with its source
 * and day. A declared disagreement applies when it concerns a record the question names or the answer
 * rests on, and the question asks about it (its words, an alias, one side's figure) or the answer
 * states one side's figure; or when the question asks about it in its topic's own words. Sides already
 * shown are not repeated. When the answer asks back ("did you mean…?") and the question is about a
 * disagreement, the disagreement is the answer.
 */
export function withConflicts(ctx: Ctx, q: QuestionAnalysis, draft: Draft): Draft {
  if (SKIP.test(draft.intent) || draft.kind === 'unknown') return draft;
  const { kb, lang, t } = ctx;
  const { byRecord, byTerm } = sidesOf(kb);
  if (!byRecord.size) return draft;
  const facts = draft.facts ?? [];
  // A record named but passed over for another of its kind ("the March visit" over the visit the
  // alias names) is not what the answer is about.
  const first = facts[0];
  const firstType = first ? kb.record(first)?.type : undefined;
  const named = q.focus
    .filter((x) => !x.partial && !(firstType && x.entity.id !== first && x.entity.type === firstType))
    .map((x) => x.entity.id);
  const rests = facts.slice(0, MAX_FACTS);
  let rest = q.raw.normalize('NFKC').toLowerCase();
  for (const x of q.focus) if (!x.partial) rest = rest.split(x.alias.toLowerCase()).join(' ');
  const asked = topicTerms(rest);
  const candidates = new Set<Side>();
  // The records an answer rests on come first in its facts; a long list's tail is not what it rests on.
  for (const id of [...named, ...rests]) for (const s of byRecord.get(id) ?? []) candidates.add(s);
  for (const term of asked) {
    const list = byTerm.get(term);
    if (list && list.length <= MAX_POSTING) for (const s of list) candidates.add(s);
  }
  if (!candidates.size) return draft;
  const question = q.raw.normalize('NFKC').toLowerCase().replace(/,/g, '');
  // The answer's text, built once and only when a disagreement on its records needs it.
  let shownText: string | undefined;
  const shown = () => {
    shownText ??= [
      draft.title,
      draft.lead,
      ...(draft.items ?? []).flatMap((i) => [i.label, i.detail ?? '']),
      ...(draft.notes ?? []),
    ]
      .join('\n')
      .replace(/,/g, '')
      .replace(/％/g, '%');
    return shownText;
  };
  const all: { side: Side; weight: number; asks: boolean; applies: boolean }[] = [];
  let wholeTerms: ReadonlySet<string> | undefined;
  for (const side of candidates) {
    const c = side.conflict;
    const about = [c.id, ...c.about];
    const onFocus = about.some((id) => named.includes(id));
    const onRecord = about.some((id) => rests.includes(id));
    const onFirst = facts[0] !== undefined && about.includes(facts[0]);
    // A disagreement about a record the question names, asked about in other words too, counts the
    // name's words ("the tariff after the court ruling": the ruling is named, its rate is disputed);
    // the name alone asks nothing ("Ohio or Texas, which is bigger?" is not about Ohio's date).
    const own = shared(asked, side.topic);
    if (onFocus) wholeTerms ??= topicTerms(q.raw);
    const topic = onFocus && wholeTerms ? sharedWords(wholeTerms, side.topic) : own;
    // Neither on the question's records nor the answer's, nor asked in its own words: not this one.
    if (!onFocus && !onRecord && topic < 2) continue;
    const figures = side.figures[lang];
    const askedByName =
      side.aliases.some((a) => question.includes(a)) ||
      figures.some((fs) => fs.some((f) => f.test(question)));
    const asks = askedByName || topic + 0.5 * shared(asked, side.said) >= 1.5;
    const text = shown();
    const present = figures.map((fs) => fs.some((f) => f.test(text)));
    // Every side already in the answer: nothing to add.
    if (present.every(Boolean)) continue;
    const uses = present.some(Boolean);
    // About a record named or used and asked about; about the answer's own record, one of whose
    // figures it states; or asked in its own words.
    // A list rests on none of its items alone: a disagreement about one of them is shown when asked.
    const applies =
      draft.kind === 'list'
        ? askedByName && (onFocus || onRecord || topic >= 2)
        : ((onFocus || onRecord) && asks) || (onFirst && uses) || topic >= 2;
    const weight = topic + (asks ? 2 : 0) + (onFocus ? 1 : 0) + (onRecord ? 1 : 0) + (uses ? 1 : 0);
    all.push({ side, weight, asks, applies });
  }
  all.sort((a, b) => b.weight - a.weight);
  // Asked back ("did you mean…?") between records, one of which the disagreement the question asks
  // about concerns: the disagreement answers.
  if (draft.kind === 'ambiguous') {
    const options = new Set((draft.items ?? []).map((i) => i.label));
    const whole = topicTerms(q.raw);
    const pick = all.find(
      (a) =>
        a.side.conflict.about.some((id) => options.has(kb.nameOf(id, lang))) &&
        (a.asks || shared(whole, a.side.topic) >= 2),
    );
    if (pick) return conflictAnswer(ctx, pick.side.conflict, Math.max(0.7, Math.min(draft.confidence, 0.9)));
  }
  if (draft.kind === 'ambiguous') return draft;
  const applicable = all.filter((a) => a.applies);
  if (!applicable.length) return draft;
  const chosen = applicable.slice(0, 2).map((a) => a.side);
  const sources = new Set(draft.sources ?? citedBy(kb, facts));
  const items = chosen.flatMap((side) =>
    side.positions.map((p, i) => {
      const prov = provenance(ctx, p.cite);
      for (const s of prov.sources) sources.add(s);
      const date = formatDayKey(p.reported, lang);
      // Not a record id: a follow-up's "the third one" counts the answer's own items.
      return item(`sides:${side.conflict.id}:${i + 1}`, p.summary[lang], lang, {
        detail: prov.text ? (lang === 'ja' ? `${prov.text}（${date}）` : `${prov.text} (${date})`) : date,
        status: prov.caution ?? 'conflicting',
      });
    }),
  );
  const gap = lang === 'ja' ? '' : ' ';
  const said = chosen.map((s) => t.conflictLead(s.conflict.topic[lang], s.positions.length)).join(gap);
  return {
    ...draft,
    lead: `${draft.lead}${gap}${said}`,
    items: [...items, ...(draft.items ?? [])],
    sources: [...sources],
  };
}

/** The sources the records of an answer cite (what compose shows when a draft names none). */
function citedBy(kb: Knowledge, ids: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const r = kb.record(id)?.record as { cite?: { source: string }[] } | undefined;
    for (const c of r?.cite ?? []) out.push(c.source);
  }
  return out;
}
