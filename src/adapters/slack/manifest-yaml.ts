/**
 * Writes a JSON value as YAML (block style). Enough for an app manifest: objects, arrays, strings,
 * numbers, booleans. Strings are double-quoted (JSON string syntax is valid YAML), so nothing is misread.
 */
export function toYaml(value: unknown, indent = 0): string {
  return `${lines(value, indent).join('\n')}\n`;
}

function scalar(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function isBlock(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length > 0;
}

function lines(value: unknown, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (!isBlock(item)) return [`${pad}- ${scalar(item)}`];
      const [first = '', ...rest] = lines(item, indent + 2);
      return [`${pad}- ${first.trimStart()}`, ...rest];
    });
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, v]) => {
      if (Array.isArray(v) && !v.length) return [`${pad}${key}: []`];
      if (!isBlock(v)) return [`${pad}${key}: ${typeof v === 'object' && v !== null ? '{}' : scalar(v)}`];
      return [`${pad}${key}:`, ...lines(v, indent + 2)];
    });
  }
  return [`${pad}${scalar(value)}`];
}
