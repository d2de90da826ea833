import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../../api/types';
import type { ReportDueSettings } from '../../../../../shared/reports';
import { a11y, heading, roleOf } from '../../../../../ui/a11y';
import { pageStyle } from '../../../../../ui/font-scale';
import { BookGate } from '../../../components/BookGate';
import { isAdminRole } from '../../../components/roles';
import { Submit } from '../../../components/tickets/FormBits';
import { dueSettings, updateDueSettings } from '../../../components/reports/api';
import { CountStepper } from '../../../components/reports/CountStepper';
import '../../../components/tickets/tickets.css';

const SUBMISSIONS_URL = '/packages/staff/pages/reports/submissions/index';
const monthlyWords = (n: number) => `次月第 ${n} 个工作日`;
const quarterlyWords = (n: number) => `季后第 ${n} 个工作日`;

function Settings({ admin }: { admin: boolean }) {
  const [saved, setSaved] = useState<ReportDueSettings | null>(null);
  const [rule, setRule] = useState<ReportDueSettings | null>(null);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  useEffect(() => {
    void dueSettings().then((res) => (res.ok ? (setSaved(res.data), setRule(res.data)) : setError(res.error)));
  }, []);
  const save = async () => {
    if (!rule || busy) return;
    setBusy(true);
    const res = await updateDueSettings(rule);
    setBusy(false);
    if (!res.ok) return setError(res.error);
    setError(undefined);
    setSaved(res.data);
    setSaid(`已保存：月度统计汇总${monthlyWords(res.data.monthlyWorkingDays)}前报送，季度分析报告${quarterlyWords(res.data.quarterlyWorkingDays)}前报送。报送记录里的应报日期已按新期限计算。`);
  };
  const changed = Boolean(saved && rule && (saved.monthlyWorkingDays !== rule.monthlyWorkingDays || saved.quarterlyWorkingDays !== rule.quarterlyWorkingDays));

  return (
    <View className='page page--with-bar' style={pageStyle()}>
      <Text className='title' {...heading(1)}>报送期限</Text>
      <Text className='muted'>月度统计汇总和季度分析报告报分管领导的期限（规定第十一条（五））；按办公日历的工作日计算，节假日顺延。</Text>
      {error && !rule ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
      {!rule && !error ? <Text className='text'>正在加载…</Text> : null}
      {rule && admin ? (
        <View className='card'>
          <CountStepper label='月度统计汇总' value={rule.monthlyWorkingDays} min={1} max={20} words={monthlyWords} onChange={(n) => { setSaid(''); setRule({ ...rule, monthlyWorkingDays: n }); }} />
          <CountStepper label='季度分析报告' value={rule.quarterlyWorkingDays} min={1} max={30} words={quarterlyWords} onChange={(n) => { setSaid(''); setRule({ ...rule, quarterlyWorkingDays: n }); }} />
          {changed ? <Text className='text' {...roleOf('status')}>有改动，点「保存报送期限」后生效。</Text> : null}
        </View>
      ) : null}
      {rule && !admin ? (
        <View className='card'>
          <Text className='text'>{`月度统计汇总：${monthlyWords(rule.monthlyWorkingDays)}前报送`}</Text>
          <Text className='text'>{`季度分析报告：${quarterlyWords(rule.quarterlyWorkingDays)}前报送`}</Text>
          <Text className='muted'>期限由平台管理人员设置。</Text>
        </View>
      ) : null}
      <View className='bar no-print'>
        {said ? <Text className='text' {...roleOf('status')}>{said}</Text> : null}
        {admin && rule ? <Submit label='保存报送期限' busy={busy} error={rule ? error : undefined} onClick={() => void save()} /> : null}
        <Button className='btn' onClick={() => void Taro.navigateTo({ url: SUBMISSIONS_URL })} {...a11y('查看报送记录', 'link')}>查看报送记录</Button>
      </View>
    </View>
  );
}

/** 报送期限 (rule 十一(五)): the monthly and quarterly due working days; admins set them, the director reads them. */
export default function DueSettingsPage() {
  return <BookGate name='报送期限'>{(me) => <Settings admin={isAdminRole(me.roles)} />}</BookGate>;
}
