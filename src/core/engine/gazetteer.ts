import type { Entity } from './knowledge.js';
import { allowedEdits, editDistance, hasJapanese, normalize, stem, words } from './text.js';

/** A name found in a question. */
export interface Mention {
  entity: Entity;
  /** The alias that matched, normalised. */
  alias: string;
  /** 0..1: how strongly the words matched (1 = exact, less for typos and short generic aliases). */
  strength: number;
  /** True when only one word of a longer name matched ("visit" of "White House visit"). */
  partial?: boolean;
  /** Token span in the question (Latin), or -1 for Japanese substring matches. */
  start: number;
  end: number;
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

/**
 * Finds entity names in a question. Latin aliases are matched word by word (plurals folded,
 * typos tolerated through a symmetric-delete index); Japanese aliases by substring through a
 * bigram index. Build cost is linear in the number of aliases; lookups touch only candidates.
 */
export class Gazetteer {
  private readonly byFirstToken = new Map<string, LatinAlias[]>();
  private readonly deletes = new Map<string, string[]>();
  private readonly cjkByBigram = new Map<string, CjkAlias[]>();
  private readonly cjkSingles = new Map<string, CjkAlias[]>();
  /** Distinctive words of multi-word names → the few entities that have them. */
  private readonly partials = new Map<string, Set<Entity>>();

  constructor(entities: readonly Entity[]) {
    const seenTokens = new Set<string>();
    for (const entity of entities) {
      const seenAliases = new Set<string>();
      for (const raw of entity.names) {
        const alias = normalize(raw);
        if (!alias || seenAliases.has(alias)) continue;
        seenAliases.add(alias);
        if (hasJapanese(alias)) {
          const compact = alias.replace(/\s+/g, '');
          const key = compact.length >= 2 ? compact.slice(0, 2) : compact;
          const map = compact.length >= 2 ? this.cjkByBigram : this.cjkSingles;
          push(map, key, { entity, alias: compact });
          continue;
        }
        const tokens = words(alias).map(stem);
        if (!tokens.length) continue;
        push(this.byFirstToken, tokens[0]!, { entity, alias, tokens });
        if (tokens.length > 1 && PARTIAL_TYPES.has(entity.type)) {
          for (const t of tokens) {
            if (t.length < 4 || GENERIC.has(t)) continue;
            const set = this.partials.get(t) ?? new Set<Entity>();
            set.add(entity);
            this.partials.set(t, set);
          }
        }
        for (const t of tokens) {
          if (seenTokens.has(t)) continue;
          seenTokens.add(t);
          if (allowedEdits(t.length) > 0) for (const del of deletions(t)) push(this.deletes, del, t);
        }
      }
    }
  }

  /** Corrects a question word to a known alias word when it is a near miss; null when none. */
  private correct(token: string): { token: string; edits: number }[] {
    const max = allowedEdits(token.length);
    if (max === 0) return [];
    const found = new Map<string, number>();
    for (const key of [token, ...deletions(token)]) {
      for (const cand of this.deletes.get(key) ?? []) {
        if (found.has(cand) || cand === token) continue;
        const d = editDistance(token, cand, Math.min(max, allowedEdits(cand.length)));
        if (d <= Math.min(max, allowedEdits(cand.length))) found.set(cand, d);
      }
    }
    // An exact alias token may also be a key of byFirstToken without being in deletes (short words).
    return [...found].map(([t, edits]) => ({ token: t, edits }));
  }

  find(question: string): Mention[] {
    const norm = normalize(question);
    const mentions: Mention[] = [];
    const qTokens = words(norm).map(stem);
    // Each question word, with its exact form and its near misses.
    const variants = qTokens.map((t) => [{ token: t, edits: 0 }, ...this.correct(t)]);

    for (let i = 0; i < qTokens.length; i++) {
      for (const first of variants[i] ?? []) {
        for (const cand of this.byFirstToken.get(first.token) ?? []) {
          let edits = first.edits;
          let ok = true;
          for (let k = 1; k < cand.tokens.length; k++) {
            const v = variants[i + k]?.find((x) => x.token === cand.tokens[k]);
            if (!v) {
              ok = false;
              break;
            }
            edits += v.edits;
          }
          if (!ok) continue;
          const letters = cand.tokens.join('').length;
          // Short single-word aliases ("pm", "us", "port") are weaker evidence than full names.
          const specificity = Math.min(1, 0.45 + letters / 14 + (cand.tokens.length - 1) * 0.15);
          const strength = specificity * (edits === 0 ? 1 : Math.max(0.55, 1 - edits * 0.2));
          mentions.push({
            entity: cand.entity,
            alias: cand.alias,
            strength,
            start: i,
            end: i + cand.tokens.length,
          });
        }
      }
    }

    // One distinctive word of a longer name, shared by at most a few entities: weak evidence that
    // lets "when is the visit?" ask back which visit.
    const named = new Set(mentions.map((m) => m.entity.id));
    qTokens.forEach((token, i) => {
      const set = this.partials.get(token);
      if (!set || set.size > PARTIAL_MAX) return;
      for (const entity of set) {
        if (named.has(entity.id)) continue;
        mentions.push({
          entity,
          alias: token,
          strength: PARTIAL_STRENGTH,
          partial: true,
          start: i,
          end: i + 1,
        });
      }
    });

    if (hasJapanese(norm)) {
      const compact = norm.replace(/\s+/g, '');
      const seen = new Set<CjkAlias>();
      for (let i = 0; i < compact.length; i++) {
        const candidates = [
          ...(this.cjkByBigram.get(compact.slice(i, i + 2)) ?? []),
          ...(this.cjkSingles.get(compact[i] ?? '') ?? []),
        ];
        for (const cand of candidates) {
          if (seen.has(cand) || !compact.startsWith(cand.alias, i)) continue;
          seen.add(cand);
          const strength = Math.min(1, 0.5 + cand.alias.length / 6);
          mentions.push({ entity: cand.entity, alias: cand.alias, strength, start: -1, end: -1 });
        }
      }
    }
    return bestPerEntity(mentions);
  }
}

const PARTIAL_MAX = 3;
/** Only names of these kinds are matched by one of their words. */
const PARTIAL_TYPES = new Set(['event', 'project']);
const PARTIAL_STRENGTH = 0.62;
/** Words too common in names to point at any one of them. */
const GENERIC = new Set(
  'deal trade meeting meetings project projects billion million sector sectors japan japanese minister secretary president prime united states group department with from that this their about first'.split(
    ' ',
  ),
);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
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
