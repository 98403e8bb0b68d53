import { loadDotEnv } from './config/dotenv.js';
import { runNewsCli } from './news-command.js';

/** `npm run news -- fetch [--json]` and `npm run news -- check <url>` (src/news-command.ts). */
const dotenv = loadDotEnv('.env');
if (!dotenv.loaded && dotenv.error) {
  process.stderr.write(`${dotenv.error}\n`);
  process.exit(1);
}
const code = await runNewsCli(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
process.exit(code);
