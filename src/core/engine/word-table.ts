/**
 * Interns words as numbers in one open-addressing hash table of 32-bit slots. A word can be looked
 * up as a span of a longer string (a word of a name, stemmed), so the words of 100,000 names are
 * read without cutting each one out of its name: only a word not seen before becomes a string.
 * Replaces a Map<string, number>, which needs a string per lookup and costs more memory.
 */
export class WordTable {
  /** The words, by id. */
  readonly words: string[] = [];
  /** Each word's hash, by id (kept for growing the table). */
  private hashes = new Int32Array(1024);
  /** Word id + 1 in each slot; 0 is empty. The length is a power of two, at most half full. */
  private slots = new Int32Array(2048);

  get size(): number {
    return this.words.length;
  }

  /** The id of `word`, or undefined. */
  get(word: string): number | undefined {
    const id = this.find(word, 0, word.length, false, hashSpan(word, 0, word.length, false));
    return id < 0 ? undefined : id;
  }

  /**
   * The id of the word text[from .. to), followed by a "y" when `y` (a stemmed "…ies"), added
   * when new.
   */
  intern(text: string, from: number, to: number, y: boolean): number {
    const hash = hashSpan(text, from, to, y);
    const found = this.find(text, from, to, y, hash);
    if (found >= 0) return found;
    const id = this.words.length;
    this.words.push(y ? `${text.slice(from, to)}y` : text.slice(from, to));
    if (id === this.hashes.length) {
      const bigger = new Int32Array(id * 2);
      bigger.set(this.hashes);
      this.hashes = bigger;
    }
    this.hashes[id] = hash;
    if ((id + 1) * 2 > this.slots.length) this.grow();
    this.place(id, hash);
    return id;
  }

  private find(text: string, from: number, to: number, y: boolean, hash: number): number {
    const mask = this.slots.length - 1;
    const length = to - from + (y ? 1 : 0);
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const slot = this.slots[s] as number;
      if (slot === 0) return -1;
      const id = slot - 1;
      if (this.hashes[id] !== hash) continue;
      const word = this.words[id] as string;
      if (word.length !== length) continue;
      let same = true;
      for (let k = 0; k < to - from && same; k++) same = word.charCodeAt(k) === text.charCodeAt(from + k);
      if (same && (!y || word.charCodeAt(length - 1) === Y)) return id;
    }
  }

  private place(id: number, hash: number): void {
    const mask = this.slots.length - 1;
    let s = hash & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = id + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let id = 0; id < this.words.length - 1; id++) this.place(id, this.hashes[id] as number);
  }
}

const Y = 0x79;

/** FNV-1a over the span's UTF-16 code units (and a "y"), mixed so that low bits spread. */
function hashSpan(text: string, from: number, to: number, y: boolean): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  if (y) h = Math.imul(h ^ Y, 0x01000193);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 12);
}

/**
 * Where stem() ends the word text[from .. to): the stemmed word is text[from .. end), followed by
 * a "y" when end is to - 3 ("…ies" → "…y"). Mirrors stem() in text.ts without making strings.
 */
export function stemEnd(text: string, from: number, to: number): number {
  const n = to - from;
  const last = (k: number) => text.charCodeAt(to - k);
  if (n > 4 && last(3) === 0x69 && last(2) === 0x65 && last(1) === 0x73) return to - 3;
  if (n > 3 && last(1) === 0x73 && last(2) !== 0x73 && last(2) !== 0x75) return to - 1;
  return to;
}
