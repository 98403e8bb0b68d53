import type { CitationRecord } from './schema.js';

/**
 * Makes records that cite the same single source, without a quote, share one citation list. A large
 * fact base cites a handful of sources tens of thousands of times; one list each is most of the
 * memory its records take beyond their own words. Records are read-only once loaded.
 */
export class SharedCitations {
  private readonly bySource = new Map<string, readonly CitationRecord[]>();

  /**
   * Replaces the record's `cite`, and the `cite` of each element of its lists (roles, dated
   * observations), with a shared list where one exists.
   */
  share(record: unknown): void {
    const r = record as Record<string, unknown> & { cite?: readonly CitationRecord[] };
    if (r.cite) r.cite = this.list(r.cite);
    for (const key in r) {
      const value = r[key];
      if (!Array.isArray(value)) continue;
      for (const item of value) {
        const o = item as { cite?: readonly CitationRecord[] } | null;
        if (o && typeof o === 'object' && Array.isArray(o.cite)) o.cite = this.list(o.cite);
      }
    }
  }

  private list(cite: readonly CitationRecord[]): readonly CitationRecord[] {
    const only = cite.length === 1 ? cite[0] : undefined;
    if (!only || only.quote !== undefined) return cite;
    const had = this.bySource.get(only.source);
    if (had) return had;
    this.bySource.set(only.source, cite);
    return cite;
  }
}
