/**
 * Reads a JSON object from UTF-8 bytes one record at a time, in chunks of any size: the elements
 * of the arrays named in `streamed` are decoded and parsed one by one and handed to `element`, so
 * a large fact base never exists as one 70 MB string, one 38 MB buffer, or one tree of raw
 * objects beside its validated copy. Each record's garbage dies young and the memory is reused:
 * this is what keeps a 100,000-record load fast and small (fresh memory is what costs most).
 *
 * Only the structure between records is scanned here (brackets, strings, commas); each value is
 * parsed by JSON.parse itself. UTF-8 continuation bytes are all ≥ 0x80, so scanning bytes for
 * quotes and brackets is safe. When the bytes are not a well-formed JSON object, or repeat a key,
 * `failed` is set: the caller then parses the whole text, for JSON.parse's own error message and
 * position (or its last-key-wins).
 */
export class JsonRecordReader {
  private readonly decoder = new TextDecoder();
  private readonly entries: [string, unknown][] = [];
  private readonly keys = new Set<string>();
  private state: State = 'start';
  private key = '';
  private index = 0;
  /** Set once the input is known not to be a JSON object this reader can stream. */
  failed = false;

  constructor(
    private readonly streamed: ReadonlySet<string>,
    private readonly element: (key: string, index: number, value: unknown) => void,
  ) {}

  /**
   * Reads what it can of `bytes` (the unread rest of the input so far) and returns how many bytes
   * it consumed; the caller keeps the rest and passes it again, with more appended. `final`: no
   * more input will come.
   */
  feed(bytes: Uint8Array, final: boolean): number {
    let p = 0;
    try {
      while (!this.failed) {
        const at = space(bytes, p);
        if (at === bytes.length) {
          p = at;
          if (final && this.state !== 'done') this.failed = true;
          break;
        }
        const c = bytes[at];
        const next = this.step(bytes, at, c as number, final);
        if (next < 0) {
          if (next === FAIL || final) this.failed = true;
          break;
        }
        p = next;
      }
    } catch {
      this.failed = true;
    }
    return p;
  }

  /** The top-level object with each streamed array left empty (its elements went to `element`). */
  result(): Record<string, unknown> | undefined {
    if (this.failed || this.state !== 'done') return undefined;
    // fromEntries defines own properties, as JSON.parse does: a "__proto__" key stays a key.
    return Object.fromEntries(this.entries);
  }

  /** Consumes one token that starts at `at`; returns the position after it, MORE or FAIL. */
  private step(bytes: Uint8Array, at: number, c: number, final: boolean): number {
    switch (this.state) {
      case 'start':
        if (c !== OPEN_OBJECT) return FAIL;
        this.state = 'first-key';
        return at + 1;
      case 'first-key':
      case 'key': {
        if (c === CLOSE_OBJECT && this.state === 'first-key') {
          this.state = 'done';
          return at + 1;
        }
        if (c !== QUOTE) return FAIL;
        const end = stringEnd(bytes, at);
        if (end < 0) return end;
        const key = this.parse(bytes, at, end) as string;
        // A repeated key: JSON.parse keeps the last one; leave that to the whole-text parse.
        if (this.keys.has(key)) return FAIL;
        this.keys.add(key);
        this.key = key;
        this.state = 'colon';
        return end;
      }
      case 'colon':
        if (c !== COLON) return FAIL;
        this.state = 'value';
        return at + 1;
      case 'value': {
        if (c === OPEN_ARRAY && this.streamed.has(this.key)) {
          this.entries.push([this.key, []]);
          this.index = 0;
          this.state = 'first-element';
          return at + 1;
        }
        const end = valueEnd(bytes, at, final);
        if (end < 0) return end;
        this.entries.push([this.key, this.parse(bytes, at, end)]);
        this.state = 'after-value';
        return end;
      }
      case 'after-value':
        if (c === COMMA) this.state = 'key';
        else if (c === CLOSE_OBJECT) this.state = 'done';
        else return FAIL;
        return at + 1;
      case 'first-element':
      case 'element': {
        if (c === CLOSE_ARRAY && this.state === 'first-element') {
          this.state = 'after-value';
          return at + 1;
        }
        const end = valueEnd(bytes, at, final);
        if (end < 0) return end;
        this.element(this.key, this.index++, this.parse(bytes, at, end));
        this.state = 'after-element';
        return end;
      }
      case 'after-element':
        if (c === COMMA) this.state = 'element';
        else if (c === CLOSE_ARRAY) this.state = 'after-value';
        else return FAIL;
        return at + 1;
      case 'done':
        return FAIL; // anything after the closing brace
    }
  }

  private parse(bytes: Uint8Array, from: number, to: number): unknown {
    return JSON.parse(this.decoder.decode(bytes.subarray(from, to)));
  }
}

type State =
  | 'start'
  | 'first-key'
  | 'key'
  | 'colon'
  | 'value'
  | 'after-value'
  | 'first-element'
  | 'element'
  | 'after-element'
  | 'done';

/** step() results: the token runs past the bytes given (read more), or cannot be JSON. */
const MORE = -1;
const FAIL = -2;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

function isSpace(c: number | undefined): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function space(bytes: Uint8Array, p: number): number {
  while (p < bytes.length && isSpace(bytes[p])) p++;
  return p;
}

/** The end of the string that opens at p (a quote), MORE or FAIL. */
function stringEnd(bytes: Uint8Array, p: number): number {
  for (p++; p < bytes.length; ) {
    const c = bytes[p] as number;
    if (c === QUOTE) return p + 1;
    if (c === BACKSLASH) p += 2;
    else if (c < 0x20) return FAIL;
    else p++;
  }
  return MORE;
}

/** The end of the value that starts at p, MORE or FAIL. JSON.parse checks what is inside it. */
function valueEnd(bytes: Uint8Array, p: number, final: boolean): number {
  const c = bytes[p];
  if (c === QUOTE) return stringEnd(bytes, p);
  if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
    let depth = 0;
    while (p < bytes.length) {
      const d = bytes[p];
      if (d === QUOTE) {
        p = stringEnd(bytes, p);
        if (p < 0) return p;
        continue;
      }
      if (d === OPEN_OBJECT || d === OPEN_ARRAY) depth++;
      else if (d === CLOSE_OBJECT || d === CLOSE_ARRAY) {
        depth--;
        if (depth === 0) return p + 1;
      }
      p++;
    }
    return MORE;
  }
  // A number or a literal: it ends at a delimiter, or at the end of the input.
  const start = p;
  while (p < bytes.length) {
    const d = bytes[p];
    if (d === COMMA || d === CLOSE_OBJECT || d === CLOSE_ARRAY || isSpace(d)) return p > start ? p : FAIL;
    p++;
  }
  return final && p > start ? p : MORE;
}
