import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStateStore } from '../../src/store/file-store.js';
import { stateStoreContract } from './contract.js';

let n = 0;
const dir = mkdtempSync(join(tmpdir(), 'deal-bot-contract-'));
stateStoreContract('lowdb file', () => openStateStore(join(dir, `state-${n++}.json`)));
