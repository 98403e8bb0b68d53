import type { FactBaseProblem } from './problems.js';
import type { FactBaseData } from './schema.js';

/**
 * Checks every verbatim quote against the text of the file its source ships (whitespace aside).
 * `texts` maps a source id to its file's text; a source whose file could not be read is a problem.
 */
export function quoteProblems(fb: FactBaseData, texts: ReadonlyMap<string, string>): FactBaseProblem[] {
  const problems: FactBaseProblem[] = [];
  const flat = new Map([...texts].map(([id, t]) => [id, squash(t)]));
  const walk = (path: string, node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((x, i) => {
        walk(`${path}[${i}]`, x);
      });
      return;
    }
    const o = node as Record<string, unknown>;
    if (typeof o.source === 'string' && typeof o.quote === 'string') {
      const text = flat.get(o.source);
      if (text === undefined)
        problems.push({
          path: `${path}.quote`,
          message: `cannot verify the quote: source "${o.source}" has no readable file`,
          fix: 'give the source a "file" under data/sources/, or drop the quote',
        });
      else if (!text.includes(squash(o.quote)))
        problems.push({
          path: `${path}.quote`,
          message: `the quote is not in ${o.source}'s file, word for word`,
          fix: 'copy the words exactly from the file (spacing may differ), or drop "quote"',
        });
      return;
    }
    for (const key in o) walk(`${path}.${key}`, o[key]);
  };
  for (const [key, value] of Object.entries(fb)) if (key !== 'sources') walk(`$.${key}`, value);
  return problems;
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
