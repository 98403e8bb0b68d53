import { readFile, writeFile } from 'node:fs/promises';
import { withCommandsTable } from './core/commands/markdown.js';

/** `npm run docs:commands`: rewrites the command table in README.md from the command model. */
const readme = await readFile('README.md', 'utf8');
await writeFile('README.md', withCommandsTable(readme));
process.stdout.write('README.md: command table updated\n');
