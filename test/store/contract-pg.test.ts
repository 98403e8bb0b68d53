import { openPgStore } from '../../src/store/pg/pg-store.js';
import { freshDatabase } from '../pg/database.js';
import { stateStoreContract } from './contract.js';

stateStoreContract('PostgreSQL', async () => openPgStore(await freshDatabase()));
