import { useCallback, useEffect, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { callFunction } from '../../../../api/call';
import type { ApiError } from '../../../../api/types';
import type { MajorReport } from '../../../../shared/tickets';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { BookGate } from '../../components/BookGate';
import { CopyCard, ReportBar } from '../../components/ReportBar';
import { downloadCsv } from '../../components/tickets/download';
import { reportText } from './report-text';
import '../../components/tickets/tickets.css';

const loadReport = (id: string) => callFunction<MajorReport>('tickets', { action: 'majorReport', id });

function Report({ id }: { id: string }) {
  const [report, setReport] = useState<MajorReport | null>(null);
  const [error, setError] = useState<ApiError>();
  const [text, setText] = useState('');
  const load = useCallback(async () => {
    const res = await loadReport(id);
    if (res.ok) { setReport(res.data); setError(undefined); } else setError(res.error);
  }, [id]);
  useEffect(() => { void load(); }, [load]);

  const csv = () => {
    if (report && !downloadCsv(report.filename, report.csv)) setText(reportText(report));
  };

  if (!report) {
    return (
      <View className='page' style={pageStyle()}>
        <Text className='title' {...heading(1)}>重大投诉报告</Text>
        {error ? <View className='banner' {...roleOf('alert')} onClick={() => void load()}><Text>{error.message}（点此重试）</Text></View> : <Text className='text'>正在加载…</Text>}
      </View>
    );
  }
  return (
    <View className='page page--with-bar major-report' style={pageStyle()}>
      <Text className='title' {...heading(1)}>{report.title}</Text>
      <Text className='muted no-print'>报县局政工监察股（规定第八条第六款）。含投诉人信息，查看已记录。</Text>
      <View className='card' role='list'>
        {report.fields.map((f) => (
          <View key={f.label} className='book-row' role='listitem'>
            <Text className='book-row__cell'><Text className='strong'>{f.label}：</Text>{f.value}</Text>
          </View>
        ))}
        <View className='book-row' role='listitem'>
          <Text className='book-row__cell strong'>处理过程：</Text>
          {report.handling.length ? report.handling.map((h, i) => <Text key={i} className='book-row__cell'>· {h}</Text>) : <Text className='book-row__cell'>（尚无）</Text>}
        </View>
      </View>
      <CopyCard text={text} title='报告文字（可复制发送）' copyLabel='复制报告文字' copied='已复制，可粘贴发送' />
      <ReportBar name='重大投诉报告' onExport={csv} weappExport={{ label: '导出报告文字', text: '导出文字' }}>
        <Button className='btn btn--small' style={{ width: '100%' }} onClick={() => setText(reportText(report))} {...a11y('显示报告文字，可复制', 'button')}>显示报告文字，可复制</Button>
      </ReportBar>
    </View>
  );
}

/**
 * 重大投诉报告 (rule 八(六)): the report of a complaint flagged major, for 县局政工监察股 — a
 * printable page (@media print), a CSV download on H5 and the text to copy. Director and admin only.
 */
export default function MajorReportPage() {
  const id = decodeURIComponent(useRouter().params.id ?? '');
  return <BookGate name='重大投诉报告'>{() => <Report id={id} />}</BookGate>;
}
