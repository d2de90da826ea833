import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { Field } from '../../../../components/form/Field';
import { PhoneField } from '../../../../components/form/PhoneField';
import { errorAt } from '../../../../components/form/errorAt';
import { useFieldErrors } from '../../../../components/form/useFieldErrors';
import { Checklist } from '../../../../components/Checklist';
import { LetterPhotos, type LetterPhoto } from '../../../../components/photos/LetterPhotos';
import type { ApiError } from '../../../../api/types';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { useGuide } from '../../../../ui/useGuide';
import { hardshipReviewOf, materialsFor } from '../../../../domain/legal-aid';
import { GREEN_GROUPS, HARDSHIP_PLAIN, LEGAL_AID_PAGES, MATTER_KINDS, type GreenGroup, type HardshipBasis, type LegalAidView, type MatterKind } from '../../../../shared/legal-aid';
import { applyLegalAid } from '../../components/api';
import { Choices } from '../../components/Choices';
import { APPLY_LABELS, EMPTY_FORM, STEPS, payloadOf, stepProblems, type ApplyForm } from '../../components/form';
import '../../legal-aid.css';

const GROUP_CHOICES = (Object.keys(GREEN_GROUPS) as GreenGroup[]).map((g) => ({ value: g, label: GREEN_GROUPS[g] }));
const KIND_CHOICES = (Object.keys(MATTER_KINDS) as MatterKind[]).map((k) => ({ value: k, label: MATTER_KINDS[k] }));
const BASIS_CHOICES = (Object.keys(HARDSHIP_PLAIN) as HardshipBasis[]).map((b) => ({ value: b, label: HARDSHIP_PLAIN[b] }));
const newRequestId = () => `la-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;

/** Which step a server error's field belongs to. */
function stepOfField(field?: string): number {
  if (!field) return 3;
  if (field.startsWith('applicant') || field === 'relation') return 0;
  if (field === 'groups' || field.startsWith('groups')) return 1;
  if (field.startsWith('matter') || field.startsWith('urgent')) return 2;
  return 3;
}

/** After sending: what happens next and by when, in plain words. */
function Done({ app }: { app: LegalAidView }) {
  const sameDay = app.greenChannel || app.urgent;
  return (
    <View className='la-promise' {...roleOf('status')}>
      <Text className='la-promise__big'>✓ 申请已提交</Text>
      <Text className='text'>{sameDay ? '您走绿色通道：工作站今天就受理、审批、指派律师，并当天和您联系。' : '工作站收到后 7 天内决定是否给予法律援助（收到当天不算，遇到节假日顺延）。'}</Text>
      <Text className='text'>{app.hardshipReview === 'exempt' ? '您不用证明家里经济困难。' : '您已作了诚信承诺，不用另开收入证明。'}</Text>
      <Button className='btn btn--primary' onClick={() => void Taro.redirectTo({ url: `${LEGAL_AID_PAGES.resident}?id=${app.id}` })} {...a11y('查看我的申请', 'button')}>查看我的申请</Button>
    </View>
  );
}

/**
 * 「申请法律援助」: four short steps a large-text user can finish — who applies (self or family),
 * which group (绿色通道 explained), what the matter is (and whether it is urgent, 第44条), how
 * hardship is shown (the exemption in plain words; otherwise a personal promise, never an income
 * proof) — with the materials checklist from the guide and photos of the materials.
 */
export default function ApplyPage() {
  const [form, setForm] = useState<ApplyForm>(EMPTY_FORM);
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState(false);
  const [photos, setPhotos] = useState<LetterPhoto[]>([]);
  const [serverError, setServerError] = useState<ApiError>();
  const [done, setDone] = useState<LegalAidView | null>(null);
  const requestId = useRef(newRequestId());
  const errors = useFieldErrors(APPLY_LABELS, serverError);
  const { guide } = useGuide('guide:legal-aid');
  const set = <K extends keyof ApplyForm>(key: K) => (value: ApplyForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const shown = errors.shown;

  if (done) return <View className='page' style={pageStyle()}><Done app={done} /></View>;

  const next = () => { if (errors.check(stepProblems(step, form))) setStep((s) => s + 1); };
  const back = () => { errors.clear(); setStep((s) => s - 1); };
  const send = async () => {
    if (busy || !errors.check(stepProblems(3, form))) return;
    setBusy(true);
    setServerError(undefined);
    const res = await applyLegalAid(payloadOf(form, requestId.current));
    setBusy(false);
    if (!res.ok) {
      setServerError(res.error);
      setStep(stepOfField(res.error.field));
      return;
    }
    setDone(res.data.application);
  };
  /** The photos on screen and their ids for the application (issue 11: on H5 through the gateway too). */
  const changePhotos = (next: LetterPhoto[]) => {
    setPhotos(next);
    setForm((f) => ({ ...f, photoIds: next.map((p) => p.fileId) }));
  };
  const declare = form.hardship && form.kind ? hardshipReviewOf(form.hardship, form.kind) === 'required' : form.hardship === 'declaration';
  const checklist = form.hardship && form.kind ? materialsFor(form.hardship, form.kind) : guide?.data.materials ?? [];
  const general = serverError && !serverError.field ? serverError.message : shown ? '请按红色提示修改' : '';

  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>申请法律援助</Text>
      <Text className='la-stepbar' {...roleOf('status')}>第 {step + 1} 步，共 4 步：{STEPS[step]}</Text>

      {step === 0 ? (
        <View>
          <Choices label='1. 为谁申请？' choices={[{ value: 'self', label: '为我自己' }, { value: 'family', label: '为家里人' }]} value={[form.forWhom]}
            onToggle={(v) => set('forWhom')(v as ApplyForm['forWhom'])} />
          {form.forWhom === 'family' ? <Field label={APPLY_LABELS.relation} path='relation' value={form.relation} onChange={set('relation')} hint='例如：儿子、女儿、老伴' hintFirst maxLength={20} error={errorAt(shown, 'relation')} /> : null}
          <Field label={APPLY_LABELS['applicant.name']} path='applicant.name' value={form.name} onChange={set('name')} hintFirst maxLength={30} error={errorAt(shown, 'applicant.name')} />
          <PhoneField label={APPLY_LABELS['applicant.phone']} path='applicant.phone' hintFirst value={form.phone} onChange={set('phone')} error={errorAt(shown, 'applicant.phone')} />
          <Field label={`${APPLY_LABELS['applicant.idNumber']}（可以不填）`} path='applicant.idNumber' type='idcard' value={form.idNumber} onChange={set('idNumber')}
            hint='不填也可以，到窗口时带上身份证' hintFirst maxLength={18} error={errorAt(shown, 'applicant.idNumber')} />
          {!form.idNumber.trim() ? <Field label={`${APPLY_LABELS['applicant.birthDate']}（可以不填）`} path='applicant.birthDate' value={form.birthDate} onChange={set('birthDate')}
            hint='例如 1950-03-01；60 岁以上走绿色通道' hintFirst maxLength={10} error={errorAt(shown, 'applicant.birthDate')} /> : null}
        </View>
      ) : null}

      {step === 1 ? (
        <View>
          <Text className='muted'>属于下面任何一类，走「绿色通道」：当天受理、当天审批、当天指派律师、当天开始帮您。都不是也可以申请，7 天内给您答复。</Text>
          <Choices multiple label={APPLY_LABELS.groups + '（可以多选，都不是就直接点下一步）'} id='field-groups' choices={GROUP_CHOICES} value={form.groups}
            onToggle={(g) => set('groups')(form.groups.includes(g) ? form.groups.filter((x) => x !== g) : [...form.groups, g])} error={errorAt(shown, 'groups')} />
        </View>
      ) : null}

      {step === 2 ? (
        <View>
          <Choices label={APPLY_LABELS['matter.kind']} id='field-matter-kind' choices={KIND_CHOICES} value={form.kind ? [form.kind] : []} onToggle={(k) => set('kind')(k)} error={errorAt(shown, 'matter.kind')} />
          <Field label={APPLY_LABELS['matter.summary']} path='matter.summary' multiline value={form.summary} onChange={set('summary')} hint='说清楚什么时候、和谁、为了什么事就可以' hintFirst maxLength={2000} error={errorAt(shown, 'matter.summary')} />
          <Field label={`${APPLY_LABELS['matter.opponent']}（可以不填）`} path='matter.opponent' value={form.opponent} onChange={set('opponent')} hintFirst maxLength={60} />
          <Choices multiple label='很着急吗？' choices={[{ value: 'urgent', label: '很着急：7 天内就到期（比如起诉、上诉的期限），或者要马上保全财产', hint: '律师先帮您，材料以后再补' }]}
            value={form.urgent ? ['urgent'] : []} onToggle={() => set('urgent')(!form.urgent)} />
          {form.urgent ? <Field label={APPLY_LABELS.urgentReason} path='urgentReason' value={form.urgentReason} onChange={set('urgentReason')} hint='例如：上诉期 12 月 3 日到期' hintFirst maxLength={300} error={errorAt(shown, 'urgentReason')} /> : null}
        </View>
      ) : null}

      {step === 3 ? (
        <View>
          <Text className='muted'>法律援助是免费的。下面几种情况不用证明家里经济困难；都不是的话，如实写一下家里的情况、签个诚信承诺就行，不用跑去开收入证明。</Text>
          <Choices label={APPLY_LABELS.hardship} id='field-hardship' choices={BASIS_CHOICES} value={form.hardship ? [form.hardship] : []} onToggle={(b) => set('hardship')(b)} error={errorAt(shown, 'hardship')} />
          {declare ? (
            <View>
              <Field label={APPLY_LABELS['declaration.income']} path='declaration.income' multiline value={form.income} onChange={set('income')} hint='例如：家里几口人，每月大概收入多少' hintFirst maxLength={500} error={errorAt(shown, 'declaration.income')} />
              <Choices multiple id='field-declaration-promise' label={APPLY_LABELS['declaration.promise']} choices={[{ value: 'promise', label: '我保证以上情况属实（个人诚信承诺）' }]}
                value={form.promise ? ['promise'] : []} onToggle={() => set('promise')(!form.promise)} error={errorAt(shown, 'declaration.promise')} />
            </View>
          ) : null}
          <Text className='h2' {...heading(2)}>要准备的材料</Text>
          <Checklist key={checklist.join('|')} items={checklist} />
          <LetterPhotos value={photos} onChange={changePhotos} label='材料照片（可以不传，原件也可以带到窗口）' />
        </View>
      ) : null}

      {general ? <Text className='bar__error' {...roleOf('alert')}>{general}</Text> : null}
      <View className='row'>
        {step > 0 ? <Button className='btn' onClick={back} {...a11y('上一步', 'button')}>上一步</Button> : null}
        {step < 3
          ? <Button className='btn btn--primary' onClick={next} {...a11y('下一步', 'button')}>下一步</Button>
          : <Button className='btn btn--primary' {...(busy ? { disabled: true } : {})} onClick={() => void send()} {...a11y('提交申请', 'button')}>{busy ? '正在提交…' : '提交申请'}</Button>}
      </View>
    </View>
  );
}
