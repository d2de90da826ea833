import { useCallback, useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import type { StudyProgress, StudyRegister } from '../../../../shared/people';
import { heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { studyProgress, studyRegister, studyRegisterXlsx } from '../../api';
import { Gate, type PeopleMe } from '../../components/Gate';
import { PlanForm } from '../../components/PlanForm';
import { ProgressBar } from '../../components/ProgressBar';
import { RegisterView } from '../../components/RegisterView';
import { ReviewForm } from '../../components/ReviewForm';
import { ArrangementsForm } from '../../components/ArrangementsForm';
import { WritingForm } from '../../components/WritingForm';
import { SessionForm } from '../../components/SessionForm';
import { StudyLogForm } from '../../components/StudyLogForm';
import { printPage, saveXlsx } from '../../components/download';
import { beijingToday } from '../../components/time';
import '../../people.css';

/**
 * 学习培训 (rule 十): my progress to 30 group hours (everyone's and the station's for the director
 * and the admin), whether the central training was held, recording hours, the plan, sessions and
 * reviews, and the yearly register to print or download.
 */
function Study({ me }: { me: PeopleMe }) {
  const today = beijingToday();
  const year = Number(today.slice(0, 4));
  const supervisor = me.roles.includes('director') || me.roles.includes('admin');
  const [progress, setProgress] = useState<StudyProgress | null>(null);
  const [register, setRegister] = useState<StudyRegister | null>(null);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState('');
  const load = useCallback(async () => {
    const [p, r] = await Promise.all([studyProgress(year), studyRegister(year)]);
    if (p.ok) setProgress(p.data); else setError(p.error);
    if (r.ok) setRegister(r.data);
  }, [year]);
  useEffect(() => { void load(); }, [load]);
  const after = (text: string) => { setDone(text); void load(); };
  const download = async () => {
    const res = await studyRegisterXlsx(year);
    if (!res.ok) return setError(res.error);
    if (!(await saveXlsx(res.data.filename, res.data.base64))) setDone('这里不能下载文件，请在电脑浏览器中打开');
  };
  const behind = progress?.items.filter((i) => i.behind) ?? [];
  const mine = register?.people.find((p) => p.name === me.name);
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>{year}年 学习培训</Text>
      <Text className='muted'>每人每年集中学习不少于 30 学时；每年至少组织一次集中业务培训（制度十（二））。</Text>
      {error ? <View className='banner' {...roleOf('alert')}><Text>{error.message}</Text></View> : null}
      {done ? <View className='banner' {...roleOf('status')}><Text>{done}</Text></View> : null}
      {progress ? (
        <View className='card'>
          {progress.station ? <ProgressBar label='全站合计' hours={progress.station.groupHours} required={progress.station.requiredHours} /> : null}
          {progress.items.map((i) => <ProgressBar key={i.staffId} label={i.name} hours={i.groupHours} expected={i.expectedHours} behind={i.behind} />)}
          <Text className='text'>集中业务培训：{progress.centralHeld ? '✓ 本年度已举办' : '⚠ 本年度尚未举办'}</Text>
          {supervisor && behind.length ? <Text className='text pp-behind'>⚠ 落后进度：{behind.map((i) => i.name).join('、')}</Text> : null}
        </View>
      ) : null}
      <StudyLogForm today={today} onDone={after} />
      <PlanForm year={year} initial={mine?.plan ?? ''} onDone={after} />
      <WritingForm today={today} onDone={after} />
      {supervisor && register ? <ArrangementsForm year={year} items={register.arrangements ?? []} onDone={after} /> : null}
      {supervisor && progress ? <SessionForm key={progress.items.length} people={progress.items} today={today} onDone={after} /> : null}
      {me.roles.includes('director') && progress ? <ReviewForm people={progress.items} today={today} onDone={after} /> : null}
      {register ? <RegisterView register={register} /> : null}
      <View className='pp-actions pp-no-print'>
        <Button className='btn' onClick={() => { if (!printPage()) setDone('请在电脑浏览器中打开后打印'); }}>打印学习登记</Button>
        <Button className='btn btn--primary' onClick={() => void download()}>下载 Excel</Button>
      </View>
    </View>
  );
}

export default function StudyPage() {
  return <Gate deny='此页面仅供工作人员使用。'>{(me) => <Study me={me} />}</Gate>;
}
