import { foldKana, hasKana } from './kana-fold.js';
import type { Entity } from './knowledge.js';
import { sameWords, wordsOfName } from './name-words.js';
import { hasJapanese, normalize, normalizePlain, stem, words } from './text.js';
import { TypoIndex } from './typo-index.js';
import { stemEnd, WordTable } from './word-table.js';

/** A name found in a question. */
export interface Mention {
  entity: Entity;
  /** The alias that matched, normalised. */
  alias: string;
  /** 0..1: how strongly the words matched (1 = exact, less for typos and short generic aliases). */
  strength: number;
  /** True when only one word of a longer name matched ("visit" of "White House visit"). */
  partial?: boolean;
}

/** Only names of these kinds are matched by one of their words. */
const PARTIAL_TYPES = new Set(['event', 'project']);
const PARTIAL_MAX = 3;
const PARTIAL_STRENGTH = 0.62;
const PARTIAL_STEP = 0.09;
/** A kana name matched only once folded (another spelling) is a little weaker evidence. */
const FOLDED = 0.9;
const PARTIAL_MOST = 0.85;
const DIGIT = /\d/;
/** Words too common in names to point at any one of them. */
const GENERIC = new Set(
  'deal trade meeting meetings project projects billion million sector sectors japan japanese minister secretary president prime united states group department with from that this their about first'.split(
    ' ',
  ),
);

/**
 * Finds entity names in a question. Latin aliases are matched word by word (plurals folded,
 * typos tolerated through a TypoIndex); Japanese aliases by substring through a bigram index.
 * Build cost is linear in the number of aliases; a lookup touches only candidates.
 */
export class Gazetteer {
  /** Every distinct alias word, by id (one string each). */
  private readonly table = new WordTable();
  private readonly tokenList = this.table.words;
  private readonly typos: TypoIndex;
  /**
   * Latin aliases, compressed: alias a has entity aliasEntity[a] and word ids
   * aliasTokens[aliasOffset[a] .. aliasOffset[a + 1]); the aliases whose first word is token t are
   * byFirst[firstOffset[t] .. firstOffset[t + 1]]. Typed arrays keep 100,000 names small.
   */
  private readonly aliasEntity: Entity[] = [];
  private readonly aliasOffset: Int32Array;
  private readonly aliasTokens: Int32Array;
  private readonly firstOffset: Int32Array;
  private readonly byFirst: Int32Array;
  /**
   * Japanese aliases (spaces removed) and their entities; the aliases that start with a bigram are
   * a chain: cjkFirst.get(bigram), then cjkNext[i] until -1, in fact-base order. No object or
   * list per alias.
   */
  private readonly cjkAlias: string[] = [];
  private readonly cjkEntity: Entity[] = [];
  private readonly cjkFirst = new Map<string, number>();
  private readonly cjkNext: Int32Array;
  /** Kana aliases folded (see kana-fold.ts), by their first folded pair: alias indexes. */
  private readonly foldFirst = new Map<string, number[]>();
  private readonly foldAlias = new Map<number, string>();
  /**
   * Distinctive words of multi-word names: word t is in partialCount[t] of them (up to
   * PARTIAL_MAX; more is PARTIAL_MAX + 1, too many to point anywhere), the aliases
   * partialAlias[t * PARTIAL_MAX ..]. Indexed by word id: no map, no list per word.
   */
  private readonly partialCount: Uint8Array;
  private readonly partialAlias: Int32Array;

  constructor(entities: readonly Entity[]) {
    const offsets: number[] = [0];
    const tokens: number[] = [];
    const seen: string[] = [];
    const addName = (entity: Entity, raw: string) => {
      const plainAlias = normalizePlain(raw);
      const plain = plainAlias !== undefined;
      const alias = plainAlias ?? normalize(raw);
      if (!alias || seen.includes(alias)) return;
      seen.push(alias);
      if (!plain && hasJapanese(alias)) {
        const compact = alias.includes(' ') ? alias.replace(/ /g, '') : alias;
        if (compact.length >= 2) {
          this.cjkAlias.push(compact);
          this.cjkEntity.push(entity);
        }
        return;
      }
      if (plain) {
        // Words read in place: a space-separated ASCII alias needs no split.
        for (let from = 0; from < alias.length; ) {
          let to = alias.indexOf(' ', from);
          if (to < 0) to = alias.length;
          const end = stemEnd(alias, from, to);
          tokens.push(this.table.intern(alias, from, end, end === to - 3));
          from = to + 1;
        }
      } else {
        const words_ = words(alias);
        if (!words_.length) return;
        for (const w of words_) {
          const stemmed = stem(w);
          tokens.push(this.table.intern(stemmed, 0, stemmed.length, false));
        }
      }
      offsets.push(tokens.length);
      this.aliasEntity.push(entity);
    };
    for (const entity of entities) {
      seen.length = 0;
      addName(entity, entity.name.en);
      addName(entity, entity.name.ja);
      for (const alias of entity.aliases) addName(entity, alias);
    }
    // Chains built back to front come out in fact-base order.
    for (let i = 0; i < this.cjkAlias.length; i++) {
      const alias = this.cjkAlias[i] as string;
      if (!hasKana(alias)) continue;
      const folded = foldKana(alias).text;
      if (folded.length < 3) continue;
      this.foldAlias.set(i, folded);
      const pair = folded.slice(0, 2);
      const list = this.foldFirst.get(pair);
      if (list) list.push(i);
      else this.foldFirst.set(pair, [i]);
    }
    this.cjkNext = new Int32Array(this.cjkAlias.length);
    for (let i = this.cjkAlias.length - 1; i >= 0; i--) {
      const bigram = (this.cjkAlias[i] as string).slice(0, 2);
      this.cjkNext[i] = this.cjkFirst.get(bigram) ?? -1;
      this.cjkFirst.set(bigram, i);
    }
    this.aliasOffset = Int32Array.from(offsets);
    this.aliasTokens = Int32Array.from(tokens);
    // Group aliases by their first word (a counting sort).
    const count = new Int32Array(this.tokenList.length + 1);
    const firstOf = (a: number) => this.aliasTokens[this.aliasOffset[a] as number] as number;
    for (let a = 0; a < this.aliasEntity.length; a++) {
      const slot = firstOf(a) + 1;
      count[slot] = (count[slot] as number) + 1;
    }
    for (let t = 0; t < this.tokenList.length; t++)
      count[t + 1] = (count[t + 1] as number) + (count[t] as number);
    this.firstOffset = Int32Array.from(count);
    this.byFirst = new Int32Array(this.aliasEntity.length);
    const fill = Int32Array.from(count);
    for (let a = 0; a < this.aliasEntity.length; a++) {
      const first = firstOf(a);
      const at = fill[first] as number;
      this.byFirst[at] = a;
      fill[first] = at + 1;
    }
    this.partialCount = new Uint8Array(this.tokenList.length);
    this.partialAlias = new Int32Array(this.tokenList.length * PARTIAL_MAX);
    this.addPartials();
    this.typos = new TypoIndex(this.tokenList);
  }

  /** Fills partialCount and partialAlias from the multi-word names of events and projects. */
  private addPartials(): void {
    const { partialCount: count, partialAlias: slots, aliasEntity, aliasOffset, aliasTokens } = this;
    /** Per word: 0 not yet looked at, 1 distinctive, 2 not (short, generic, or with a digit). */
    const distinctive = new Uint8Array(this.tokenList.length);
    for (let a = 0; a < aliasEntity.length; a++) {
      const entity = aliasEntity[a] as Entity;
      const from = aliasOffset[a] as number;
      const to = aliasOffset[a + 1] as number;
      if (to - from < 2 || !PARTIAL_TYPES.has(entity.type)) continue;
      for (let k = from; k < to; k++) {
        const t = aliasTokens[k] as number;
        if (distinctive[t] === 0) {
          const word = this.tokenList[t] as string;
          distinctive[t] = word.length < 4 || GENERIC.has(word) || DIGIT.test(word) ? 2 : 1;
        }
        const n = count[t] as number;
        if (distinctive[t] === 2 || n > PARTIAL_MAX) continue;
        let known = false;
        for (let j = 0; j < n; j++)
          if (aliasEntity[slots[t * PARTIAL_MAX + j] as number] === entity) known = true;
        if (known) continue;
        if (n === PARTIAL_MAX) count[t] = PARTIAL_MAX + 1;
        else {
          slots[t * PARTIAL_MAX + n] = a;
          count[t] = n + 1;
        }
      }
    }
  }

  /** The entities a distinctive word of their names may point at alone (at most PARTIAL_MAX). */
  private partialsOf(token: string): Entity[] {
    const t = this.table.get(token);
    if (t === undefined) return [];
    const n = this.partialCount[t] as number;
    if (n > PARTIAL_MAX) return [];
    const out: Entity[] = [];
    for (let j = 0; j < n; j++)
      out.push(this.aliasEntity[this.partialAlias[t * PARTIAL_MAX + j] as number] as Entity);
    return out;
  }

  /** Whether a (stemmed) word appears in any name. */
  knows(word: string): boolean {
    return this.table.get(word) !== undefined;
  }

  find(question: string): Mention[] {
    const norm = normalize(question);
    const mentions: Mention[] = [];
    const qTokens = words(norm).map(stem);
    // Each question word as word ids: itself when known, else its near misses.
    const variants = qTokens.map((t) => {
      const id = this.table.get(t);
      const same = sameWords(t)
        .map((w) => this.table.get(w))
        .filter((x): x is number => x !== undefined && x !== id)
        .map((x) => ({ id: x, edits: 0 }));
      if (id !== undefined) return [{ id, edits: 0 }, ...same];
      if (same.length) return same;
      return this.typos.near(t).map((n) => ({ id: this.table.get(n.word) as number, edits: n.edits }));
    });

    for (let i = 0; i < qTokens.length; i++) {
      for (const first of variants[i] ?? []) {
        for (
          let f = this.firstOffset[first.id] as number;
          f < (this.firstOffset[first.id + 1] as number);
          f++
        ) {
          const a = this.byFirst[f] as number;
          const from = this.aliasOffset[a] as number;
          const length = (this.aliasOffset[a + 1] as number) - from;
          let edits = first.edits;
          let ok = true;
          for (let k = 1; k < length && ok; k++) {
            const v = variants[i + k]?.find((x) => x.id === this.aliasTokens[from + k]);
            if (v) edits += v.edits;
            else ok = false;
          }
          if (!ok) continue;
          let letters = 0;
          for (let k = 0; k < length; k++)
            letters += (this.tokenList[this.aliasTokens[from + k] as number] as string).length;
          // Short single-word aliases ("pm", "us", "port") are weaker evidence than full names.
          const specificity = Math.min(1, 0.45 + letters / 14 + (length - 1) * 0.15);
          const strength = specificity * (edits === 0 ? 1 : Math.max(0.55, 1 - edits * 0.2));
          const alias = Array.from(
            this.aliasTokens.subarray(from, from + length),
            (t) => this.tokenList[t],
          ).join(' ');
          mentions.push({ entity: this.aliasEntity[a] as Entity, alias, strength });
        }
      }
    }

    // One distinctive word of a longer name, shared by at most a few entities: weak evidence that
    // lets "when is the visit?" ask back which visit.
    const named = new Set(mentions.map((m) => m.entity.id));
    for (const token of qTokens) {
      for (const entity of this.partialsOf(token)) {
        if (!named.has(entity.id)) {
          // More words of one of its names ("ohio … plant" of "Ohio gas plant") point at it more surely.
          const more = wordsOfName(entity, token, qTokens) - 1;
          const strength = Math.min(PARTIAL_MOST, PARTIAL_STRENGTH + more * PARTIAL_STEP);
          mentions.push({ entity, alias: token, strength, partial: true });
        }
      }
    }

    if (hasJapanese(norm)) {
      const compact = norm.replace(/\s+/g, '');
      const seen = new Set<number>();
      for (let i = 0; i < compact.length - 1; i++) {
        for (
          let a = this.cjkFirst.get(compact.slice(i, i + 2)) ?? -1;
          a >= 0;
          a = this.cjkNext[a] as number
        ) {
          const alias = this.cjkAlias[a] as string;
          if (seen.has(a) || !compact.startsWith(alias, i)) continue;
          seen.add(a);
          mentions.push({
            entity: this.cjkEntity[a] as Entity,
            alias,
            strength: Math.min(1, 0.5 + alias.length / 6),
          });
        }
      }
      if (hasKana(compact)) this.findFolded(compact, seen, mentions);
    }
    return bestPerEntity(mentions);
  }

  /** Kana names spelt another way ("ラトニク", "だいやもんど"): matched folded, named as typed. */
  private findFolded(compact: string, seen: Set<number>, mentions: Mention[]): void {
    const q = foldKana(compact);
    for (let i = 0; i < q.text.length - 1; i++) {
      for (const a of this.foldFirst.get(q.text.slice(i, i + 2)) ?? []) {
        const folded = this.foldAlias.get(a) as string;
        if (seen.has(a) || !q.text.startsWith(folded, i)) continue;
        seen.add(a);
        const typed = compact.slice(q.at[i], (q.at[i + folded.length - 1] as number) + 1);
        mentions.push({
          entity: this.cjkEntity[a] as Entity,
          alias: typed,
          strength: FOLDED * Math.min(1, 0.5 + folded.length / 6),
        });
      }
    }
  }
}

/** Keeps each entity's strongest mention, strongest first. */
function bestPerEntity(mentions: Mention[]): Mention[] {
  const best = new Map<string, Mention>();
  for (const m of mentions) {
    const prev = best.get(m.entity.id);
    if (!prev || m.strength > prev.strength) best.set(m.entity.id, m);
  }
  return [...best.values()].sort((a, b) => b.strength - a.strength);
}
