import { allowedEdits, editDistance } from './text.js';

/**
 * Finds known words within a small edit distance of a word (symmetric deletion: a word and its
 * one-letter deletions meet the same for a substitution, insertion, deletion or adjacent swap).
 * Each deletion is a 32-bit hash, grouped by its top bits in a counting sort (linear, where a
 * comparison sort is not): 6 bytes a deletion in two typed arrays, the word's index and the
 * hash's low 16 bits. Built in two passes that hash twice rather than hold the hashes, because
 * fresh memory costs more than hashing: 100,000 words index in tens of milliseconds.
 */
export class TypoIndex {
  /** Bucket b (the hash's top bits) holds entries start[b] .. start[b + 1]. */
  private readonly start: Int32Array;
  /** Each entry's word index, and the low 16 bits of its hash (the rest is the bucket). */
  private readonly ids: Int32Array;
  private readonly low: Uint16Array;
  private readonly shift: number;

  constructor(private readonly words: readonly string[]) {
    let size = 0;
    for (const word of words) if (indexed(word)) size += word.length + 1;
    // About sixteen entries a bucket: the bucket starts stay small enough for the cache, and a
    // probe reads one short run. At least 2^16 buckets, so the bucket and the low 16 bits
    // together are the whole hash.
    const bits = Math.max(16, Math.ceil(Math.log2(Math.max(2, size / 16))));
    this.shift = 32 - bits;
    const start = new Int32Array((1 << bits) + 1);
    for (const word of words) {
      if (!indexed(word)) continue;
      const n = deletionHashes(word);
      for (let k = 0; k < n; k++) {
        const b = ((scratch.out[k] as number) >>> this.shift) + 1;
        start[b] = (start[b] as number) + 1;
      }
    }
    for (let b = 1; b < start.length; b++) start[b] = (start[b] as number) + (start[b - 1] as number);
    const fill = start.slice(0, -1);
    this.ids = new Int32Array(size);
    this.low = new Uint16Array(size);
    for (let id = 0; id < words.length; id++) {
      const word = words[id] as string;
      if (!indexed(word)) continue;
      const n = deletionHashes(word);
      for (let k = 0; k < n; k++) {
        const h = scratch.out[k] as number;
        const b = h >>> this.shift;
        const to = fill[b] as number;
        fill[b] = to + 1;
        this.ids[to] = id;
        this.low[to] = h & 0xffff;
      }
    }
    this.start = start;
  }

  /** Known words (other than the word itself) within the allowed edits, with their distance. */
  near(word: string): { word: string; edits: number }[] {
    const max = allowedEdits(word.length);
    if (max === 0) return [];
    const found = new Map<number, number>();
    const probe = (hash: number) => {
      const b = hash >>> this.shift;
      const low = hash & 0xffff;
      for (let i = this.start[b] as number; i < (this.start[b + 1] as number); i++) {
        if (this.low[i] !== low) continue;
        const id = this.ids[i] as number;
        if (found.has(id)) continue;
        const cand = this.words[id] as string;
        if (cand === word) continue;
        const limit = Math.min(max, allowedEdits(cand.length));
        const d = editDistance(word, cand, limit);
        found.set(id, d <= limit ? d : -1);
      }
    };
    const n = deletionHashes(word);
    const hashes = Array.from(scratch.out.subarray(0, n));
    for (const h of hashes) probe(h);
    const out: { word: string; edits: number }[] = [];
    for (const [id, edits] of found) if (edits > 0) out.push({ word: this.words[id] as string, edits });
    return out;
  }
}

const BASE = 0x01000193;

/** Digits are identifiers, not spelling: "summit 7" is not a typo of "summit 6". */
function indexed(word: string): boolean {
  return allowedEdits(word.length) > 0 && !/\d/.test(word);
}

/** Reused buffers for deletionHashes (grown as needed). */
const scratch = {
  prefix: new Int32Array(64),
  suffix: new Int32Array(64),
  power: new Int32Array(64),
  out: new Uint32Array(64),
};

/**
 * Polynomial hashes (mod 2^32) of a word and of each of its one-letter deletions, in O(length),
 * written to scratch.out; returns how many. Deleting letter i joins the prefix hash, shifted past
 * the rest, to the suffix hash.
 */
function deletionHashes(word: string): number {
  const n = word.length;
  if (scratch.out.length < n + 2) {
    scratch.prefix = new Int32Array(n + 2);
    scratch.suffix = new Int32Array(n + 2);
    scratch.power = new Int32Array(n + 2);
    scratch.out = new Uint32Array(n + 2);
  }
  const { prefix, suffix, power, out } = scratch;
  prefix[0] = 0;
  power[0] = 1;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = (Math.imul(prefix[i] as number, BASE) + word.charCodeAt(i)) | 0;
    power[i + 1] = Math.imul(power[i] as number, BASE);
  }
  suffix[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    suffix[i] = (Math.imul(word.charCodeAt(i), power[n - 1 - i] as number) + (suffix[i + 1] as number)) | 0;
  }
  out[0] = prefix[n] as number;
  for (let i = 0; i < n; i++) {
    out[i + 1] = Math.imul(prefix[i] as number, power[n - 1 - i] as number) + (suffix[i + 1] as number);
  }
  return n + 1;
}
