import { allowedEdits, editDistance } from './text.js';

/**
 * Finds known words within a small edit distance of a word (symmetric deletion: a word and its
 * one-letter deletions meet the same for a substitution, insertion, deletion or adjacent swap).
 * The deletions are stored as 32-bit hashes packed with the word's index in one sorted
 * Float64Array: ~10 bytes a deletion, so 200,000 words index in a few hundred milliseconds.
 */
export class TypoIndex {
  private readonly keys: Float64Array;

  constructor(private readonly words: readonly string[]) {
    // Count first, then fill one typed array: no boxed numbers, nothing for the GC to chase.
    let size = 0;
    for (const word of words) if (indexed(word)) size += word.length + 1;
    const keys = new Float64Array(size);
    let at = 0;
    words.forEach((word, id) => {
      if (!indexed(word)) return;
      const n = deletionHashes(word);
      for (let k = 0; k < n; k++) keys[at++] = (scratch.out[k] as number) * ID_SPACE + id;
    });
    this.keys = keys.sort();
  }

  /** Known words (other than the word itself) within the allowed edits, with their distance. */
  near(word: string): { word: string; edits: number }[] {
    const max = allowedEdits(word.length);
    if (max === 0) return [];
    const found = new Map<number, number>();
    const probe = (key: number) => {
      const h = key * ID_SPACE;
      for (
        let i = lowerBound(this.keys, h);
        i < this.keys.length && (this.keys[i] as number) < h + ID_SPACE;
        i++
      ) {
        const id = (this.keys[i] as number) - h;
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

/** Room for 2^21 (2 million) words beside a 32-bit hash inside a double's 53-bit integer range. */
const ID_SPACE = 2 ** 21;

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

function lowerBound(keys: Float64Array, value: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
