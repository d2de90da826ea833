import type { ComplaintScope, TicketStatus, TicketType } from '../../../shared/tickets';
import type { Choice } from './ChoiceList';

/**
 * A ticket's status the way a resident reads it, with a symbol (not colour alone).
 * @example residentStatus('received') // { symbol: '●', words: '已收到，等待工作人员受理' }
 */
export function residentStatus(status: TicketStatus): { symbol: string; words: string } {
  if (status === 'received') return { symbol: '●', words: '已收到，等待工作人员受理' };
  if (status === 'processing') return { symbol: '◐', words: '工作人员正在办理' };
  return { symbol: '✓', words: '已办结' };
}

/** What a resident calls each kind of matter. */
export const RESIDENT_TYPE_NAMES: Record<TicketType, string> = {
  consultation: '咨询问题',
  legalAid: '法律援助',
  mediation: '人民调解',
  guidance: '办事引导',
  adminApproval: '行政审批服务',
  praise: '表扬',
  complaint: '投诉',
  suggestion: '意见建议',
  other: '其他事项',
};

/** The 8 scopes of rule 八(四) in everyday words; the last one is 「其他」. */
export const PLAIN_SCOPES: Choice<ComplaintScope>[] = [
  { value: 'attitude', label: '态度差、说话难听', hint: '训斥、讥讽、不耐烦' },
  { value: 'notToldAtOnce', label: '没有一次说清楚，让我来回跑', hint: '要带的材料、手续没有一次告诉我' },
  { value: 'delay', label: '推来推去、拖着不办', hint: '超过答应的时间还没办好' },
  { value: 'notAccepted', label: '该办的事不给办', hint: '符合条件却不受理、不作决定' },
  { value: 'dutyNotPerformed', label: '不按规定办事', hint: '不履行职责，或不按程序审批' },
  { value: 'fees', label: '乱收费', hint: '免费的服务收了钱，或多收、乱收' },
  { value: 'bribery', label: '索要好处', hint: '吃拿卡要、变相要好处' },
  { value: 'otherViolation', label: '其他', hint: '不属于上面这些的问题' },
];
