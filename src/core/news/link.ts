/**
 * A link as the news watch stores and compares it: lower-case scheme and host, no fragment, no
 * tracking parameters (utm_*), no default port. The same story reached through two feeds (or
 * twice through one) has one normalized link. Returns null for anything but an http(s) URL.
 */
export function normalizeLink(link: string, base?: string): string | null {
  let url: URL;
  try {
    url = base === undefined ? new URL(link.trim()) : new URL(link.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  for (const key of [...url.searchParams.keys()])
    if (key.toLowerCase().startsWith('utm_')) url.searchParams.delete(key);
  // URL already lower-cases the scheme and host and drops default ports.
  return url.toString();
}

/**
 * The normalized links the fact base cites as sources: a report among them is not a candidate to
 * curate. The one place the news code reads a fact-base field (`sources[].url`).
 */
export function citedLinks(sources: ReadonlyArray<{ url?: string | undefined }>): Set<string> {
  const cited = new Set<string>();
  for (const source of sources) {
    const link = source.url ? normalizeLink(source.url) : null;
    if (link) cited.add(link);
  }
  return cited;
}
