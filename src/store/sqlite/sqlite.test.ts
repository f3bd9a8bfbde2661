import { storeContract } from '../contract.js';
import { openSqliteStore } from './index.js';

storeContract('sqlite (in memory)', () => openSqliteStore(':memory:'));
