#!/usr/bin/env node
// `npm run bench`: builds what it measures, then prints one JSON line per figure
// ({"name","value","unit","target"}). Figures are ratios measured in one run where the
// machine is shared and noisy. See README's table for the latest numbers.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { benchSizes } from './bench/sizes.mjs';
import { benchColdLoad } from './bench/cold-load.mjs';
import { benchGateway } from './bench/gateway.mjs';
import { benchScheduler } from './bench/scheduler.mjs';
import { benchBooking } from './bench/booking.mjs';
import { benchInbox } from './bench/inbox.mjs';
import { benchRatings } from './bench/ratings.mjs';
import { benchSlots } from './bench/slots.mjs';
import { benchLegalAid } from './bench/legal-aid.mjs';
import { benchArchives } from './bench/archives.mjs';
import { benchH5Weak } from './bench/h5-weak.mjs';
import { benchReferrals } from './bench/referrals.mjs';
import { benchReports } from './bench/reports.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = (args) => {
  const r = spawnSync('npx', args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`build failed: ${args.join(' ')}`);
};

if (!process.argv.includes('--no-build')) {
  console.error('building weapp, h5 and function bundles …');
  build(['taro', 'build', '--type', 'weapp']);
  build(['taro', 'build', '--type', 'h5']);
  build(['node', 'scripts/precompress.mjs', 'dist/h5']);
  build(['node', 'scripts/bundle-functions.mjs']);
}
benchSizes(root);
await benchH5Weak(root);
benchColdLoad(root);
await benchGateway(root);
await benchScheduler(root);
await benchBooking(root);
await benchSlots(root);
await benchInbox(root);
await benchRatings(root);
await benchLegalAid(root);
await benchReferrals(root); // issue 13
await benchArchives(root);
await benchReports(root); // issue 14
