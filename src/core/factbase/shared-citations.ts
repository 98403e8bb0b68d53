import type { CitationRecord } from './schema.js';

/**
 * Makes records that cite the same single source, without a quote, share one citation list. A large
 * fact base cites a handful of sources tens of thousands of times; one list each is most of the
 * memory its records take beyond their own words. Records are read-only once loaded.
 */
export class SharedCitations {
  private readonly bySource = new Map<string, readonly CitationRecord[]>();

  /** Replaces the record's `cite` (and its roles' `cite`) with a shared list where one exists. */
  share(record: unknown): void {
    const r = record as { cite?: readonly CitationRecord[]; roles?: { cite: readonly CitationRecord[] }[] };
    if (r.cite) r.cite = this.list(r.cite);
    if (r.roles) for (const role of r.roles) role.cite = this.list(role.cite);
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
