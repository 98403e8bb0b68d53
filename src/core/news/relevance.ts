import {
  type CueName,
  type Entity,
  Gazetteer,
  hasJapanese,
  type Mention,
  normalize,
  scanCues,
  stem,
} from '../engine/index.js';
import { type RegionName, regionNames, regionsIn } from './regions.js';

/**
 * Whether a news item is about the deal, from the fact base's own names (the engine's gazetteer)
 * and cue words: no keyword list of its own. Pure; build once per fact base version.
 *
 * Each record named in the headline or summary adds weight by its kind (docs/news.md): the deal's
 * own figures ("$550 billion", "5500億ドル") are decisive; projects, events, tranches and open
 * questions weigh most of the rest; people and companies less; the two countries, sectors and
 * goals only a little (they appear in much unrelated news). A relevant item needs the threshold
 * AND either a decisive figure or two different named records, not both companies: one name alone
 * ("Lutnick", "Tokyo") is never enough. A name counts as the company or person it names, even
 * where an event or project lists it too, and a name several records share counts once. A story
 * that names another country is halved, unless it cites the deal's figure.
 */

export const RELEVANCE_THRESHOLD = 0.7;
/** Only this much of a title and summary is read: the lead says what a story is about. */
const MAX_TEXT = 1_200;

const WEIGHT = {
  decisive: 1,
  deal: 0.3,
  record: 0.45,
  person: 0.4,
  organisation: 0.35,
  context: 0.1,
  partial: 0.1,
  cue: 0.1,
  maxCues: 0.2,
} as const;
/** Cue words about investment deals (engine/cues.ts). */
const DEAL_CUES: readonly CueName[] = ['pledge', 'japanGives', 'inReturn', 'projects', 'chosen', 'signed'];
/**
 * Sectors, goals, open questions, disputed figures (conflicts) and the deal's terms: their names
 * are common words or the competing values, written for questions ("energy", "loan", "deadline",
 * "announced", "Alabama").
 */
const CONTEXT_TYPES = new Set(['sector', 'goal', 'gap', 'conflict', 'term']);
const DIGIT = /\d/;
/** A Japanese name this short is a common noun (合意, 会談, 原油). */
const SHORT_JA = 2;

export interface Relevance {
  /** 0..1, two decimals. */
  score: number;
  /** Whether it passes: threshold, and a decisive figure or two named records. */
  relevant: boolean;
  /** Record ids that matched, strongest first. */
  matched: string[];
  lang: 'en' | 'ja' | 'other';
  /** Other countries named (ISO region codes): why a story was discounted. */
  foreign: string[];
}

export interface RelevanceIndex {
  judge(title: string, summary?: string): Relevance;
}

/** The language of a headline: Japanese script, mostly Latin letters, or something else. */
export function detectLang(text: string): 'en' | 'ja' | 'other' {
  if (hasJapanese(text)) return 'ja';
  const letters = text.match(/\p{L}/gu) ?? [];
  if (!letters.length) return 'other';
  const latin = letters.filter((c) => /[a-z]/i.test(c)).length;
  return latin / letters.length > 0.8 ? 'en' : 'other';
}

/** An exact (not typo-tolerant) Latin match has exactly the gazetteer's full specificity. */
function isExact(m: Mention): boolean {
  if (m.partial) return true;
  if (hasJapanese(m.alias)) return true;
  const words = m.alias.split(' ');
  const letters = m.alias.length - (words.length - 1);
  const full = Math.min(1, 0.45 + letters / 14 + (words.length - 1) * 0.15);
  return m.strength >= full - 1e-9;
}

/** Written as a name: a capital letter, or a figure with its unit ("$36 billion", "15%"); a bare year is not. */
function isProperName(name: string): boolean {
  return /[A-Z]/.test(name) || (/\d/.test(name) && /[\p{L}$%¥€]/u.test(name));
}

/** Records that stand for themselves when named: a company or agency, a person. */
const NAME_OWNERS = new Set(['organisation', 'person']);

/**
 * A name belongs to whom it names. When the same stretch of text is an alias of a company or a
 * person AND of another record that borrows it (the event "Piketon campus announced" lists
 * "SB Energy", the project "Toshiba power equipment" lists "東芝"), it counts as the company or
 * person only. Otherwise "SoftBank and SB Energy shares rise" would name an event and a company,
 * and a story that names two companies would pass as news of the deal's projects.
 */
function attributeNames(mentions: readonly Mention[]): Mention[] {
  const owned = new Set(
    mentions.filter((m) => !m.partial && NAME_OWNERS.has(m.entity.type)).map((m) => m.alias),
  );
  return mentions.filter((m) => m.partial || NAME_OWNERS.has(m.entity.type) || !owned.has(m.alias));
}

/**
 * Records that mostly borrow the names of others: an event ("First tranche of projects announced")
 * or an open question ("Size of the first tranche"). On a tie, the thing itself is named (the
 * tranche, the project), not the event of its making.
 */
const BORROWERS = new Set(['event', 'conflict']);
function borrowRank(m: Mention): number {
  return BORROWERS.has(m.entity.type) ? 1 : 0;
}

/** Whether alias `inner` lies within alias `outer`: whole words for Latin, characters for Japanese. */
function contains(outer: string, inner: string): boolean {
  if (hasJapanese(inner)) return outer.includes(inner);
  return ` ${outer} `.includes(` ${inner} `);
}

/** An alias as the gazetteer's mentions spell it: normalised, words stemmed; Japanese without spaces. */
function aliasKey(name: string): string {
  const norm = normalize(name);
  if (hasJapanese(norm)) return norm.replace(/ /g, '');
  return norm.split(' ').map(stem).join(' ');
}

export function createRelevance(entities: readonly Entity[]): RelevanceIndex {
  const gazetteer = new Gazetteer(entities);
  const regions = regionNames();
  // The deal's own countries: the organisations the deal's own name names ("US–Japan trade deal")
  // that are also countries. Another country the fact base knows (say, for a comparison) stays foreign.
  const deal = entities.find((e) => e.type === 'deal');
  const parties = new Set(
    (deal ? [...gazetteer.find(deal.name.en), ...gazetteer.find(deal.name.ja)] : [])
      .filter((m) => m.entity.type === 'organisation' && !m.partial)
      .map((m) => m.entity.id),
  );
  const home = new Set<string>();
  const homeEntities = new Set<string>();
  for (const r of regions) {
    for (const m of gazetteer.find(r.name)) {
      if (!parties.has(m.entity.id) || m.partial || m.alias !== aliasKey(r.name)) continue;
      home.add(r.code);
      homeEntities.add(m.entity.id);
    }
  }
  const foreignRegions: RegionName[] = regions.filter((r) => !home.has(r.code));

  /** Each entity's aliases as the gazetteer reads them, when written as a proper name (capitals, digits). */
  const proper = new Map<string, Set<string>>();
  /** Which records carry each alias: a name several records share is one piece of evidence. */
  const carriers = new Map<string, Set<string>>();
  const personal = new Map<string, { words: Set<string>; ja: string }>();
  for (const e of entities) {
    const set = new Set<string>();
    for (const name of [e.name.en, e.name.ja, ...e.aliases]) {
      const key = aliasKey(name);
      const ids = carriers.get(key) ?? new Set<string>();
      carriers.set(key, ids.add(e.id));
      if (hasJapanese(name) ? key.length > SHORT_JA : isProperName(name)) set.add(key);
    }
    proper.set(e.id, set);
    if (e.type === 'person')
      personal.set(e.id, {
        words: new Set(aliasKey(e.name.en).split(' ')),
        ja: e.name.ja.replace(/\s/g, ''),
      });
  }

  /** A person named by their name ("Lutnick", "赤沢"), not only by a title ("Prime Minister", "首相"). */
  function byName(m: Mention): boolean {
    const p = personal.get(m.entity.id);
    if (!p) return true;
    if (hasJapanese(m.alias)) {
      for (let i = 0; i + 2 <= m.alias.length; i++) if (p.ja.includes(m.alias.slice(i, i + 2))) return true;
      return false;
    }
    return m.alias.split(' ').some((w) => w.length >= 3 && p.words.has(w));
  }

  function weightOf(m: Mention): { weight: number; named: boolean; decisive: boolean } {
    if (m.partial) return { weight: WEIGHT.partial, named: false, decisive: false };
    const type = m.entity.type;
    if (type === 'deal') {
      const decisive = DIGIT.test(m.alias);
      const common = !proper.get(m.entity.id)?.has(m.alias);
      const weight = decisive ? WEIGHT.decisive : WEIGHT.deal * m.strength * (common ? 0.5 : 1);
      return { weight, named: true, decisive };
    }
    if (CONTEXT_TYPES.has(type) || homeEntities.has(m.entity.id))
      return { weight: WEIGHT.context, named: false, decisive: false };
    const base =
      type === 'person' ? WEIGHT.person : type === 'organisation' ? WEIGHT.organisation : WEIGHT.record;
    // Common words ("power plant", "trade deal") and bare titles ("Prime Minister") count half.
    const common = !proper.get(m.entity.id)?.has(m.alias) || !byName(m);
    return { weight: base * m.strength * (common ? 0.5 : 1), named: true, decisive: false };
  }

  return {
    judge(title: string, summary = ''): Relevance {
      const raw = `${title}\n${summary}`.slice(0, MAX_TEXT);
      const norm = normalize(raw);
      const mentions = attributeNames(gazetteer.find(raw).filter(isExact));
      let score = 0;
      let named = 0;
      let namedBesidesCompanies = 0;
      let decisive = false;
      const weighted: Array<{ id: string; weight: number }> = [];
      // One stretch of text is one piece of evidence: "trade deal" names the deal and the event of
      // its making, "Prime Minister's visit" a person and an event; only the weightiest counts.
      const kept: string[] = [];
      const ranked = mentions
        .map((m) => ({ m, w: weightOf(m) }))
        .sort((a, b) => b.w.weight - a.w.weight || borrowRank(a.m) - borrowRank(b.m));
      for (const { m, w } of ranked) {
        if (kept.some((alias) => contains(alias, m.alias))) continue;
        // A name shared with a record already counted ("Piketon": the Ohio project and the event of
        // its announcement) may be that record's name again: it is no second record.
        const sharedWith = carriers.get(m.alias);
        if (!m.partial && weighted.some((c) => sharedWith?.has(c.id))) continue;
        kept.push(m.alias);
        score += w.weight;
        if (w.named) named++;
        if (w.named && m.entity.type !== 'organisation') namedBesidesCompanies++;
        if (w.decisive) decisive = true;
        // One word of a longer name ("pledge" of "Four online meetings to implement the pledge")
        // adds a little weight, but is no mention to show.
        if (!m.partial) weighted.push({ id: m.entity.id, weight: w.weight });
      }
      const { cues } = scanCues(norm, raw);
      score += Math.min(WEIGHT.maxCues, DEAL_CUES.filter((c) => cues.has(c)).length * WEIGHT.cue);
      const foreign = [...regionsIn(norm, raw, foreignRegions)];
      if (foreign.length && !decisive) score *= 0.5;
      score = Math.round(Math.min(1, score) * 100) / 100;
      // Two companies alone ("Toyota and Panasonic") are business news, not yet news of the deal.
      const relevant =
        score >= RELEVANCE_THRESHOLD && (decisive || (named >= 2 && namedBesidesCompanies >= 1));
      return {
        score,
        relevant,
        matched: weighted.sort((a, b) => b.weight - a.weight).map((w) => w.id),
        lang: detectLang(title || summary),
        foreign,
      };
    },
  };
}
