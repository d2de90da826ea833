import { useState } from 'react';
import { namedBox } from '../../../components/form/TextBox';
import { Button, Input, Text, View } from '@tarojs/components';
import type { VolumeView } from '../../../shared/archives';
import { a11y, heading } from '../../../ui/a11y';

type Field = { key: string; label: string; value: string; set: (v: string) => void };

function Fields({ fields }: { fields: Field[] }) {
  return <>{fields.map((f) => (
    <View className='field' key={f.key}>
      <Text className='field__label'>{f.label}</Text>
      <Input className='field__input' id={`f-${f.key}`} value={f.value} maxlength={300} onInput={(e) => f.set(e.detail.value)} {...namedBox(f.label)} />
    </View>
  ))}</>;
}

/**
 * Appraisal and destruction (rule 九(九)): put forward for 鉴定 with the opinion, record the judicial
 * administration's approval (批准机关、文号、日期), then destroy with that 文号. The server refuses all
 * of it before the retention ends.
 */
export function DestroyCard({ v, busy, onPropose, onApprove, onDestroy }: {
  v: VolumeView; busy: boolean;
  onPropose: (opinion: string) => void; onApprove: (approver: string, documentNo: string, date: string) => void; onDestroy: (ref: string) => void;
}) {
  const [opinion, setOpinion] = useState('');
  const [approver, setApprover] = useState('');
  const [documentNo, setDocumentNo] = useState('');
  const [date, setDate] = useState('');
  const [ref, setRef] = useState('');
  const can = (s: string) => v.steps.includes(s);
  if (!can('proposeAppraisal') && !can('approveDestruction') && !can('destroy')) return null;
  const off = busy ? { disabled: true } : {};
  return (
    <View className='card'>
      <Text className='h2' {...heading(2)}>鉴定与销毁</Text>
      <Text className='muted'>{v.retentionEndsOn ? `保管期限到 ${v.retentionEndsOn}，期满后才能鉴定销毁。` : '永久保存，不能销毁。'}</Text>
      {can('proposeAppraisal') ? (<View>
        <Fields fields={[{ key: 'opinion', label: '鉴定意见（法律援助机构）', value: opinion, set: setOpinion }]} />
        <Button className='btn' {...off} onClick={() => onPropose(opinion)}>提请鉴定</Button>
      </View>) : null}
      {can('approveDestruction') ? (<View>
        <Fields fields={[
          { key: 'approver', label: '批准机关（司法行政机关）', value: approver, set: setApprover },
          { key: 'documentNo', label: '批准文号', value: documentNo, set: setDocumentNo },
          { key: 'date', label: '批准日期（如 2037-01-28）', value: date, set: setDate },
        ]} />
        <Button className='btn' {...off} onClick={() => onApprove(approver, documentNo, date)}>登记销毁批准</Button>
      </View>) : null}
      {can('destroy') ? (<View>
        <Text className='text'>已批准：{v.approval?.approver} {v.approval?.documentNo}（{v.approval?.date}）。销毁后，卷内当事人的姓名、电话、内容和照片将从系统中删除，只保留销毁清册。</Text>
        <Fields fields={[{ key: 'ref', label: '请再输入批准文号确认', value: ref, set: setRef }]} />
        <Button className='btn btn--danger' {...off} onClick={() => onDestroy(ref)}>确认销毁</Button>
      </View>) : null}
    </View>
  );
}
