/**
 * Value-based redaction for log lines, behind pino's path-based `redact`: a secret can reach a log
 * inside an error message or a library's request dump (an Authorization header, a URL), where no
 * key names it. Every line pino writes passes through `scrub` before it reaches the stream.
 */

export const CENSOR = '[redacted]';

/** Shapes of credentials, redacted even when their value was never configured. */
const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/\bxox[abposre]-[0-9A-Za-z-]+/g, CENSOR],
  [/\bxapp-[0-9A-Za-z-]+/g, CENSOR],
  [/\b(Bearer|Bot)(\s+)[A-Za-z0-9._~+/=-]{8,}/g, `$1$2${CENSOR}`],
];

/** Secrets shorter than this are redacted by path and pattern only (replacing "ab" everywhere would garble logs). */
const MIN_SECRET_LENGTH = 6;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Returns a function that removes the given secret values (raw and JSON-escaped) and token shapes from a line. */
export function createScrubber(secrets: readonly string[]): (line: string) => string {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    forms.add(secret);
    forms.add(JSON.stringify(secret).slice(1, -1));
    forms.add(encodeURIComponent(secret));
  }
  const byValue =
    forms.size > 0
      ? new RegExp(
          [...forms]
            .sort((a, b) => b.length - a.length)
            .map(escapeRegExp)
            .join('|'),
          'g',
        )
      : null;
  return (line) => {
    let out = byValue ? line.replace(byValue, CENSOR) : line;
    for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
    return out;
  };
}
