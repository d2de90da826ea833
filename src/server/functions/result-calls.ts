import { z } from 'zod';
import { action, defineFunction } from '../core/define';
import { closedObject, optionalText } from '../content/schema-kit';
import { myResultCalls } from '../result-calls/list';
import { recordResultCall } from '../result-calls/record';

const taskId = z.string().regex(/^rc:[A-Za-z0-9_:-]{3,200}$/, { message: '格式不对' }).describe('告知任务');
export const recordInput = closedObject({ id: taskId, reached: z.boolean().describe('是否已告知'), note: optionalText('备注', 200) });

/**
 * `resultCalls` (issue 9 §5): 「告知结果」 — walk-in, phone and letter contacts are told their
 * result (rule 六 结果及时反馈). The contract: src/shared/result-calls.ts.
 *
 * @example await invoke(resultCalls, { action: 'record', id: 'rc:ticket:tk_1:closed', reached: true }, { openid: 'demo-staff' }, runtime)
 */
export const resultCalls = defineFunction('resultCalls', {
  mine: action({ access: 'staff', input: closedObject({}), run: (ctx) => myResultCalls(ctx) }),
  record: action({ access: 'staff', input: recordInput, run: (ctx, input) => recordResultCall(ctx, input) }),
});
