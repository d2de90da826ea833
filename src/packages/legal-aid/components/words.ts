import { formatMonthDayTime } from '../../../ui/dates';
import type { LegalAidView } from '../../../shared/legal-aid';

/**
 * What the applicant waits for now, in plain words, with the time it is promised by.
 * @example nextStepText(app) // '等待工作站受理：11月26日（周四）17:00 前'
 */
export function nextStepText(app: Pick<LegalAidView, 'status' | 'clocks' | 'materials'>): string {
  const due = (purpose: string) => {
    const c = app.clocks.find((x) => x.purpose === purpose && x.state === 'running' && x.dueAt !== null);
    return c?.dueAt ? `：${formatMonthDayTime(c.dueAt)}前` : '';
  };
  switch (app.status) {
    case 'applied': return `等待工作站受理${due('legalAid.accept') || due('legalAid.decide')}`;
    case 'materialsRequested': return `请补充材料${app.materials ? `：${app.materials.dueDate} 17:00 前` : ''}（补充期间不计时）`;
    case 'accepted': return `等待审批${due('legalAid.decide')}`;
    case 'granted': return `等待指派律师${due('legalAid.assign')}`;
    case 'assigned': return `律师会主动联系您${due('legalAid.firstAid')}`;
    case 'aiding': return '律师正在为您办理';
    case 'closed': return '已结案，请为这次服务评价';
    case 'denied': return '不予法律援助（决定书里写了理由和怎么提异议）';
    case 'terminated': return '已终止法律援助（决定书里写了怎么提异议）';
    case 'withdrawn': return '申请已撤回；需要的话可以重新申请';
  }
}
