/**
 * Writes the manifest as JSON and YAML exactly as Biome (the repo's formatter) would lay them out, so the
 * generated files pass `npm run lint` untouched: objects expanded, short scalar arrays on one line (width
 * 110), YAML strings double-quoted unless they contain double quotes.
 */

const WIDTH = 110;

function isScalar(value: unknown): boolean {
  return typeof value !== 'object' || value === null;
}

function isBlock(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length > 0;
}

export function toJson(value: unknown): string {
  return `${json(value, 0, 0)}\n`;
}

/** `used` is how many characters precede the value on its line (for the one-line array check). */
function json(value: unknown, indent: number, used: number): string {
  const pad = ' '.repeat(indent + 2);
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    const inline = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    if (value.every(isScalar) && used + inline.length <= WIDTH) return inline;
    return `[\n${value.map((v) => `${pad}${json(v, indent + 2, pad.length)}`).join(',\n')}\n${' '.repeat(indent)}]`;
  }
  if (isBlock(value)) {
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => {
      const head = `${pad}${JSON.stringify(k)}: `;
      return `${head}${json(v, indent + 2, head.length)}`;
    });
    return `{\n${entries.join(',\n')}\n${' '.repeat(indent)}}`;
  }
  return isScalar(value) ? JSON.stringify(value) : '{}';
}

export function toYaml(value: unknown): string {
  return `${yaml(value, 0).join('\n')}\n`;
}

function yamlScalar(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  if (value.includes('"') && !value.includes("'")) return `'${value}'`;
  return JSON.stringify(value);
}

function yaml(value: unknown, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (!isBlock(item)) return [`${pad}- ${yamlScalar(item)}`];
      const [first = '', ...rest] = yaml(item, indent + 2);
      return [`${pad}- ${first.trimStart()}`, ...rest];
    });
  }
  if (isBlock(value)) {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => {
      if (Array.isArray(v) && !v.length) return [`${pad}${key}: []`];
      if (!isBlock(v)) return [`${pad}${key}: ${isScalar(v) ? yamlScalar(v) : '{}'}`];
      return [`${pad}${key}:`, ...yaml(v, indent + 2)];
    });
  }
  return [`${pad}${yamlScalar(value)}`];
}
