/** zvarot reindex: rebuild an archive's full-text index with this zvarot's analyzer. */
import { reindexArchive } from '../ingest/index.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { progress } from './progress.js';

export interface ReindexArgs {
  db: string;
}

export function reindexCommand(a: ReindexArgs): void {
  const store = openSqliteStore(a.db, { mustExist: true });
  const bar = progress('reindex');
  const t0 = Date.now();
  try {
    const n = reindexArchive(store, (done, total) => bar.update(done, total));
    bar.done(`Reindexed ${n} letters in ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
  } finally {
    store.close();
  }
}
