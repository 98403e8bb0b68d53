import { openStateStore } from '../../src/store/file-store.js';

/**
 * Child process for the kill -9 test: writes to the state file in a tight loop and prints
 * "acked N" after each write that reached the disk. The test kills it at a random moment.
 */
const path = process.argv[2];
if (!path) throw new Error('usage: kill-writer.ts <state path>');
const store = await openStateStore(path);
const at = new Date('2026-02-01T00:00:00.000Z').toISOString();
for (let n = 1; ; n++) {
  await store.update((s) => {
    s.lastTickAt = new Date(Date.parse(at) + n * 1000).toISOString();
    for (let i = 0; i < 50; i++)
      s.ledger[`sub-${n}|reminder:event-${i}:d7:2026-03-10`] = { at, outcome: 'sent' };
  });
  process.stdout.write(`acked ${n}\n`);
}
