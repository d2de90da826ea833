import { openSqliteStore } from '../../../src/server/store/sqlite';
import { describeLegalAidSuite } from './suite';

describeLegalAidSuite('the embedded SQLite store', async () => {
  const store = openSqliteStore({ file: ':memory:' });
  return { store, cleanup: () => store.close() };
});
