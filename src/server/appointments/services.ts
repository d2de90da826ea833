import { SERVICE_LABELS, type ServiceKey, type ServiceOption } from '../../shared/appointments';

const HINTS: Record<ServiceKey, string> = {
  consultation: '婚姻家庭、借贷、劳动、土地等法律问题当面解答',
  legalAid: '经济困难或特定案件，申请免费律师帮助',
  mediation: '邻里、家庭、合同等矛盾纠纷调解',
  notary: '公证办理的流程、材料和去哪里办',
  other: '其他法律服务，到站后由首问责任人接待',
};

/**
 * The services a resident can book, in the order the station lists them.
 * @example serviceOptions()[0] // { key: 'consultation', label: '法律咨询', hint: '…' }
 */
export function serviceOptions(): ServiceOption[] {
  return (Object.keys(SERVICE_LABELS) as ServiceKey[]).map((key) => ({ key, label: SERVICE_LABELS[key], hint: HINTS[key] }));
}
