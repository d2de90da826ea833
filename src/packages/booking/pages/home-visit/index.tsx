import { useState } from 'react';
import { View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import { toBeijingDate } from '../../../../domain/beijing';
import type { Appointment, HomeVisitBasis } from '../../../../shared/appointments';
import { pageStyle } from '../../../../ui/font-scale';
import { useMe } from '../../../../ui/useMe';
import { requestHomeVisit } from '../../api';
import { parseBirthDate } from '../../birth-date';
import { BasisStep } from '../../components/BasisStep';
import { CallInstead } from '../../components/CallInstead';
import { ContactStep } from '../../components/ContactStep';
import { DoneStep } from '../../components/DoneStep';
import { NO_ONE_ELSE, forWhomOf, type ForWhomDraft } from '../../components/ForWhomFields';
import { ProofStep } from '../../components/ProofStep';
import { WishStep } from '../../components/WishStep';
import { readContact, saveContact } from '../../contact';
import { stepOfField, type HomeVisitStep } from '../../home-visit-steps';
import { contactProblems, proofCheck, wishProblems } from '../../home-visit-checks';
import { fieldErrors, scrollToFirst, type FieldErrors, type FieldProblem } from '../../../../components/form/field-errors';
import { answerTip, dayText } from '../../slots-text';
import { useSlots } from '../../useSlots';
import '../../booking.css';

/** How many coming working days are offered as preferred days (a short list is easier to read). */
const PREFERRED_CHOICES = 7;

const NEITHER = '上门服务面向七十岁以上的老年人和重度残疾人。其他情况请到工作站办理，或打电话咨询，工作人员会帮您安排。';

/**
 * 上门服务: which applies → proof (birth date / 残疾人证号) and for whom → address and phone →
 * preferred days and what it is about → submitted. A refusal shows the server's explanation and
 * a big button to call the station.
 */
export default function HomeVisitPage() {
  const [step, setStep] = useState<HomeVisitStep>('basis');
  const [basis, setBasis] = useState<HomeVisitBasis>();
  const [birth, setBirth] = useState('');
  const [cert, setCert] = useState('');
  const [who, setWho] = useState<ForWhomDraft>(NO_ONE_ELSE);
  const [contact] = useState(readContact);
  const [address, setAddress] = useState(contact.address);
  const [phone, setPhone] = useState(contact.phone);
  const [days, setDays] = useState<string[]>([]);
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [problems, setProblems] = useState<FieldErrors>();
  const [refusal, setRefusal] = useState<string>();
  const [done, setDone] = useState<Appointment>();
  const { me } = useMe();
  const { slots } = useSlots();
  const today = toBeijingDate(slots?.serverNow ?? Date.now());
  const workDays = slots ? slots.days.map((d) => d.date).filter((d) => d > today).slice(0, PREFERRED_CHOICES) : null;

  const go = (next: HomeVisitStep) => { setError(undefined); setProblems(undefined); setStep(next); };
  /** Every problem of the step at once, the first scrolled into view; true when there is none. */
  const passes = (found: FieldProblem[]): boolean => {
    const errors = fieldErrors(found);
    setProblems(errors);
    scrollToFirst(errors);
    return !errors;
  };
  /** The age (or certificate) is checked here, where it is typed, by the server's own rule. */
  const afterProof = () => {
    if (!basis) return;
    const checked = proofCheck({ basis, birth, cert, who }, today);
    if (!passes(checked.problems)) return;
    if (checked.refusal) { setRefusal(checked.refusal); setStep('ineligible'); return; }
    go('contact');
  };
  const shown = problems ?? error;
  const toggle = (d: string) => setDays((cur) => (cur.includes(d) ? cur.filter((x) => x !== d) : [...cur, d].sort()));

  const submit = async (requestId: string) => {
    if (!basis || !passes(wishProblems({ days, description }))) return;
    setBusy(true);
    setError(undefined);
    const res = await requestHomeVisit({
      basis,
      birthDate: basis === 'age70' && birth.trim() ? (parseBirthDate(birth) ?? birth.trim()) : undefined,
      disabilityCertNo: basis === 'severeDisability' ? cert.trim().toUpperCase() : undefined,
      address: address.trim(),
      phone: phone.trim(),
      preferredDays: days,
      description: description.trim(),
      requestId,
      forWhom: forWhomOf(who),
    });
    setBusy(false);
    if (res.ok) {
      saveContact({ phone: phone.trim(), address: address.trim() });
      setDone(res.data);
      setStep('done');
      return;
    }
    setError(res.error);
    if (res.error.code === 'NOT_ELIGIBLE') { setRefusal(res.error.message); setStep('ineligible'); }
    else if (res.error.field) setStep(stepOfField(res.error.field));
  };

  return (
    <View className='page' style={pageStyle()}>
      {step === 'basis' ? <BasisStep of={4} value={basis} onPick={(b) => { setBasis(b); go('proof'); }} onNeither={() => go('neither')} /> : null}
      {step === 'neither' ? <CallInstead message={NEITHER} onBack={() => go('basis')} /> : null}
      {step === 'ineligible' ? <CallInstead message={refusal ?? error?.message ?? NEITHER} onBack={() => { setRefusal(undefined); go('basis'); }} /> : null}
      {step === 'proof' && basis ? (
        <ProofStep of={4} basis={basis} today={today} birth={birth} onBirth={setBirth} cert={cert} onCert={setCert}
          who={who} onWho={setWho} selfName={me?.name} error={shown} onNext={afterProof} onBack={() => go('basis')} />
      ) : null}
      {step === 'contact' ? (
        <ContactStep of={4} address={address} phone={phone} onAddress={setAddress} onPhone={setPhone} error={shown}
          onNext={() => passes(contactProblems({ address, phone })) && go('wish')} onBack={() => go('proof')} />
      ) : null}
      {step === 'wish' ? (
        <WishStep of={4} days={workDays} today={today} chosen={days} onToggle={toggle} description={description}
          onDescription={setDescription} busy={busy} error={shown} onSubmit={(id) => void submit(id)} onBack={() => go('contact')} />
      ) : null}
      {step === 'done' && done ? (
        <DoneStep kind='homeVisit' title='申请已提交' rows={[
          ['上门服务', done.forWhom ? `为${done.forWhom.relation} ${done.forWhom.name}申请` : '为本人申请'],
          ['希望的日子', (done.homeVisit?.preferredDays ?? days).map((d) => dayText(d, today)).join('、')],
          ['上门地址', done.homeVisit?.address ?? address],
        ]} tip={answerTip(done.homeVisit?.answerDueAt, today)} />
      ) : null}
    </View>
  );
}
