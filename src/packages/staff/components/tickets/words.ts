import type { TicketStatus, TicketType } from '../../../../shared/tickets';

/** Short type names for chips and rows on a 375-px screen. */
export const TYPE_SHORT: Record<TicketType, string> = {
  consultation: '法律咨询',
  legalAid: '法律援助',
  mediation: '人民调解',
  guidance: '引导服务',
  adminApproval: '审批服务',
  praise: '表扬',
  complaint: '投诉',
  suggestion: '意见建议',
  other: '其他',
};

/**
 * A ticket's status with its symbol, for staff.
 * @example statusText('received') // '● 待受理'
 */
export function statusText(status: TicketStatus): string {
  if (status === 'received') return '● 待受理';
  if (status === 'processing') return '◐ 办理中';
  return '✓ 已办结';
}
