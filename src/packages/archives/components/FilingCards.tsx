import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { namedBox } from '../../../components/form/TextBox';
import { openDocx } from '../../../api/document-file';
import type { ApiError } from '../../../api/types';
import { a11y, heading, roleOf } from '../../../ui/a11y';
import { buildCaseVolume, buildLettersVolume, caseFileDocx, closedCases, handOverHalf } from '../api';
import { volumeUrl } from './VolumeCard';
import { lastHalf } from './months';

/** One card: a labelled box and a big button; the outcome read out below it. */
function Card(props: { title: string; hint: string; label: string; id: string; value: string; onInput: (v: string) => void; button: string; busy: boolean; onGo: () => void; maxlength: number }) {
  return (
    <View className='card'>
      <Text className='h2' {...heading(2)}>{props.title}</Text>
      <Text className='muted'>{props.hint}</Text>
      <View className='field'>
        <Text className='field__label'>{props.label}</Text>
        <Input className='field__input' id={props.id} value={props.value} maxlength={props.maxlength} onInput={(e) => props.onInput(e.detail.value)} {...namedBox(props.label)} />
      </View>
      <Button className='btn btn--primary' {...(props.busy ? { disabled: true } : {})} onClick={props.onGo} {...a11y(props.button, 'button')}>{props.busy ? '正在办理…' : props.button}</Button>
    </View>
  );
}

type CaseRow = { applicationId: string; applicant: string; matter: string; closedOn: string; archiveCode: string | null; volumeId?: string | null };

/**
 * The closed legal-aid cases, each with a button that makes and opens its case file (.docx) and one
 * that binds it as a volume (装订成卷, then reviewed and filed like every volume) and opens it.
 */
function CaseFilesCard({ busy, onOpen, onBind }: { busy: string; onOpen: (id: string) => void; onBind: (id: string) => void }) {
  const [rows, setRows] = useState<CaseRow[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => { void closedCases().then((res) => (res.ok ? setRows(res.data.items) : setError(res.error.message))); }, [busy]);
  return (
    <View className='card'>
      <Text className='h2' {...heading(2)}>法律援助案卷（Word）</Text>
      <Text className='muted'>已结案的法律援助案件，按案卷封面、卷内目录、案卷材料、结案报告表、封底的顺序生成，打印装订（制度九（四））。</Text>
      {error ? <Text className='bar__error' {...roleOf('alert')}>{error}</Text> : null}
      {rows === null && !error ? <Text className='text'>正在加载…</Text> : null}
      {rows && rows.length === 0 ? <Text className='text'>还没有已结案的法律援助案件。</Text> : null}
      {(rows ?? []).map((r) => (
        <View key={r.applicationId} className='arch-item' {...a11y(`${r.applicant}，${r.matter}，${r.closedOn}结案`, 'group')}>
          <Text className='text'>{r.applicant} · {r.matter}</Text>
          <Text className='muted'>{r.closedOn}结案 · {r.archiveCode ? `档号 ${r.archiveCode}` : '还没有立卷'}</Text>
          <Button className='btn' {...(busy ? { disabled: true } : {})} onClick={() => onOpen(r.applicationId)} {...a11y(`生成${r.applicant}的案卷并打开`, 'button')}>{busy === `case:${r.applicationId}` ? '正在生成…' : '生成案卷并打开'}</Button>
          {r.volumeId
            ? <Button className='btn' onClick={() => void Taro.navigateTo({ url: volumeUrl(r.volumeId!) })} {...a11y(`打开${r.applicant}的案件卷`, 'button')}>打开案件卷</Button>
            : <Button className='btn btn--primary' {...(busy ? { disabled: true } : {})} onClick={() => onBind(r.applicationId)} {...a11y(`把${r.applicant}的案件装订成卷并打开`, 'button')}>{busy === `bind:${r.applicationId}` ? '正在装订…' : '装订成卷'}</Button>}
        </View>
      ))}
    </View>
  );
}

/**
 * The archivist's other filing work (rule 九(四)(五)(六)): the letters volume of a half year (or
 * year, by the admin's setting), the half-yearly 送交统一保管, and a closed legal-aid case's file as
 * a Word document for binding and as a volume (装订成卷). `onDone` reloads the volumes.
 */
export function FilingCards({ onDone }: { onDone: () => Promise<void> }) {
  const [period, setPeriod] = useState(lastHalf(Date.now()));
  const [half, setHalf] = useState(lastHalf(Date.now()));
  const [busy, setBusy] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<ApiError>();
  const go = async <T,>(which: string, call: () => Promise<{ ok: true; data: T } | { ok: false; error: ApiError }>, done: (d: T) => Promise<string> | string) => {
    setBusy(which); setMessage(''); setError(undefined);
    const res = await call();
    setBusy('');
    if (!res.ok) return setError(res.error);
    setMessage(await done(res.data));
    await onDone();
  };
  return (
    <View>
      <Card title='生成来信卷' hint='来信（函）按半年或一年立卷（平台管理人员设置）：每件含来信、公文处理单、拟办回信底稿、回信正稿（制度九（六））。'
        label='立卷期间（如 2026-H2 下半年，或 2026 全年）' id='letters-period' value={period} onInput={setPeriod} maxlength={7} button={`生成 ${period} 来信卷`} busy={busy === 'letters'}
        onGo={() => void go('letters', () => buildLettersVolume(period.trim()), (d) => `已生成来信卷：共 ${d.volume.itemCount} 件，档号 ${d.volume.archiveCode}。请打开核对。`)} />
      <Card title='送交统一保管' hint='每半年一次，把已归档的咨询卷、来信卷送交工作站统一保管（制度九（五））；办完后「我的待办」里的任务即完成。'
        label='送交的半年（如 2026-H2）' id='handover-half' value={half} onInput={setHalf} maxlength={7} button={`送交 ${half} 的案卷`} busy={busy === 'handOver'}
        onGo={() => void go('handOver', () => handOverHalf(half.trim()), (d) => `已送交 ${d.volumes.length} 卷。${d.remaining.length ? `还有 ${d.remaining.length} 卷未归档：${d.remaining.map((v) => `${v.title}（${v.statusLabel}）`).join('、')}。` : '这半年的案卷已全部送交。'}`)} />
      <CaseFilesCard busy={busy} onOpen={(id) => void go(`case:${id}`, () => caseFileDocx(id), async (d) => { await openDocx(d.fileName, d.base64); return `已生成 ${d.fileName}，可打印装订。`; })}
        onBind={(id) => void go(`bind:${id}`, () => buildCaseVolume(id), async (d) => { await Taro.navigateTo({ url: volumeUrl(d.volume.id) }); return `已装订成卷：档号 ${d.volume.archiveCode}，${d.volume.statusLabel}。`; })} />
      {message ? <Text className='text' {...roleOf('status')}>{message}</Text> : null}
      {error ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
    </View>
  );
}
