import { useEffect, useState } from 'react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { Field } from '../../../../../components/form/Field';
import { openDocx } from '../../../../../api/document-file';
import { a11y, heading, roleOf } from '../../../../../ui/a11y';
import { formatMonthDayTime } from '../../../../../ui/dates';
import { pageStyle } from '../../../../../ui/font-scale';
import { toBeijingDate, addCalendarDays } from '../../../../../domain/beijing';
import {
  CASE_RESULTS, GREEN_GROUPS, HARDSHIP_BASES, MATTER_KINDS, PROGRESS_KINDS, TERMINATION_REASONS,
  type CaseResult, type LegalAidView, type LegalAidWorker, type ProgressKind, type TerminationReason,
} from '../../../../../shared/legal-aid';
import { StaffGate } from '../../../components/StaffGate';
import { Pick } from '../../../components/legal-aid/Pick';
import { PhotoStrip } from '../../../../../components/photos/PhotoStrip';
import { applicationReferrals, documentFile, legalAidCall, roster } from '../../../components/legal-aid/api';
import { materialsLine } from '../../../components/legal-aid/materials';
import { REFERRAL_KINDS, referralLink, type ReferralSummary } from '../../../../../shared/referrals';
import '../../../components/legal-aid/legal-aid.css';

const entries = <K extends string>(labels: Record<K, string>) => Object.entries(labels) as [K, string][];

/** The applicant and the matter, with the id number as the caller may see it. */
function Facts({ app }: { app: LegalAidView }) {
  return (
    <View className='card'>
      <Text className='text strong'>{app.applicant.name}{app.relation ? `（家属代申请：${app.relation}）` : ''}</Text>
      <Button className='btn btn--small' onClick={() => void Taro.makePhoneCall({ phoneNumber: app.applicant.phone })} {...a11y(`拨打 ${app.applicant.phone}，申请人`, 'button')}>拨打 {app.applicant.phone}</Button>
      {app.applicant.idNumber ? <Text className='muted'>身份证号：{app.applicant.idNumber}{app.idNumberMasked ? '（非经办人不显示全部）' : ''}</Text> : null}
      <Text className='muted'>{app.greenChannel ? `绿色通道：${app.greenGroups.map((g) => GREEN_GROUPS[g]).join('、')}` : '一般程序'}{app.urgent ? ` · 先行提供：${app.urgentReason ?? ''}` : ''}</Text>
      <Text className='muted'>经济困难：{app.hardshipReview === 'exempt' ? `免审（${HARDSHIP_BASES[app.hardship]}）` : `个人诚信承诺：${app.declaration?.income ?? ''}`}</Text>
      <Text className='text'>{MATTER_KINDS[app.matter.kind]}：{app.matter.summary}</Text>
      {app.photoIds.length ? <Text className='text strong'>材料照片 {app.photoIds.length} 张</Text> : null}
      {app.photoIds.length ? <PhotoStrip ids={app.photoIds} label='材料照片' /> : null}
    </View>
  );
}

/** The clocks: each step, its due time, and whether it was kept — in words and symbols. */
function Clocks({ app, now }: { app: LegalAidView; now: number }) {
  return (
    <View className='card'>
      <Text className='h2' {...heading(2)}>办理时限</Text>
      <View {...roleOf('list', { 'aria-label': '办理时限' })}>
      {app.clocks.map((c) => {
        const late = c.state === 'running' && c.dueAt !== null && c.dueAt <= now;
        const state = c.state === 'stopped' ? (c.onTime ? '✓ 按时完成' : '✕ 超时完成') : c.state === 'paused' ? '⏸ 补充材料中，暂停计时' : late ? '✕ 已超期' : '○ 进行中';
        return (
          <Text key={c.purpose} className='list-item text' {...roleOf('listitem')}>
            {c.title}：{c.dueAt ? `${formatMonthDayTime(c.dueAt)}前` : '—'}　{state}{c.provisional ? '（暂按周一至周五计算）' : ''}
          </Text>
        );
      })}
      </View>
    </View>
  );
}

/** issue 11: the materials notice — what was asked, by when it is/was owed, and whether late, in words. */
function Materials({ app, now }: { app: LegalAidView; now: number }) {
  const m = app.materials;
  if (!m) return null;
  return (
    <View className='card' {...roleOf('region', { 'aria-label': '补充材料' })}>
      <Text className='h2' {...heading(2)}>补充材料（一次性告知）</Text>
      <View {...roleOf('list', { 'aria-label': '需补充的材料' })}>
        {m.items.map((item) => <Text key={item} className='list-item text' {...roleOf('listitem')}>{m.suppliedAt !== null ? '☑' : '□'} {item}</Text>)}
      </View>
      <Text className='text strong'>{materialsLine(m, now)}</Text>
      <Text className='muted'>{formatMonthDayTime(m.requestedAt)} 发出通知{m.note ? `；说明：${m.note}` : ''}</Text>
      {m.later ? <Text className='muted'>先行提供法律援助：援助不停止；逾期不补的，由主任决定是否依第四十八条书面终止。</Text> : <Text className='muted'>补充期间暂停计时；逾期未补视为撤回申请（第四十三条）。</Text>}
    </View>
  );
}

/** Every sheet the caller may use now (the server decides again). */
function Sheets({ app, onDone }: { app: LegalAidView; onDone: (a: LegalAidView) => void }) {
  const can = app.can ?? {};
  const [msg, setMsg] = useState('');
  const [items, setItems] = useState('');
  const [dueDate, setDueDate] = useState(addCalendarDays(toBeijingDate(Date.now()), 5));
  const [reason, setReason] = useState('');
  const [workers, setWorkers] = useState<LegalAidWorker[]>([]);
  const [workerId, setWorkerId] = useState('');
  const [kind, setKind] = useState<ProgressKind | ''>('contact');
  const [text, setText] = useState('');
  const [result, setResult] = useState<CaseResult | ''>('');
  const [report, setReport] = useState('');
  const [why, setWhy] = useState<TerminationReason | ''>('');
  const [explanation, setExplanation] = useState('');
  useEffect(() => { if (can.assign) void roster().then((r) => r.ok && setWorkers(r.data.items.filter((w) => w.active))); }, [can.assign]);
  const run = async (action: string, payload: Record<string, unknown>) => {
    setMsg('');
    const res = await legalAidCall(action, { id: app.id, ...payload });
    if (res.ok) onDone(res.data.application);
    else setMsg(res.error.message);
  };
  return (
    <View>
      {msg ? <Text className='bar__error' {...roleOf('alert')}>{msg}</Text> : null}
      {can.accept ? <Button className='btn btn--primary' onClick={() => void run('accept', {})} {...a11y('受理', 'button')}>受理（出具受理回执）</Button> : null}
      {can.supplyMaterials ? <Button className='btn' onClick={() => void run('supplyMaterials', { note: '申请人到窗口补交材料' })} {...a11y('材料已收到', 'button')}>材料已收到，恢复计时</Button> : null}
      {can.requestMaterials || can.materialsLater ? (
        <View className='card'>
          <Text className='h2' {...heading(2)}>补充材料通知（一次性告知）</Text>
          <Field label='需补充的材料（每行一项）' path='items' multiline value={items} onChange={setItems} maxLength={1000} />
          <Field label='补充期限（YYYY-MM-DD）' path='dueDate' value={dueDate} onChange={setDueDate} maxLength={10} hint={app.urgent ? '先行提供援助：不停止办理' : '补充期间暂停计时；逾期未补视为撤回'} />
          <Button className='btn' onClick={() => void run('requestMaterials', { items: items.split('\n').map((s) => s.trim()).filter(Boolean), dueDate })} {...a11y('发出补充材料通知', 'button')}>发出补充材料通知</Button>
        </View>
      ) : null}
      {can.grant || can.deny ? (
        <View className='card'>
          <Text className='h2' {...heading(2)}>审批（主任）</Text>
          <Field label='不予法律援助的理由（不予时必填）' path='reason' multiline value={reason} onChange={setReason} maxLength={500} />
          <View className='row'>
            <Button className='btn btn--primary' onClick={() => void run('decide', { grant: true })} {...a11y('给予法律援助', 'button')}>给予法律援助</Button>
            <Button className='btn btn--danger' onClick={() => void run('decide', { grant: false, ...(reason.trim() ? { reason: reason.trim() } : {}) })} {...a11y('不予法律援助', 'button')}>不予法律援助</Button>
          </View>
        </View>
      ) : null}
      {can.assign ? (
        <View className='card'>
          <Text className='h2' {...heading(2)}>指派（主任）</Text>
          <Pick label='法律援助人员（在办件数少的在前）' options={workers.map((w) => [w.id, `${w.name} · ${w.organisation} · 在办 ${w.load} 件`] as [string, string])} value={workerId} onChange={setWorkerId} />
          <Button className='btn btn--primary' onClick={() => void run('assign', { workerId })} {...a11y('指派', 'button')}>指派（出具指派通知书）</Button>
        </View>
      ) : null}
      {can.recordProgress ? (
        <View className='card'>
          <Text className='h2' {...heading(2)}>登记援助进展</Text>
          <Pick label='进展类型' options={entries(PROGRESS_KINDS)} value={kind} onChange={setKind} />
          <Field label='进展内容' path='text' multiline value={text} onChange={setText} maxLength={1000} />
          <Button className='btn' onClick={() => void run('recordProgress', { kind, text: text.trim() })} {...a11y('登记进展', 'button')}>登记进展</Button>
        </View>
      ) : null}
      {can.close ? (
        <View className='card'>
          <Text className='h2' {...heading(2)}>结案</Text>
          <Pick label='结案结果' options={entries(CASE_RESULTS)} value={result} onChange={setResult} />
          <Field label='结案报告' path='report' multiline value={report} onChange={setReport} maxLength={3000} />
          <Button className='btn btn--primary' onClick={() => void run('close', { result, report: report.trim() })} {...a11y('结案', 'button')}>结案</Button>
        </View>
      ) : null}
      {can.terminate ? (
        <View className='card'>
          <Text className='h2' {...heading(2)}>终止法律援助（主任，第四十八条）</Text>
          <Pick label='终止原因' options={entries(TERMINATION_REASONS)} value={why} onChange={setWhy} />
          <Field label='终止说明' path='explanation' multiline value={explanation} onChange={setExplanation} maxLength={1000} />
          <Button className='btn btn--danger' onClick={() => void run('terminate', { reason: why, explanation: explanation.trim() })} {...a11y('终止法律援助', 'button')}>终止法律援助</Button>
        </View>
      ) : null}
    </View>
  );
}

/**
 * 分流交办 from the application (issue 13): open the refer sheet — e.g. to the county legal-aid
 * centre — and each referral made from it, its units and status, opening its page.
 */
function Referrals({ app }: { app: LegalAidView }) {
  const [items, setItems] = useState<ReferralSummary[]>([]);
  const load = () => { void applicationReferrals(app.id).then((r) => r.ok && setItems(r.data.items)); };
  useEffect(load, [app.id]); // eslint-disable-line react-hooks/exhaustive-deps
  useDidShow(load); // back from the refer sheet or a referral's page, the list is read again
  const refer = `/packages/referrals/pages/refer/index?applicationId=${encodeURIComponent(app.id)}`;
  const open = !['closed', 'terminated', 'withdrawn', 'denied'].includes(app.status);
  return (
    <View className='card'>
      <Text className='h2' {...heading(2)}>分流交办</Text>
      {items.length === 0 ? <Text className='muted'>还没有交办。</Text> : null}
      {items.map((r) => (
        <Text key={r.id} className='link' onClick={() => void Taro.navigateTo({ url: referralLink(r.id) })} {...a11y(`${REFERRAL_KINDS[r.kind]}：${r.units.map((u) => u.name).join('、')}，${r.statusLabel}，查看`, 'link')}>
          {`${REFERRAL_KINDS[r.kind]}：${r.units.map((u) => `${u.name}${r.units.length > 1 && u.lead ? '（牵头）' : ''}`).join('、')} · ${r.statusLabel} ›`}
        </Text>
      ))}
      {open ? <Button className='btn' onClick={() => void Taro.navigateTo({ url: refer })} {...a11y('交给其他单位办理（如县法律援助中心）', 'button')}>交给其他单位办理（如县法律援助中心）</Button> : null}
    </View>
  );
}

function Detail({ id, station }: { id: string; station: boolean }) {
  const [app, setApp] = useState<LegalAidView | null>(null);
  const [error, setError] = useState('');
  const [note, setNote] = useState('');
  useEffect(() => { void legalAidCall('get', { id }).then((r) => (r.ok ? setApp(r.data.application) : setError(r.error.message))); }, [id]);
  if (!app) return <View className='page' style={pageStyle()}>{error ? <Text className='bar__error' {...roleOf('alert')}>{error}</Text> : <Text className='muted'>正在加载…</Text>}</View>;
  const open = async (documentId: string) => {
    const res = await documentFile(app.id, documentId);
    if (!res.ok) return setNote(res.error.message);
    setNote((await openDocx(res.data.filename, res.data.base64)) ? `已打开 ${res.data.filename}` : '这台设备不能打开文书');
  };
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>{app.applicant.name} 的法律援助申请</Text>
      <Text className='la-state' {...roleOf('status')}>{app.statusLabel}</Text>
      {note ? <Text className='muted' {...roleOf('status')}>{note}</Text> : null}
      <Facts app={app} />
      <Clocks app={app} now={Date.now()} />
      <Materials app={app} now={Date.now()} />
      <Sheets app={app} onDone={setApp} />
      {station ? <Referrals app={app} /> : null}
      <Text className='h2' {...heading(2)}>文书（已存档）</Text>
      {app.documents.length === 0 ? <Text className='muted'>还没有文书。</Text> : null}
      {app.documents.map((d) => <Button key={d.id} className='btn' onClick={() => void open(d.id)} {...a11y(`打开${d.title}`, 'button')}>打开《{d.title}》（{formatMonthDayTime(d.issuedAt)}）</Button>)}
      <Text className='h2' {...heading(2)}>办理经过</Text>
      <View className='la-steps' {...roleOf('list')}>
        {app.steps.map((s, i) => (
          <View key={i} className='la-step' {...roleOf('listitem')}>
            <Text className='la-step__when'>{formatMonthDayTime(s.at)} · {s.by}</Text>
            <Text className='text'>{s.summary}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

/** One application at the window: facts, clocks, the sheets (accept, materials notice, decision, assignment, progress, 结案, termination), documents. */
export default function LegalAidDetailPage() {
  const id = useRouter().params.id ?? '';
  return <StaffGate>{(me) => <Detail id={id} station={(me.roles ?? []).some((r) => r === 'staff' || r === 'director' || r === 'admin')} />}</StaffGate>;
}
