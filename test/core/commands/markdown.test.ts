import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandsTable, withCommandsTable } from '../../../src/core/commands/markdown.js';
import { COMMANDS } from '../../../src/core/commands/model.js';

describe("the README's command table", () => {
  it('has a row for every command of the model', () => {
    const table = commandsTable();
    for (const c of COMMANDS) expect(table).toContain(c.description.en);
  });

  it('is current (run npm run docs:commands after changing src/core/commands/model.ts)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(withCommandsTable(readme)).toBe(readme);
  });
});
