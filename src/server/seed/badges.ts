import type { Badge } from '../../shared/content';
import { COMPLAINT_PHONE } from './station';

const complaintHow = `投诉电话 ${COMPLAINT_PHONE} 或大厅意见箱`;

/**
 * 挂牌上岗 badges (rule 四(四)): SAMPLE names the admin must replace with the real staff; posts,
 * duties and scopes follow rule 六 岗位职责. Keys are stable so staff accounts can point at them.
 */
export const sampleBadges: { key: string; data: Badge }[] = [
  {
    key: 'badge:sample-window',
    data: {
      name: '示例·张某',
      post: '窗口接待（首问责任人）',
      duty: '接待现场来访和来电，解答法律咨询，分类登记；实行首问负责和一次性告知。',
      scope: '法律咨询；司法行政其他业务咨询与引导；公证、仲裁、司法鉴定、社区矫正、安置帮教等法律服务引导；接收表扬、投诉、意见、建议。',
      complaintHow,
    },
  },
  {
    key: 'badge:sample-director',
    data: {
      name: '示例·刘某',
      post: '工作站主任',
      duty: '主持工作站日常工作；审批法律援助申请；对窗口未能有效解决的事项分流交办，全程监督。',
      scope: '法律援助审批与指派；分流交办与督办；重大问题报告。',
      complaintHow,
    },
  },
  {
    key: 'badge:sample-legal-aid',
    data: {
      name: '示例·李某',
      post: '法律援助',
      duty: '受理法律援助申请，审查材料，指派法律援助人员承办案件；落实绿色通道“五个当天”。',
      scope: '法律援助申请受理；经济困难状况核查与免审；法律援助案件指派与跟踪。',
      complaintHow,
    },
  },
  {
    key: 'badge:sample-mediation',
    data: {
      name: '示例·王某',
      post: '人民调解',
      duty: '解答人民调解业务咨询，受理、指派、分流和协调处理人民调解案件，做好矛盾纠纷化解。',
      scope: '人民调解咨询与受理；专业调解服务；矛盾纠纷排查化解。',
      complaintHow,
    },
  },
];
