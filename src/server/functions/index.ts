import type { FunctionDef } from '../core/define';
import { info } from './info';
import { admin } from './admin';
import { scheduler } from './scheduler';
import { inbox } from './inbox';
import { appointments } from './appointments';
import { tickets } from './tickets';
import { ratings } from './ratings';
import { people } from './people';
import { legalAid } from './legal-aid';
import { resultCalls } from './result-calls';
import { archives } from './archives';
import { referrals } from './referrals';
import { reports } from './reports';

/** Every cloud function; the bundler and the local gateway read this list. */
export const functions: FunctionDef[] = [
  info,
  admin,
  scheduler, inbox,
  appointments,
  tickets,
  ratings,
  people, // issue 12
  legalAid, // issue 11
  resultCalls, // issue 9 §5: 告知结果
  archives, // issue 15: 档案管理
  referrals, // issue 13: 分流交办
  reports, // issue 14: 分析研判
];
