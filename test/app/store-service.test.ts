import { describe, expect, it } from 'vitest';
import { openStore, StoreConfigError } from '../../src/app/store-service.js';
import { silentLogger } from '../../src/ops/logger.js';

describe('openStore', () => {
  it('refuses --reset-state with DATABASE_URL set, before connecting, saying how to back up and clear instead', async () => {
    const opening = openStore(
      { statePath: 'var/state.json', databaseUrl: 'postgres://bot@127.0.0.1:1/deal' },
      { reset: true, clock: () => new Date('2026-02-01T00:00:00Z'), logger: silentLogger() },
    );
    await expect(opening).rejects.toBeInstanceOf(StoreConfigError);
    await expect(opening).rejects.toThrow(
      /--reset-state resets the state file, but DATABASE_URL is set.*\n.*npm run state -- export/,
    );
  });
});
