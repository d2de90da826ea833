import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../../api/types';
import { toBeijingDate } from '../../../../../domain/beijing';
import type { FileAnswer, ReportDueSettings, SubmissionRow } from '../../../../../shared/reports';
import { a11y, heading, roleOf } from '../../../../../ui/a11y';
import { pageStyle } from '../../../../../ui/font-scale';
import { BookGate } from '../../../components/BookGate';
import { Box, Submit } from '../../../components/tickets/FormBits';
import { newRequestId } from '../../../components/tickets/request-id';
import { dueSettings, markSubmitted, submissions, type FileEvent } from '../../../components/reports/api';
import { Stepper } from '../../../components/reports/Stepper';
import { useFileMaker } from '../../../components/reports/useFileMaker';
import { historyWords, periodText, reportFileName, stateText } from '../../../components/reports/words';
import '../../../components/tickets/tickets.css';
import '../../../components/reports/reports.css';

const KIND_WORDS = { monthly: '月度统计汇总', quarterly: '季度分析报告' } as const;
const fileOf = (r: SubmissionRow): FileEvent => (r.kind === 'monthly' ? { action: 'monthlyXlsx', month: r.period } : { action: 'quarterlyReport', quarter: r.period, format: 'docx' });
const yearText = (y: string) => `${y}年`;
const shiftYear = (y: string, by: number) => String(Number(y) + by);

/** 「登记已报送」 for one period: the file's name (prefilled), one request id per form, so a double tap records once. */
function MarkForm({ row, made, onDone }: { row: SubmissionRow; made: FileAnswer['file'] | null; onDone: (r: SubmissionRow) => void }) {
  const requestId = useRef(newRequestId());
  const [fileName, setFileName] = useState(made?.name ?? reportFileName(row.kind, row.period));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const go = async () => {
    if (busy) return;
    setBusy(true);
    const res = await markSubmitted(row.kind, row.period, fileName.trim(), requestId.current, made?.id);
    setBusy(false);
    if (!res.ok) return setError(res.error);
    onDone(res.data);
  };
  return (
    <View>
      <Box label='报送文件' path='fileName' value={fileName} onChange={setFileName} error={error} multiline={false} />
      <Text className='muted'>{made ? `刚才下载的「${made.name}」会随报送一并保存，以后可在这里再下载。` : '先点「下载」生成这一期的文件，报送时会一并保存；也可以只登记文件名。'}</Text>
      <Submit label={`确认${periodText(row.period)}${KIND_WORDS[row.kind]}已报送`} busy={busy} error={error?.field === 'fileName' ? undefined : error} onClick={() => void go()} />
    </View>
  );
}

/** One period: its due day, its state in words, who sent what when; download; mark submitted. */
function PeriodRow({ row, director, files, onMarked }: { row: SubmissionRow; director: boolean; files: ReturnType<typeof useFileMaker>; onMarked: (r: SubmissionRow) => void }) {
  const [marking, setMarking] = useState(false);
  const [made, setMade] = useState<FileAnswer['file'] | null>(null);
  const download = async () => {
    const file = await files.make(title, fileOf(row));
    if (file) setMade(file);
  };
  const title = `${periodText(row.period)}${KIND_WORDS[row.kind]}`;
  return (
    <View className='rp-period' {...roleOf('listitem')}>
      <Text className='text strong'>{title}</Text>
      <Text className={`rp-state rp-state--${row.state}`}>{stateText(row.state)}</Text>
      <Text className='muted'>{`应于 ${row.dueDay} 前报送`}</Text>
      {row.submittedDay ? <Text className='muted'>{`${row.submittedDay} 由${row.by ?? '工作站'}报送：${row.fileName ?? ''}`}</Text> : null}
      {row.file ? <Button className='btn' {...(files.busy ? { disabled: true } : {})} onClick={() => void files.make(`报送的${title}`, { action: 'submittedFile', kind: row.kind, period: row.period })} {...a11y(`下载报送的文件：${title}（${row.file.name}）`, 'button')}>下载报送的文件</Button> : null}
      <Button className='btn' {...(files.busy ? { disabled: true } : {})} onClick={() => void download()} {...a11y(`${row.kind === 'monthly' ? '下载（Excel）' : '下载（Word）'}：${title}`, 'button')}>{row.kind === 'monthly' ? '下载（Excel）' : '下载（Word）'}</Button>
      {director && !row.submittedDay && !marking ? <Button className='btn btn--primary' onClick={() => setMarking(true)} {...a11y(`登记已报送：${title}`, 'button')}>登记已报送</Button> : null}
      {marking ? <MarkForm row={row} made={made} onDone={(r) => { setMarking(false); onMarked(r); }} /> : null}
    </View>
  );
}

function History({ director }: { director: boolean }) {
  const thisYear = toBeijingDate(Date.now()).slice(0, 4);
  const [year, setYear] = useState(thisYear);
  const [rows, setRows] = useState<SubmissionRow[] | null>(null);
  const [rule, setRule] = useState<ReportDueSettings | null>(null);
  const [error, setError] = useState<ApiError>();
  const [said, setSaid] = useState('');
  const files = useFileMaker();
  const load = useCallback(async () => {
    setRows(null);
    const res = await submissions(Number(year));
    if (res.ok) { setRows(res.data); setError(undefined); } else setError(res.error);
  }, [year]);
  useEffect(() => { void load(); }, [load]);
  useEffect(() => { void dueSettings().then((res) => res.ok && setRule(res.data)); }, []);
  const marked = (r: SubmissionRow) => {
    setRows((old) => (old ?? []).map((x) => (x.kind === r.kind && x.period === r.period ? r : x)));
    setSaid(`已登记：${periodText(r.period)}${KIND_WORDS[r.kind]}，${stateText(r.state)}。`);
  };
  const shown = rows ? [...rows].reverse() : [];

  return (
    <View className='page page--with-bar' style={pageStyle()}>
      <Text className='title' {...heading(1)}>{`报送记录 · ${yearText(year)}`}</Text>
      <Text className='muted'>{rule ? `月度统计汇总于次月第 ${rule.monthlyWorkingDays} 个工作日前、季度分析报告于季后第 ${rule.quarterlyWorkingDays} 个工作日前报分管领导；迟报、漏报要追究责任（规定第十一条）。` : '月报、季报应按时报分管领导（规定第十一条）。'}</Text>
      <Stepper label='年份' value={year} text={yearText} shift={shiftYear} unit='年' onChange={setYear} max={thisYear} />
      {error ? <View className='banner' {...roleOf('alert')} onClick={() => void load()}><Text>{`${error.message}（点此重试）`}</Text></View> : null}
      {rows === null && !error ? <Text className='text'>正在加载…</Text> : null}
      {rows ? <Text className='text strong' {...roleOf('status')}>{rows.length ? historyWords(rows) : '这一年还没有到期的报表。'}</Text> : null}
      {said ? <Text className='text' {...roleOf('status')}>{said}</Text> : null}
      {!director ? <Text className='muted'>只有工作站主任可以登记报送；您可以查看和下载。</Text> : null}
      {shown.length ? (
        <View className='card' {...roleOf('list')}>
          {shown.map((r) => <PeriodRow key={`${r.kind}:${r.period}`} row={r} director={director} files={files} onMarked={marked} />)}
        </View>
      ) : null}
      <View className='bar no-print'>
        <Text className={files.failed ? 'bar__error' : 'muted'} {...roleOf(files.failed ? 'alert' : 'status')}>{files.message || '点「下载」生成该期的报表文件。'}</Text>
      </View>
    </View>
  );
}

/** 报送记录 (rule 十一(五)): each month's and quarter's report — due day, on time, late or missing; download it; the director marks it submitted. */
export default function SubmissionsPage() {
  return <BookGate name='报送记录'>{(me) => <History director={(me.roles ?? []).includes('director')} />}</BookGate>;
}
