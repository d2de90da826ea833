import type { Commitments, StationInfo } from '../../shared/content';

/** The rules' complaint phone (rule 八(三)2), also the station's number for urgent matters. */
export const COMPLAINT_PHONE = '0791-83280001';

/** The rules' letter address (rule 八(三)4), published as the station's address. */
export const ADDRESS = '江西省南昌市新建区西山镇人民政府（西山司法所）';

/**
 * Station information from the rules (一(四)1, 四(二), 八(二)(三)). The only text going beyond
 * the rules is the practical meaning of 延时服务, marked 【示例，待工作站确认】 in place.
 */
export const station: StationInfo = {
  name: '西山镇公共法律服务工作站',
  address: ADDRESS,
  phones: [
    { label: '投诉电话', number: COMPLAINT_PHONE },
    { label: '12348 公共法律服务热线', number: '12348' },
  ],
  extendedService:
    '实行延时服务。【示例，待工作站确认】下班时正在办理的事项，工作人员办完再走；' +
    '工作时间内无法前来的群众，可以通过本小程序或电话联系工作站，另约时间办理。' +
    '七十岁以上老年人、重度残疾人可以电话预约上门服务。',
  complaintChannels: [
    { channel: '现场投诉', detail: '到工作站业务办理大厅，由平台管理人员接待并登记您的投诉；能当场答复的当场答复，不能的自受理之日起 5 个工作日内答复。' },
    { channel: '电话投诉', detail: `拨打投诉电话 ${COMPLAINT_PHONE}。` },
    { channel: '意见箱投诉', detail: '业务办理大厅设有投诉意见箱，平台管理人员每天 17:00 开箱收集当天的投诉信件并登记处理。' },
    { channel: '信函投诉', detail: `信函寄往：${ADDRESS}；5 个工作日内办结并致电或复函答复。` },
    { channel: '网上投诉', detail: '在本小程序首页点「我要投诉 / 提意见」填写提交，5 个工作日内办结并答复；进度和答复在「我的事项」里查看。' },
  ],
};

/** Service commitments, all taken from the rules (一、二、三): real, not sample. */
export const commitments: Commitments = {
  items: [
    { title: '提供服务一律免费', body: '不接受、不索取来访人员的财物，不谋取其他不正当利益，不向来访人作虚假承诺。' },
    {
      title: '法律援助绿色通道',
      body: '对妇女、未成年人、老年人、残疾人、农民工、现役军人等重点群体开通法律援助“绿色通道”，实行“五个当天”：当天申请、当天受理、当天审批、当天指派、当天援助。',
    },
    { title: '上门服务', body: '七十岁以上的老年人、重度残疾人，可以电话预约上门服务。' },
    {
      title: '经济困难免审',
      body: '农民工请求支付劳动报酬的案件，以及持最低生活保障证、“五保”供养证、特困户救助证等证明材料的申请人，免于经济困难审查。',
    },
    { title: '降低门槛，应援尽援', body: '降低法律援助经济困难标准，扩大法律援助受案范围，不断扩大法律援助覆盖面。' },
    {
      title: '首问负责',
      body: '首次接待您来电或来访的工作人员就是首问责任人：属于本人职责的及时办理；属于本站其他人员的，安排相关人员服务；不属于本站职能的，解释说明并告知您向哪个部门申请，确有必要的转送有关部门处理。',
    },
    {
      title: '一次性告知',
      body: '政策规定、办理流程、所需材料、办理时限一次告知清楚；除电话咨询可以口头告知外，一律书面告知并存档备查。',
    },
    {
      title: '服务标准',
      body: '遵循依法诚信、公开透明、公平公正、高效便民的原则；接待周到、有问必答、依法受理、规范操作；及时指派、限时办结、加强管理、接受监督。',
    },
  ],
};
