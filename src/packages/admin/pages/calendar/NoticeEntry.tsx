import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import { createCalendar } from '../../../../domain/calendar';
import type { HolidayNotice, NoticePreview } from '../../../../shared/calendar';
import { Field } from '../../../../components/form/Field';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { formatMonthDay } from '../../../../ui/dates';
import { enterHolidayNotice, previewHolidayNotice } from '../../api';
import { errorAt } from '../../components/field-error';

/** 「10月1日至10月7日」 or 「6月9日」. */
function rangeText([from, to]: [string, string]): string {
  return from === to ? formatMonthDay(from) : `${formatMonthDay(from)}至${formatMonthDay(to)}`;
}

/** What was read, line by line, and every day whose meaning changes, for the admin to check. */
function PreviewView({ preview }: { preview: NoticePreview }) {
  return (
    <View {...roleOf('region', { 'aria-label': '读取结果' })}>
      <Text className='h2' {...heading(2)}>读到的安排（{preview.lines.length} 项）</Text>
      {preview.lines.map((l) => (
        <View key={l.name} className='list-item'>
          <Text className='text strong'>{l.name}：{rangeText(l.off)}放假</Text>
          {l.work.length > 0 ? <Text className='text'>调休上班：{l.work.map(formatMonthDay).join('、')}</Text> : null}
        </View>
      ))}
      {preview.warnings.map((w) => <Text key={w} className='bar__error' {...roleOf('alert')}>⚠ {w}</Text>)}
      <Text className='h2' {...heading(2)}>和现在的日历相比，有 {preview.changes.length} 天变化</Text>
      {preview.changes.map((c) => (
        <View key={c.date} className='list-item'>
          <Text className='text'>{formatMonthDay(c.date)}：现在 {c.before.label} → 录入后 {c.after.label}</Text>
        </View>
      ))}
    </View>
  );
}

/**
 * 「录入国务院节假日通知」 (issue 9 §4): choose the year, paste the notice, read it, check the
 * days beside the current calendar, confirm. Until then the year's statutory days are days off
 * and the rest of the year is provisional.
 * @example <NoticeEntry thisYear={2026} notices={[]} onEntered={reload} />
 */
export function NoticeEntry({ thisYear, notices, onEntered }: { thisYear: number; notices: HolidayNotice[]; onEntered: () => void }) {
  const years = [thisYear, thisYear + 1];
  const official = createCalendar([], { notices });
  const [year, setYear] = useState(years.find((y) => official.isProvisional(`${y}-01-01`)) ?? thisYear + 1);
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<NoticePreview>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const entered = !official.isProvisional(`${year}-01-01`);

  const read = async () => {
    setBusy(true); setError(undefined); setPreview(undefined); setDone('');
    const res = await previewHolidayNotice(year, text);
    setBusy(false);
    if (res.ok) setPreview(res.data); else setError(res.error);
  };
  const confirm = async () => {
    const answer = await Taro.showModal({ title: `录入${year}年通知`, content: `${year}年的放假和调休将按这份通知计算，正在计时的办理时限会重新计算，放假日的预约会通知居民改期。`, confirmText: '确认录入', cancelText: '再看看' });
    if (!answer.confirm) return;
    setBusy(true); setError(undefined);
    const res = await enterHolidayNotice(year, text);
    setBusy(false);
    if (!res.ok) return setError(res.error);
    setDone(res.data.changed
      ? `已录入${year}年通知：${res.data.clocks.moved} 项办理时限重新计算，${res.data.needsReschedule.length} 个预约已通知居民改期。`
      : `${year}年的这份通知已经录入过，没有重复操作。`);
    setPreview(undefined);
    onEntered();
  };

  return (
    <View className='card' id='notice-entry'>
      <Text className='h2' {...heading(2)}>录入国务院节假日通知</Text>
      <View className='toggle' {...roleOf('group', { 'aria-label': '年份' })}>
        {years.map((y) => (
          <Button key={y} className={`btn ${y === year ? 'btn--on' : ''}`} aria-pressed={y === year ? 'true' : 'false'}
            onClick={() => { setYear(y); setPreview(undefined); setDone(''); }}>{y === year ? '✓ ' : ''}{y}年</Button>
        ))}
      </View>
      <Text className='text'>
        {entered ? `${year}年：已按国务院通知计算放假和调休。` : `${year}年：尚未录入通知。元旦、春节、清明、劳动节、端午、中秋、国庆的法定假日已按《全国年节及纪念日放假办法》休息，补假和调休待通知公布后录入。`}
      </Text>
      <Field label='通知全文' path='text' multiline value={text} onChange={(v) => { setText(v); setPreview(undefined); }}
        hint='从国务院网站复制整篇通知粘贴进来，例如「一、元旦：1月1日（周五）至3日（周日）放假，共3天。」' hintFirst
        error={errorAt(error, 'text')} />
      {error && !errorAt(error, 'text') ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
      {done ? <Text className='text strong' {...roleOf('status')}>✓ {done}</Text> : null}
      <Button className='btn' disabled={busy || !text.trim() || undefined} onClick={() => void read()} {...a11y('读取通知', 'button')}>读取通知</Button>
      {preview ? <PreviewView preview={preview} /> : null}
      {preview ? (
        <Button className='btn btn--primary' disabled={busy || undefined} onClick={() => void confirm()} {...a11y(`核对无误，录入${year}年通知`, 'button')}>
          核对无误，录入{year}年通知
        </Button>
      ) : null}
    </View>
  );
}
