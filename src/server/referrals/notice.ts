import type { Ctx } from '../core/define';
import { assertMay } from '../core/matter-access';
import { formatBeijing } from '../notify/format';
import { cnDate } from '../../domain/legal-aid/documents';
import { REFERRAL_KINDS } from '../../shared/referrals';
import { renderDocx } from '../legal-aid/docx';
import { loadReferral } from './parties';
import { unitNames } from './refer';
import type { ReferralDoc } from './types';

/**
 * The text of the 交办通知单: the three elements (内容、时限、要求, rule 七(二)), the units with
 * the lead, the 3-day answer window and where to answer. No personal data of the resident.
 * @example noticeText(referral).facts[0] // ['交办编号', 'rf_…']
 */
export function noticeText(r: ReferralDoc) {
  const units = r.units.filter((u) => u.state !== 'withdrawn');
  return {
    title: '交办通知单',
    reference: `编号 ${r._id}`,
    facts: [
      ['交办编号', r._id],
      ['类别', REFERRAL_KINDS[r.kind]],
      ['承办单位', unitNames(units)],
      ['交办内容', r.content],
      ['办理时限', `${r.dueDate}（${formatBeijing(r.dueAt)} 前）`],
      ['办理要求', r.requirements],
      ['确认受理期限', units.map((u) => `${u.name}：${formatBeijing(u.acceptBy)} 前`).join('\n')],
      ['交办人', r.createdBy.name],
    ] as [string, string][],
    paragraphs: [
      '请承办单位自收到本通知之日起3日内确定是否受理；不予受理的，请书面告知原因（制度七（三）3）。',
      '交办事项涉及多个单位的，由牵头单位负责督促落实（制度七（三）2）。请按期完成并将办理结果反馈工作站，联系电话 0791-83280001。',
    ],
    signature: ['西山镇公共法律服务工作站', cnDate(r.createdAt)],
  };
}

/**
 * `notice`: the printable 交办通知单 as a real .docx, for station staff and the units' liaisons.
 * @example await referralNotice(ctx, { id }) // { filename: '交办通知单_rf_….docx', base64: 'UEsDB…' }
 */
export async function referralNotice(ctx: Ctx, input: { id: string }): Promise<{ filename: string; base64: string }> {
  const { referral, parties } = await ctx.store.transaction((tx) => loadReferral(tx, input.id));
  assertMay(ctx.actor, parties, 'answerReferral', '没有找到这件交办事项，请刷新后再试');
  const bytes = await renderDocx(noticeText(referral));
  return { filename: `交办通知单_${referral._id}.docx`, base64: bytes.toString('base64') };
}
