import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { Appointment } from '../../../shared/appointments';
import { a11y } from '../../../ui/a11y';
import { forWhomText, isOver, residentActions, whenText } from '../appointment-text';
import { rescheduleUrl } from '../urls';

/**
 * One booking in 「我的预约」: what, when, status in words; a booking that must move (外出办案,
 * 当天暂停预约) says so in a red-bordered box with the reason, and 改约 comes first.
 * @example <AppointmentCard item={a} today='2026-11-26' onCancel={cancel} onAccept={accept} />
 */
export function AppointmentCard({ item, today, busy, onCancel, onAccept }: {
  item: Appointment;
  today: string;
  busy?: boolean;
  onCancel: (a: Appointment) => void;
  onAccept: (a: Appointment) => void;
}) {
  const can = residentActions(item);
  const urgent = item.status === 'needsReschedule' || item.status === 'proposed';
  const statusClass = urgent ? 'bk-status bk-status--alert' : isOver(item) ? 'bk-status bk-status--over' : 'bk-status';
  const who = forWhomText(item);
  return (
    <View className='card' {...a11y(`${item.serviceLabel}，${item.statusLabel}，${whenText(item, today)}`, 'group')}>
      <Text className='h2'>{item.serviceLabel}</Text>
      <Text className={statusClass}>{urgent ? '⚠ ' : ''}{item.statusLabel}</Text>
      <Text className='bk-when'>{whenText(item, today)}</Text>
      {who ? <Text className='text'>{who}</Text> : null}
      {item.kind === 'homeVisit' && item.homeVisit ? <Text className='text'>上门地址：{item.homeVisit.address}</Text> : null}
      {item.status === 'needsReschedule' ? (
        <Text className='bk-attention'>需要改约：{item.needsRescheduleReason || '工作人员当天外出办案'}。请点「改约」选一个新时间。</Text>
      ) : null}
      {item.status === 'proposed' && item.homeVisit?.proposal?.note ? <Text className='text'>工作人员说明：{item.homeVisit.proposal.note}</Text> : null}
      {item.homeVisit?.confirmNote && item.status === 'confirmed' ? <Text className='text'>工作人员说明：{item.homeVisit.confirmNote}</Text> : null}
      {can.accept ? <Button className='btn btn--primary' disabled={busy || undefined} onClick={() => onAccept(item)}>同意这个时间</Button> : null}
      {can.reschedule ? (
        <Button className={`btn ${item.status === 'needsReschedule' ? 'btn--primary' : ''}`} disabled={busy || undefined}
          onClick={() => void Taro.navigateTo({ url: rescheduleUrl(item.id, String(item.service)) })}>改约</Button>
      ) : null}
      {can.cancel ? (
        <Button className='btn btn--danger' disabled={busy || undefined} onClick={() => onCancel(item)}>
          {item.kind === 'homeVisit' && item.status !== 'confirmed' ? '取消申请' : '取消预约'}
        </Button>
      ) : null}
    </View>
  );
}
