/**
 * Retrieval over the text of every claim, in both languages (MiniSearch: BM25, fuzzy and prefix
 * search). Built once per fact base, on first need. A claim's words are indexed once per distinct
 * wording (a hundred records saying the same thing are one document), without the record's names:
 * names are the gazetteer's job, and a question that names a record gives that record's claims the
 * credit for the name's words. Each search keeps only the claims reported by the day and not yet
 * replaced, whose kind of answer fits the question, and whose words cover the question's words well
 * enough. Pure: no clock of its own, the day is passed in.
 */
import MiniSearch from 'minisearch';
import type { FactBaseData, LocalizedText } from '../../factbase/schema.js';
import type { AnswerType } from '../analysis/question.js';
import { allowedEdits, editDistance } from '../text.js';
import { type Claim, type ClaimSource, claimSources, claimsOfRecord } from './claims.js';
import { HOLDS, holdsOf } from './holds.js';
import { termGroups, tokenize } from './tokens.js';

export interface Hit {
  claim: Claim;
  /** Share of the question's terms (weighted by how rare they are) the claim matches: 0..1. */
  cover: number;
  /** How many of the question's words (an English or katakana word, a kanji run) it matches. */
  words: number;
}

/** What the caller knows of the question and the day. */
export interface Query {
  question: string;
  /** 'YYYY-MM-DD': claims reported after it, or replaced by then, do not count. */
  day: string;
  expects: AnswerType;
  /** Whether a record is known on the day. */
  visible(record: string): boolean;
  /** Records the question names, with the name as typed: their claims are credited with its words. */
  named: ReadonlyMap<string, string>;
  /** A named record's source of claims (the index keeps only what its search needs). */
  record(id: string): ClaimSource | undefined;
  /** An organisation's name by id (an operator's claim names it). */
  orgName(id: string): LocalizedText | undefined;
  /** Whether the caller takes a claim (the next best is tried when not). */
  accept?(claim: Claim): boolean;
}

/** A question term the claims hardly use carries the question: weighted by inverse document frequency. */
const idf = (docs: number, df: number) => Math.log(1 + docs / (df + 1));

/** At least this share of the question's (weighted) terms must be in the claim. */
export const MIN_COVER = 0.6;
/** A claim must match at least this many of the question's words: one shared word is chance. */
export const MIN_WORDS = 2;
/** Only the best few documents are looked at. */
const CONSIDERED = 12;
/** Of a wording many records share, only this many claims are looked at. */
const PER_DOCUMENT = 16;
/** Of a named record, only this many claims are looked at. */
const PER_RECORD = 64;
/** Named records whose claims are kept between questions. */
const NAMED_KEPT = 256;
/**
 * A term in more than this share of the documents (and more than a few) says little (like "Japan"
 * here): it is left out of the question, which saves most of a search's cost.
 */
const COMMON_SHARE = 0.1;
const COMMON_AT_LEAST = 50;

const isLatin = (t: string) => /^[a-z0-9]/.test(t);
/** A typed word that is a name's word with the few typos its length allows. */
const spells = (typed: string, name: string) =>
  isLatin(name) && editDistance(typed, name, allowedEdits(name.length)) <= allowedEdits(name.length);

export class ClaimIndex {
  private readonly index: MiniSearch<number>;
  /** In how many documents (distinct wordings) each term occurs. */
  private readonly df = new Map<string, number>();
  /** The claims of each document: one claim, or the first few of a wording records share. */
  private readonly docClaims: (Claim | Claim[])[] = [];
  /** How many claims were read. */
  readonly size: number;
  /** The claims of records named lately, with their terms (a few records are named often). */
  private readonly named = new Map<string, Claim[]>();

  constructor(facts: FactBaseData) {
    const texts: string[] = [];
    const byWords = new Map<string, number>();
    const orgs = new Map(facts.organisations.map((o) => [o.id, o.name]));
    const batch: Claim[] = [];
    let size = 0;
    // Record by record: only the claims a document keeps stay in memory.
    for (const source of claimSources(facts)) {
      batch.length = 0;
      claimsOfRecord(source, (id) => orgs.get(id), batch);
      size += batch.length;
      for (const c of batch) {
        const terms = tokenize(searchText(c));
        if (!terms.length) continue;
        const key = terms.join(' ');
        const doc = byWords.get(key);
        if (doc === undefined) {
          byWords.set(key, texts.length);
          texts.push(key);
          this.docClaims.push(c);
          for (const t of new Set(terms)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
        } else {
          const had = this.docClaims[doc] as Claim | Claim[];
          if (!Array.isArray(had)) this.docClaims[doc] = [had, c];
          else if (had.length < PER_DOCUMENT) had.push(c);
        }
      }
    }
    this.size = size;
    this.index = new MiniSearch<number>({
      fields: ['t'],
      idField: 'id',
      extractField: (doc, field) => (field === 'id' ? doc : texts[doc]),
      // A document is its terms already, one space apart.
      tokenize: (text) => text.split(' '),
      processTerm: (t) => t,
    });
    this.index.addAll(texts.map((_, i) => i));
    // The index keeps its options, and with them the closure over `texts`: every wording would stay
    // in memory for nothing (the index holds its terms). Emptied, the strings are collected.
    texts.length = 0;
  }

  /** A question's words, without those too common to say anything, and each term's weight. */
  private question(text: string) {
    const df = (t: string) => this.df.get(t) ?? 0;
    // Each word once ("quarterly quarterly" is one word), without the too common ones.
    const seen = new Set<string>();
    const common = Math.max(COMMON_AT_LEAST, this.docClaims.length * COMMON_SHARE);
    const groups = termGroups(text)
      .map((g) => g.filter((t) => df(t) <= common))
      .filter((g) => {
        const key = g.join(' ');
        if (!g.length || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    const weight = weights(groups, this.docClaims.length, df);
    let total = 0;
    for (const w of weight.values()) total += w;
    return { groups, weight, total, df };
  }

  /** How many words of a question retrieval would look for. */
  words(question: string): number {
    return this.question(question).groups.length;
  }

  /**
   * How much of a question (weighted as for a claim) a text holds: 0..1 (an answer's text, say). A
   * term counts when the text contains it anywhere ("run" in "running"): a generous reading, and
   * cheaper than reading the text's words.
   */
  cover(question: string, text: string): number {
    const { weight, total } = this.question(question);
    if (!total) return 1;
    // The engine's own words, already in normal form: lower case is enough.
    const folded = text.toLowerCase();
    let sum = 0;
    for (const [t, w] of weight) if (folded.includes(t)) sum += w;
    return sum / total;
  }

  /** The best claim for the question on the day whose kind fits what it expects, or undefined. */
  find(q: Query): Hit | undefined {
    const { groups, weight, total, df } = this.question(q.question);
    if (!total) return undefined;
    // The words of each named record's name, and the question's words that spell one of them
    // (with the typos the gazetteer tolerated: "gulflnk" names GulfLink).
    const nameTerms = new Map<string, Set<string>>();
    for (const [record, name] of q.named) {
      const terms = new Set(tokenize(name));
      // Only a word no claim holds can be a typo (the edit distance is the costly part).
      for (const g of groups)
        for (const t of g)
          if (df(t) === 0 && isLatin(t) && !terms.has(t) && [...terms].some((n) => spells(t, n)))
            terms.add(t);
      nameTerms.set(record, terms);
    }
    const need = q.expects in HOLDS ? HOLDS[q.expects as keyof typeof HOLDS] : 0;
    const usable = (c: Claim) =>
      !(c.from > q.day || (c.until && c.until <= q.day)) &&
      (c.kind === 'source' || q.visible(c.record)) &&
      (!need || (holdsOf(c) & need) !== 0) &&
      (!q.accept || q.accept(c));
    let best: Hit | undefined;
    const consider = (c: Claim, matched: ReadonlySet<string>) => {
      const name = nameTerms.get(c.record);
      let sum = 0;
      let words = 0;
      for (const g of groups) {
        const hit = g.some((t) => matched.has(t) || name?.has(t));
        if (hit) words++;
        for (const t of g) if (matched.has(t) || name?.has(t)) sum += weight.get(t) ?? 0;
      }
      const cover = sum / total;
      if (cover < MIN_COVER || words < MIN_WORDS) return;
      if (!best || cover > best.cover || (cover === best.cover && words > best.words))
        best = { claim: c, cover, words };
    };
    // The claims of the records the question names, matched word by word.
    for (const record of q.named.keys())
      for (const c of this.claimsOfNamed(record, q)) if (usable(c)) consider(c, termsOf(c));
    // The best matching wordings, each through its first usable claim (a named record's first).
    const searched = [...weight.keys()];
    const results = this.index.search(searched.join(' '), {
      tokenize: () => searched,
      processTerm: (t) => t,
      // Only a word no claim holds is looked for as a typo or a prefix (a known word is searched
      // as it is): fuzzy search is the costly part, and a known word needs none.
      fuzzy: (t) => (isLatin(t) && df(t) === 0 && t.length >= 6 && t.length <= 24 ? 1 : 0),
      prefix: (t) => isLatin(t) && df(t) === 0 && t.length >= 4 && t.length <= 24,
      weights: { fuzzy: 0.6, prefix: 0.5 },
    });
    for (const r of results.slice(0, CONSIDERED)) {
      const list = this.docClaims[r.id as number] as Claim | Claim[];
      let chosen: Claim | undefined;
      for (const c of Array.isArray(list) ? list : [list]) {
        if (!usable(c)) continue;
        if (nameTerms.has(c.record)) {
          chosen = c;
          break;
        }
        chosen ??= c;
      }
      if (chosen) consider(chosen, new Set(r.queryTerms));
    }
    return best;
  }

  /** A named record's claims, read when first named and kept for the next few questions. */
  private claimsOfNamed(record: string, q: Query): Claim[] {
    let claims = this.named.get(record);
    if (claims) return claims;
    // A record not known on the day has nothing to give yet, and is asked again on a later day.
    const source = q.record(record);
    if (!source) return [];
    claims = [];
    claimsOfRecord(source, (id) => q.orgName(id), claims);
    claims = claims.slice(0, PER_RECORD);
    this.named.set(record, claims);
    if (this.named.size > NAMED_KEPT) this.named.delete(this.named.keys().next().value as string);
    return claims;
  }
}

/** A claim's terms, read once, when its record is first named (a few records are named often). */
const TERMS = new WeakMap<Claim, ReadonlySet<string>>();
function termsOf(c: Claim): ReadonlySet<string> {
  let terms = TERMS.get(c);
  if (!terms) {
    terms = new Set(tokenize(searchText(c)));
    TERMS.set(c, terms);
  }
  return terms;
}

/** The words a claim is found by: its text in both languages, and its name when that is a topic. */
function searchText(c: Claim): string {
  return c.topical ? `${c.name.en} ${c.name.ja} ${c.text.en} ${c.text.ja}` : `${c.text.en} ${c.text.ja}`;
}

/**
 * Each term's weight, its rarity. A pair of kanji no claim holds, between pairs that claims do hold,
 * straddles two words ("融資額" → "資額"): it is left out. Pairs next to another unknown pair are an
 * unknown word, and count.
 */
function weights(groups: readonly string[][], docs: number, df: (t: string) => number): Map<string, number> {
  const out = new Map<string, number>();
  for (const g of groups) {
    for (let i = 0; i < g.length; i++) {
      const t = g[i] as string;
      const straddles =
        g.length > 1 &&
        df(t) === 0 &&
        (i === 0 || df(g[i - 1] as string) > 0) &&
        (i === g.length - 1 || df(g[i + 1] as string) > 0);
      if (!straddles) out.set(t, idf(docs, df(t)));
    }
  }
  return out;
}
