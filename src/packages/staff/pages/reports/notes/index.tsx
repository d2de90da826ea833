import { useCallback, useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../../api/types';
import { addCalendarDays, toBeijingDate } from '../../../../../domain/beijing';
import { quarterOf } from '../../../../../domain/reports/period';
import type { QuarterNotes, RectificationItem } from '../../../../../shared/reports';
import { a11y, heading, roleOf } from '../../../../../ui/a11y';
import { formatMonthDayTime } from '../../../../../ui/dates';
import { pageStyle } from '../../../../../ui/font-scale';
import { BookGate } from '../../../components/BookGate';
import { Box, Submit } from '../../../components/tickets/FormBits';
import { quarterNotes, saveQuarterNotes } from '../../../components/reports/api';
import { ItemEditor, itemsWords } from '../../../components/reports/ItemEditor';
import { Stepper } from '../../../components/reports/Stepper';
import { useFileMaker } from '../../../components/reports/useFileMaker';
import { quarterText, shiftQuarter } from '../../../components/reports/words';
import '../../../components/tickets/tickets.css';
import '../../../components/reports/reports.css';

/** A new 整改 item, due in 30 days unless the director turns the wheel. */
const blank = (today: string): RectificationItem => ({ item: '', owner: '', dueDate: addCalendarDays(today, 30), done: false });

function Notes({ director }: { director: boolean }) {
  const today = toBeijingDate(Date.now());
  const thisQuarter = quarterOf(today.slice(0, 7));
  const [quarter, setQuarter] = useState(thisQuarter);
  const [notes, setNotes] = useState<QuarterNotes | null>(null);
  const [analysis, setAnalysis] = useState('');
  const [items, setItems] = useState<RectificationItem[]>([]);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const files = useFileMaker();
  const take = (n: QuarterNotes) => { setNotes(n); setAnalysis(n.analysis); setItems(n.items); };
  const load = useCallback(async () => {
    setNotes(null);
    setSaid('');
    const res = await quarterNotes(quarter);
    if (res.ok) { take(res.data); setError(undefined); } else setError(res.error);
  }, [quarter]);
  useEffect(() => { void load(); }, [load]);

  const save = async () => {
    if (busy) return;
    setBusy(true);
    const res = await saveQuarterNotes(quarter, analysis, items.map((i) => ({ ...i, item: i.item.trim(), owner: i.owner.trim() })));
    setBusy(false);
    if (!res.ok) return setError(res.error);
    take(res.data);
    setError(undefined);
    setSaid(`已保存，生成的季度分析报告（Word）会写入这些内容。${itemsWords(res.data.items, today)}`);
  };
  const setItem = (n: number, v: RectificationItem) => setItems((xs) => xs.map((x, i) => (i === n ? v : x)));
  const fieldError = error?.field ? error : undefined;

  return (
    <View className='page page--with-bar' style={pageStyle()}>
      <Text className='title' {...heading(1)}>{`季度分析 · ${quarterText(quarter)}`}</Text>
      <Text className='muted'>主任的分析意见和存在问题的整改（规定第十一条（三）（四））：写入季度分析报告，报分管领导审阅。</Text>
      <Stepper label='季度' value={quarter} text={quarterText} shift={shiftQuarter} unit='季' onChange={setQuarter} max={thisQuarter} />
      {error && !error.field ? <View className='banner' {...roleOf('alert')}><Text>{error.message}</Text></View> : null}
      {!notes && !error ? <Text className='text'>正在加载…</Text> : null}
      {notes ? (
        <View>
          {notes.updatedAt ? <Text className='muted'>{`上次保存：${formatMonthDayTime(notes.updatedAt)} ${notes.updatedBy ?? ''}`}</Text> : null}
          <View className='card'>
            <Text className='h2' {...heading(2)}>分析意见</Text>
            {director
              ? <Box label='分析意见（需求规律、工作方向的调整）' path='analysis' value={analysis} onChange={setAnalysis} error={fieldError} />
              : <Text className='text'>{analysis || '主任还没有填写分析意见。'}</Text>}
          </View>
          <View className='card'>
            <Text className='h2' {...heading(2)}>存在问题及整改</Text>
            <Text className='text' {...roleOf('status')}>{itemsWords(items, today)}</Text>
            <View {...(!director && items.length ? roleOf('list') : {})}>
              {items.map((it, n) => (
                <ItemEditor key={n} n={n} value={it} today={today} error={fieldError} readOnly={!director}
                  onChange={(v) => setItem(n, v)} onRemove={() => setItems((xs) => xs.filter((_, i) => i !== n))} />
              ))}
            </View>
            {director ? <Button className='btn' onClick={() => setItems((xs) => [...xs, blank(today)])}>＋ 添加整改事项</Button> : null}
          </View>
          {!director ? <Text className='muted'>只有工作站主任可以填写；您可以查看和下载。</Text> : null}
        </View>
      ) : null}
      <View className='bar no-print'>
        {said ? <Text className='text' {...roleOf('status')}>{said}</Text> : null}
        {files.message ? <Text className={files.failed ? 'bar__error' : 'muted'} {...roleOf(files.failed ? 'alert' : 'status')}>{files.message}</Text> : null}
        {director && notes ? <Submit label='保存季度分析' busy={busy} error={undefined} onClick={() => void save()} /> : null}
        <Button className='btn' {...(files.busy ? { disabled: true } : {})} onClick={() => void files.make('季度分析报告', { action: 'quarterlyReport', quarter, format: 'docx' })}>{`下载${quarterText(quarter)}分析报告（Word）`}</Button>
      </View>
    </View>
  );
}

/** 季度分析与整改 (rule 十一(三)(四)): the director's analysis and the 整改 items of a quarter, saved into the Word report. */
export default function QuarterNotesPage() {
  return <BookGate name='季度分析'>{(me) => <Notes director={(me.roles ?? []).includes('director')} />}</BookGate>;
}
