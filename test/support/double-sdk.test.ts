import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every test file below test/. */
function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * The CloudBase double answers from the test's own event loop, so on a loaded CI machine a
 * request can wait past the SDK's 15 s default and fail as 系统繁忙 (ESOCKETTIMEDOUT), which is
 * not what any test checks. `double.sdk` carries the long timeout; a hand-written
 * `tcb.init({ … serviceUrl: double.serviceUrl … })` leaves the default in place.
 */
it('reaches the CloudBase double only through double.sdk in the @cloudbase/node-sdk tests', () => {
  const root = join(__dirname, '..');
  const offenders = testFiles(root)
    .filter((file) => file !== __filename)
    .filter((file) => /tcb\.init\(\{[^}]*serviceUrl: double\.serviceUrl/.test(readFileSync(file, 'utf8')))
    .map((file) => relative(root, file));
  expect(offenders).toEqual([]);
});
