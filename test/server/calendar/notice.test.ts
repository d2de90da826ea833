import { openSqliteStore } from '../../../src/server/store/sqlite';
import { describeNoticeSuite } from './notice-suite';

describeNoticeSuite('SQLite', async () => {
  const store = openSqliteStore({ file: ':memory:' });
  return { store, cleanup: () => store.close() };
});
