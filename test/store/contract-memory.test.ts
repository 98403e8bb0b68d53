import { createMemoryStore } from '../../src/store/memory-store.js';
import { stateStoreContract } from './contract.js';

stateStoreContract('memory', async () => createMemoryStore());
