import { Button, Text, View } from '@tarojs/components';
import { roleOf } from '../../../ui/a11y';
import { generalMessage, type FormError } from '../../../components/form/field-errors';
import { ageOn } from '../../../domain/eligibility';
import type { HomeVisitBasis } from '../../../shared/appointments';
import { parseBirthDate } from '../birth-date';
import { BackButton } from './BackButton';
import { errorAt } from '../../../components/form/errorAt';
import { Field } from './Field';
import { ForWhomFields, type ForWhomDraft } from './ForWhomFields';
import { Notice } from './Notice';
import { StepHeader } from './StepHeader';

/** What a typed birth date means, said back in words, or why it cannot be read. */
function birthLine(typed: string, today: string): string | undefined {
  if (!typed.trim()) return undefined;
  const ymd = parseBirthDate(typed);
  if (!ymd) return '没看懂这个日期，请按「19510315」这样写 8 位数字';
  if (ymd > today) return '出生日期不能晚于今天';
  return `即 ${+ymd.slice(0, 4)}年${+ymd.slice(5, 7)}月${+ymd.slice(8, 10)}日出生，今年 ${ageOn(ymd, today)} 岁`;
}

/**
 * Home visit, step 2: for whom, and the proof of the basis — a birth date (年满七十岁) or the
 * 残疾人证 number (重度残疾).
 * @example <ProofStep of={4} basis='age70' birth={b} onBirth={setB} … />
 */
export function ProofStep({ of, basis, today, birth, onBirth, cert, onCert, who, onWho, selfName, error, onNext, onBack }: {
  of: number;
  basis: HomeVisitBasis;
  today: string;
  birth: string;
  onBirth: (v: string) => void;
  cert: string;
  onCert: (v: string) => void;
  who: ForWhomDraft;
  onWho: (v: ForWhomDraft) => void;
  selfName?: string;
  error?: FormError;
  onNext: () => void;
  onBack: () => void;
}) {
  const line = basis === 'age70' ? birthLine(birth, today) : undefined;
  return (
    <View>
      <StepHeader step={2} of={of} title={basis === 'age70' ? `${who.on ? '家人' : '您'}是哪天出生的？` : '残疾人证号是多少？'} />
      <ForWhomFields value={who} onChange={onWho} error={error} selfName={selfName} verb='申请' />
      <View className='card'>
        {basis === 'age70' ? (
          <Field label={who.on ? '家人的出生日期' : '您的出生日期'} path='birthDate' type='number' value={birth} onChange={onBirth}
            placeholder='例如 19510315' hint={line ? undefined : '写 8 位数字：年 月 日'} error={errorAt(error, 'birthDate')} />
        ) : null}
        {basis === 'age70' && line ? <Text className='bk-readback' {...roleOf('status')}>{line}</Text> : null}
        {basis === 'age70' ? null : (
          <Field label='残疾人证号（20 位）' path='disabilityCertNo' type='idcard' value={cert} onChange={onCert}
            hint='在残疾人证第一页，身份证号后面多两位' error={errorAt(error, 'disabilityCertNo')} />
        )}
      </View>
      <Notice text={generalMessage(error)} />
      <Button className='btn btn--primary' onClick={onNext}>下一步</Button>
      <BackButton onBack={onBack} />
      {basis === 'age70' && !birth.trim() ? <Text className='muted'>不知道准确日期，可以直接打电话 0791-83280001。</Text> : null}
    </View>
  );
}
