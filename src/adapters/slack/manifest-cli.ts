import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildManifest, type ManifestOptions } from './manifest.js';
import { toJson, toYaml } from './manifest-format.js';

/**
 * `npm run slack:manifest` rewrites the committed manifests (HTTP and Socket Mode, JSON and YAML) next to
 * this file. `npm run slack:manifest -- --url https://bot.example.com/slack/events [--yaml]` prints an HTTP
 * manifest for your URL; `-- --socket [--yaml]` prints the Socket Mode one.
 */
const args = process.argv.slice(2);
const urlAt = args.indexOf('--url');
const yaml = args.includes('--yaml');

function render(options: ManifestOptions): string {
  const manifest = buildManifest(options);
  return yaml ? toYaml(manifest) : toJson(manifest);
}

if (urlAt >= 0) {
  const url = args[urlAt + 1];
  if (!url || !/^https:\/\/.+/.test(url)) {
    process.stderr.write(
      '--url needs the public https URL of POST /slack/events (example: https://bot.example.com/slack/events)\n',
    );
    process.exit(2);
  }
  process.stdout.write(render({ mode: 'http', requestUrl: url }));
} else if (args.includes('--socket')) {
  process.stdout.write(render({ mode: 'socket' }));
} else {
  for (const mode of ['http', 'socket'] as const) {
    const manifest = buildManifest({ mode });
    const base = fileURLToPath(new URL(`./manifest.${mode}`, import.meta.url));
    writeFileSync(`${base}.json`, toJson(manifest));
    writeFileSync(`${base}.yaml`, toYaml(manifest));
    process.stdout.write(`wrote ${base}.json and ${base}.yaml\n`);
  }
}
