import { useEffect, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import { toBeijingDate } from '../../../../domain/beijing';
import { SERVICE_LABELS, type Appointment, type ServiceKey, type ServiceOption, type Slot } from '../../../../shared/appointments';
import { pageStyle } from '../../../../ui/font-scale';
import { useMe } from '../../../../ui/useMe';
import { saveContact } from '../../contact';
import { book, listServices, reschedule } from '../../api';
import { ConfirmStep, type ConfirmExtras } from '../../components/ConfirmStep';
import { DayStep } from '../../components/DayStep';
import { DoneStep } from '../../components/DoneStep';
import { Notice } from '../../components/Notice';
import { FALLBACK_SERVICES, ServiceStep } from '../../components/ServiceStep';
import { TimeStep } from '../../components/TimeStep';
import { isSlotGone } from '../../slot-errors';
import { dayText, rangeText } from '../../slots-text';
import { doneRows } from '../../appointment-text';
import { stationAddress } from '../../station';
import { useSlots } from '../../useSlots';
import '../../booking.css';

type Step = 'service' | 'day' | 'time' | 'confirm' | 'done';

/**
 * 预约到站, one decision per screen: service → day → time → confirm → done. Opened with `?id=…`
 * it moves that booking (改约): the service step is skipped and confirm calls `reschedule`.
 * 「已约满」 on confirm sends the resident back to the times with fresh counts.
 */
export default function BookPage() {
  const { params } = useRouter();
  const rescheduleId = params.id ? decodeURIComponent(params.id) : '';
  const [services, setServices] = useState<ServiceOption[]>(FALLBACK_SERVICES);
  const [service, setService] = useState<ServiceKey | ''>(rescheduleId ? ((params.service as ServiceKey) || 'other') : '');
  const [step, setStep] = useState<Step>(rescheduleId ? 'day' : 'service');
  const [date, setDate] = useState('');
  const [slot, setSlot] = useState<Slot>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState<Appointment>();
  const { slots, error: slotsError, reload } = useSlots();
  const { me } = useMe();
  const today = toBeijingDate(slots?.serverNow ?? Date.now());
  const steps = rescheduleId ? 3 : 4;
  const offset = rescheduleId ? 1 : 0;

  useEffect(() => {
    if (rescheduleId) return;
    void listServices().then((res) => { if (res.ok && res.data.services.length) setServices(res.data.services); });
  }, [rescheduleId]);

  const go = (next: Step) => { setError(undefined); setStep(next); };
  const serviceLabel = service ? (services.find((s) => s.key === service)?.label ?? SERVICE_LABELS[service] ?? '') : '';
  const rows = (): [string, string][] => [
    ['办理事项', serviceLabel],
    ['日期', date ? dayText(date, today) : ''],
    ['时间', slot ? rangeText(slot.start, slot.end) : ''],
    ['地点', stationAddress()],
  ];

  const confirm = async (extras: ConfirmExtras) => {
    if (!service || !slot) return;
    setBusy(true);
    setError(undefined);
    const res = rescheduleId
      ? await reschedule({ id: rescheduleId, date, start: slot.start, requestId: extras.requestId })
      : await book({ service, date, start: slot.start, ...extras });
    setBusy(false);
    if (res.ok) {
      if (extras.booker?.phone) saveContact({ phone: extras.booker.phone });
      setDone(res.data);
      setStep('done');
      return;
    }
    if (isSlotGone(res.error)) {
      setNotice(res.error.message);
      setSlot(undefined);
      await reload();
      go('time');
      return;
    }
    setError(res.error);
  };

  return (
    <View className='page' style={pageStyle()}>
      {slotsError && step !== 'done' && step !== 'service' ? (
        <View>
          <Notice text={slotsError} />
          <Button className='btn' onClick={() => void reload()}>重新查询</Button>
        </View>
      ) : null}
      {step === 'service' ? (
        <ServiceStep of={steps} services={services} onPick={(s) => { setService(s.key); setNotice(undefined); go('day'); }} />
      ) : null}
      {step === 'day' ? (
        <DayStep step={2 - offset} of={steps} days={slots?.days ?? null} today={today} notice={notice}
          onPick={(d) => { setDate(d); setNotice(undefined); go('time'); }}
          onBack={rescheduleId ? undefined : () => go('service')} />
      ) : null}
      {step === 'time' ? (
        <TimeStep step={3 - offset} of={steps} day={slots?.days.find((d) => d.date === date)} today={today} notice={notice}
          onPick={(s) => { setSlot(s); setNotice(undefined); go('confirm'); }}
          onBack={() => { setNotice(undefined); go('day'); }} />
      ) : null}
      {step === 'confirm' ? (
        <ConfirmStep step={4 - offset} of={steps} rows={rows()} selfName={me?.name} rescheduling={Boolean(rescheduleId)}
          busy={busy} error={error} onConfirm={(x) => void confirm(x)} onBack={() => go('time')} />
      ) : null}
      {step === 'done' && done ? (
        <DoneStep kind='office' title={rescheduleId ? '改约成功' : '预约成功'} rows={doneRows(done, today)}
          tip={done.forWhom ? `已为${done.forWhom.relation}${done.forWhom.name}预约。请按时到工作站，带上身份证。` : '请按时到工作站，带上身份证。'} />
      ) : null}
    </View>
  );
}
