import type { Knowledge } from '../knowledge.js';

/**
 * Values an operator derives from the whole of a day's knowledge (the place words of every site, the
 * terms that give a number of days), computed once per day's knowledge and kept beside it, so no
 * question scans every record. The knowledge of a day is itself cached by the engine.
 */
const CACHE = new WeakMap<Knowledge, Map<string, unknown>>();

export function perDay<T>(kb: Knowledge, key: string, build: (kb: Knowledge) => T): T {
  let map = CACHE.get(kb);
  if (!map) {
    map = new Map();
    CACHE.set(kb, map);
  }
  if (!map.has(key)) map.set(key, build(kb));
  return map.get(key) as T;
}
