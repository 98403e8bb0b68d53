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

interface LatinAlias {
  entity: Entity;
  alias: string;
  tokens: string[];
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
  private readonly byFirstToken = new Map<string, LatinAlias[]>();
  private readonly tokens = new Map<string, number>();
  private readonly typos: TypoIndex;
  private readonly cjkByBigram = new Map<string, CjkAlias[]>();
  /** Distinctive words of multi-word names → the few entities that have them (null: too many). */
  private readonly partials = new Map<string, Entity[] | null>();

  constructor(entities: readonly Entity[]) {
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
        const tokens = words(alias).map(stem);
        if (!tokens.length) continue;
        push(this.byFirstToken, tokens[0] as string, { entity, alias, tokens });
        for (const t of tokens) if (!this.tokens.has(t)) this.tokens.set(t, this.tokens.size);
        if (tokens.length > 1 && PARTIAL_TYPES.has(entity.type)) this.addPartials(entity, tokens);
      }
    }
    this.typos = new TypoIndex([...this.tokens.keys()]);
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
    return this.tokens.has(word);
  }

  find(question: string): Mention[] {
    const norm = normalize(question);
    const mentions: Mention[] = [];
    const qTokens = words(norm).map(stem);
    // Each question word, with its exact form and, when it is no known word, its near misses.
    const variants = qTokens.map((t) => (this.tokens.has(t) ? [{ word: t, edits: 0 }] : this.typos.near(t)));

    for (let i = 0; i < qTokens.length; i++) {
      for (const first of variants[i] ?? []) {
        for (const cand of this.byFirstToken.get(first.word) ?? []) {
          let edits = first.edits;
          let ok = true;
          for (let k = 1; k < cand.tokens.length && ok; k++) {
            const v = variants[i + k]?.find((x) => x.word === cand.tokens[k]);
            if (v) edits += v.edits;
            else ok = false;
          }
          if (!ok) continue;
          const letters = cand.tokens.join('').length;
          // Short single-word aliases ("pm", "us", "port") are weaker evidence than full names.
          const specificity = Math.min(1, 0.45 + letters / 14 + (cand.tokens.length - 1) * 0.15);
          const strength = specificity * (edits === 0 ? 1 : Math.max(0.55, 1 - edits * 0.2));
          mentions.push({ entity: cand.entity, alias: cand.alias, strength });
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
