import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

/**
 * `npm run bench [-- core slack …]`: runs every test/bench/*.bench.ts (or those named), one at a
 * time, each in its own process so one cannot warm up or slow down another, and prints their tables.
 */
const only = process.argv.slice(2);
const files = readdirSync('test/bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only.length || only.some((name) => f.startsWith(name)))
  .sort();
if (!files.length) {
  console.error(`no benchmark matches ${only.join(', ')}; have: ${readdirSync('test/bench').join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  console.log(`\n# ${file}\n`);
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', `test/bench/${file}`], { stdio: 'inherit' });
  console.log(`\n(${file}: ${((Date.now() - started) / 1000).toFixed(1)} s, exit ${r.status})`);
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
