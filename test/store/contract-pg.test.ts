import { openPgStore } from '../../src/store/pg/pg-store.js';
import { freshDatabase } from '../pg/database.js';
import { stateStoreContract } from './contract.js';
import { newsStoreContract } from './news-contract.js';

stateStoreContract('PostgreSQL', async () => openPgStore(await freshDatabase()));
newsStoreContract('PostgreSQL', async () => openPgStore(await freshDatabase()));
