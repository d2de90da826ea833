import { openSqliteStore } from '../../../src/server/store/sqlite';
import { describeArchivesSuite } from './suite';

describeArchivesSuite('the embedded SQLite store', async () => {
  const store = openSqliteStore({ file: ':memory:' });
  return { store, cleanup: () => store.close() };
});
