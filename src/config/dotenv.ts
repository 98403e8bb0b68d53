import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

/** Loaded (with the keys it set), absent, or unreadable (with a message naming the file and the fix). */
export type DotEnvResult = { loaded: true; path: string; keys: string[] } | { loaded: false; error?: string };

/**
 * Loads `.env` into `env` when the file exists, before the config is read. Node 20's `--env-file`
 * aborts the start when the file is missing (and a container usually has none), so the file is read
 * here instead, with Node's own parser (`util.parseEnv`, the one behind `--env-file` and
 * `process.loadEnvFile`). As with `--env-file`, a variable already set in the environment wins over
 * the file: `docker run -e` and the shell override `.env`.
 */
export function loadDotEnv(path = '.env', env: NodeJS.ProcessEnv = process.env): DotEnvResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { loaded: false };
    return {
      loaded: false,
      error: `${path}: cannot read the file (${code ?? (error as Error).message}); fix its permissions or remove it`,
    };
  }
  const values = parseEnv(text);
  const keys: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || env[key] !== undefined) continue;
    env[key] = value;
    keys.push(key);
  }
  return { loaded: true, path, keys };
}
