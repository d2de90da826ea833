import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { EntryCard } from '../../../../components/EntryCard';
import { requestSubscribe, SUBSCRIBE_PURPOSES, type SubscribeOutcome } from '../../../../api/subscribe';
import { heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { ADMIN_URL, STAFF_INBOX_URL } from '../../../../ui/links';
import { useInbox } from '../../../../ui/useInbox';
import { StaffGate, type StaffMe } from '../../components/StaffGate';
import { isAdminRole, keepsArchives, rolesText } from '../../components/roles';
import { inboxSummary } from '../../components/summary';
import { DirectorDashboard } from '../../components/DirectorDashboard';

/** One area of the workbench: a large row that opens its pages. */
interface Area {
  title: string;
  desc: string;
  url: string;
}

/** The workbench's areas, in order. Each area adds ONE line here. */
const AREAS: Area[] = [
  { title: '我的待办', desc: '到期提醒、超期督办，按到期时间排好', url: STAFF_INBOX_URL },
  { title: '告知结果', desc: '来访、来电、来信的群众：办结或延期时打电话告知（点号码即可拨打）', url: '/packages/staff/pages/result-calls/index' },
  { title: '预约日程', desc: '当天到站预约、上门服务申请、登记外出办案', url: '/packages/staff/pages/appointments/index' },
  { title: '登记电话预约上门', desc: '七十岁以上老人、重度残疾人打电话预约上门服务', url: '/packages/staff/pages/phone-home-visit/index' },
  { title: '来件受理', desc: '投诉、咨询、建议：超期的在最前，登记来访来电，投诉记录本', url: '/packages/staff/pages/tickets/index' },
  { title: '法律援助', desc: '绿色通道当天办结看板，受理、补充材料、审批、指派、援助进展、结案', url: '/packages/staff/pages/legal-aid/index' },
  { title: '分流交办', desc: '交给其他窗口和单位的事项：3 日内确认受理、不予受理的原因、办理结果（联络员在这里答复）', url: '/packages/referrals/pages/index/index' }, // issue 13
  { title: '意见箱登记', desc: '每天 17:00 开箱，逐封录入信件，一次登记', url: '/packages/staff/pages/mailbox/index' },
  { title: '来访来电登记表', desc: '每天来访、来电、来信等群众的分类登记：可打印、下载 Excel', url: '/packages/staff/pages/reports/daily/index' }, // issue 14
  { title: '回访任务', desc: '基本满意、不满意、重大案件必须回访，月度抽访；登记窗口或电话评价', url: '/packages/staff/pages/callbacks/index' },
  { title: '学习培训', desc: '集中学习学时、学习计划、学习登记（每年不少于 30 学时）', url: '/packages/people/pages/study/index' },
  { title: '我的资料', desc: '岗位角色、公示牌、已登记的外出办案', url: '/packages/people/pages/profile/index' },
];

/** issue 15: 档案管理, for the archive's keepers (first for the archivist, with the oversight links for the director and admin). */
const ARCHIVES_ENTRY = <EntryCard title='档案管理' desc='月度咨询卷、来信卷、法律援助案卷：审查、归档、送交统一保管、查阅登记' url='/packages/archives/pages/volumes/index' />;

/** The director's and admin's report pages (issue 14, rules 十一, 十二(八)), under 今日概况. */
const REPORT_AREAS: Area[] = [
  { title: '报送记录', desc: '月报、季报按时报送、逾期报送、逾期未报；下载报表，登记已报送', url: '/packages/staff/pages/reports/submissions/index' },
  { title: '季度分析与整改', desc: '主任的分析意见，整改事项、责任人、时限、是否完成；生成 Word 报告', url: '/packages/staff/pages/reports/notes/index' },
  { title: '回访明细表', desc: '每位当事人、每次回访的结果；可打印、下载 Excel', url: '/packages/staff/pages/reports/callbacks/index' },
  { title: '报送期限', desc: '月报次月第几个工作日、季报季后第几个工作日前报送', url: '/packages/staff/pages/reports/due-settings/index' },
];

/** What the 「接收到期提醒」 tap achieved, in words. */
function consentText(out: SubscribeOutcome): string {
  if (out.skipped === 'not-weapp') return '网页版不能订阅微信提醒；到期提醒会显示在「我的待办」里。';
  if (out.skipped === 'no-template') return '提醒模板还没有配置，请联系平台管理人员；到期提醒仍会显示在「我的待办」里。';
  if (out.error) return out.error.message;
  if (out.accepted.length) return `已开启提醒：下 ${out.accepted.length} 类到期消息会发到微信（每同意一次发一条）。`;
  return '没有开启微信提醒；到期提醒仍会显示在「我的待办」里。';
}

function Workbench({ me }: { me: StaffMe }) {
  const { items } = useInbox();
  const [consent, setConsent] = useState('');
  const summary = items ? inboxSummary(items) : '';
  const subscribe = async () => setConsent(consentText(await requestSubscribe(SUBSCRIBE_PURPOSES.deadlines)));

  return (
    <View className='page page--with-bar' style={pageStyle()}>
      <Text className='title' {...heading(1)}>工作台</Text>
      <Text className='text strong'>{me.name ?? '工作人员'}</Text>
      <Text className='muted'>{rolesText(me.roles)}</Text>
      {summary ? (
        <View className='banner' onClick={() => void Taro.navigateTo({ url: STAFF_INBOX_URL })} {...roleOf('status')}>
          <Text>{summary}　查看 ›</Text>
        </View>
      ) : null}
      {(me.roles ?? []).some((r) => r === 'director' || r === 'admin') ? <DirectorDashboard /> : null}
      {(me.roles ?? []).includes('archivist') ? ARCHIVES_ENTRY : null /* the archivist's own work first */}
      {(me.roles ?? []).some((r) => r === 'director' || r === 'admin') ? REPORT_AREAS.map((a) => <EntryCard key={a.url} title={a.title} desc={a.desc} url={a.url} />) : null}
      {AREAS.map((a) => <EntryCard key={a.url} title={a.title} desc={a.desc} url={a.url} />)}
      {(me.roles ?? []).some((r) => r === 'director' || r === 'admin') ? <EntryCard title='回访汇总表' desc='每月按人员、按类型：评价、回访率、抽访率；可打印、下载' url='/packages/staff/pages/callback-table/index' /> : null}
      {(me.roles ?? []).some((r) => r === 'director' || r === 'admin') ? <EntryCard title='投诉记录本' desc='每件投诉的内容、处理和结果；可打印、下载；重大投诉报告' url='/packages/staff/pages/complaint-book/index' /> : null}
      {keepsArchives(me.roles) && !(me.roles ?? []).includes('archivist') ? ARCHIVES_ENTRY : null}
      {isAdminRole(me.roles) ? <EntryCard title='信息发布管理' desc='地址、电话、办事指南、办公日历' url={ADMIN_URL} /> : null}
      {isAdminRole(me.roles) ? <EntryCard title='人员管理' desc='邀请新人员、调整角色、停用与恢复、公示牌提醒' url='/packages/people/pages/index/index' /> : null}
      <View className='bar'>
        {consent ? <Text className='muted' {...roleOf('status')}>{consent}</Text> : null}
        <Button className='btn btn--primary' onClick={() => void subscribe()}>接收到期提醒（微信通知）</Button>
      </View>
    </View>
  );
}

/** 「工作台」: the staff member's name and roles, and the areas they work in. Staff only. */
export default function WorkbenchHome() {
  return <StaffGate>{(me) => <Workbench me={me} />}</StaffGate>;
}
