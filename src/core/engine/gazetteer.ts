import type { Entity } from './knowledge.js';
import { hasJapanese, normalize, stem, words } from './text.js';
import { TypoIndex } from './typo-index.js';

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

interface CjkAlias {
  entity: Entity;
  alias: string;
}

/** Only names of these kinds are matched by one of their words. */
const PARTIAL_TYPES = new Set(['event', 'project']);
const PARTIAL_MAX = 3;
const PARTIAL_STRENGTH = 0.62;
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
  private readonly tokenList: string[] = [];
  private readonly tokenIds = new Map<string, number>();
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
  private readonly cjkByBigram = new Map<string, CjkAlias[]>();
  /** Distinctive words of multi-word names → the few entities that have them (null: too many). */
  private readonly partials = new Map<string, Entity[] | null>();

  constructor(entities: readonly Entity[]) {
    const offsets: number[] = [0];
    const tokens: number[] = [];
    for (const entity of entities) {
      const seen = new Set<string>();
      for (const raw of entity.names) {
        const alias = normalize(raw);
        if (!alias || seen.has(alias)) continue;
        seen.add(alias);
        if (hasJapanese(alias)) {
          const compact = alias.replace(/\s+/g, '');
          if (compact.length >= 2) push(this.cjkByBigram, compact.slice(0, 2), { entity, alias: compact });
          continue;
        }
        const words_ = words(alias).map(stem);
        if (!words_.length) continue;
        for (const w of words_) tokens.push(this.intern(w));
        offsets.push(tokens.length);
        this.aliasEntity.push(entity);
        if (words_.length > 1 && PARTIAL_TYPES.has(entity.type)) this.addPartials(entity, words_);
      }
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
    this.typos = new TypoIndex(this.tokenList);
  }

  private intern(word: string): number {
    let id = this.tokenIds.get(word);
    if (id === undefined) {
      id = this.tokenList.length;
      this.tokenList.push(word);
      this.tokenIds.set(word, id);
    }
    return id;
  }

  private addPartials(entity: Entity, tokens: string[]): void {
    for (const t of tokens) {
      if (t.length < 4 || GENERIC.has(t) || /\d/.test(t)) continue;
      const list = this.partials.get(t);
      if (list === null) continue;
      if (!list) this.partials.set(t, [entity]);
      else if (!list.includes(entity)) {
        if (list.length >= PARTIAL_MAX) this.partials.set(t, null);
        else list.push(entity);
      }
    }
  }

  /** Whether a (stemmed) word appears in any name. */
  knows(word: string): boolean {
    return this.tokenIds.has(word);
  }

  find(question: string): Mention[] {
    const norm = normalize(question);
    const mentions: Mention[] = [];
    const qTokens = words(norm).map(stem);
    // Each question word as word ids: itself when known, else its near misses.
    const variants = qTokens.map((t) => {
      const id = this.tokenIds.get(t);
      if (id !== undefined) return [{ id, edits: 0 }];
      return this.typos.near(t).map((n) => ({ id: this.tokenIds.get(n.word) as number, edits: n.edits }));
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
      for (const entity of this.partials.get(token) ?? []) {
        if (!named.has(entity.id))
          mentions.push({ entity, alias: token, strength: PARTIAL_STRENGTH, partial: true });
      }
    }

    if (hasJapanese(norm)) {
      const compact = norm.replace(/\s+/g, '');
      const seen = new Set<CjkAlias>();
      for (let i = 0; i < compact.length - 1; i++) {
        for (const cand of this.cjkByBigram.get(compact.slice(i, i + 2)) ?? []) {
          if (seen.has(cand) || !compact.startsWith(cand.alias, i)) continue;
          seen.add(cand);
          mentions.push({
            entity: cand.entity,
            alias: cand.alias,
            strength: Math.min(1, 0.5 + cand.alias.length / 6),
          });
        }
      }
    }
    return bestPerEntity(mentions);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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
