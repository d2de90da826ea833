import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { Appointment } from '../../../../../shared/appointments';
import { ticketLink } from '../../../../../shared/tickets';
import { a11y } from '../../../../../ui/a11y';
import { maskPhone, phoneOf } from './phone';
import { basisText, dayTitle, dueText, timeText, whoText } from './text';

/**
 * One booking or home visit in the staff day view: time, service, who, status in words, the phone
 * masked with a tap-to-call button. Tapping the card selects it; its actions appear at the bottom.
 * @example <ItemCard item={a} today='2026-11-26' selected={false} onSelect={select} />
 */
export function ItemCard({ item, today, selected, onSelect }: {
  item: Appointment;
  today: string;
  selected: boolean;
  onSelect: (a: Appointment) => void;
}) {
  const phone = phoneOf(item);
  const hv = item.homeVisit;
  const when = item.start ? timeText(item.start, item.end) : '时间待定';
  const call = (e: { stopPropagation?: () => void }) => {
    e.stopPropagation?.();
    void Taro.makePhoneCall({ phoneNumber: phone.replace(/[^\d+]/g, '') }).catch(() => undefined);
  };
  return (
    <View className={`card sa-item ${selected ? 'sa-item--on' : ''}`} onClick={() => onSelect(item)}>
      {/* The card's summary is the select button; the link and the call button inside the card stay separate controls. */}
      <View aria-pressed={selected ? 'true' : 'false'} {...a11y(`${when} ${item.statusLabel} ${item.serviceLabel} · ${whoText(item)}${selected ? '，已选中' : ''}`, 'button')}>
        <View className='sa-item__head'>
          <Text className='sa-item__time'>{when}</Text>
          <Text className='sa-item__status'>{item.statusLabel}</Text>
        </View>
        <Text className='text strong'>{item.serviceLabel} · {whoText(item)}</Text>
      </View>
      {hv ? <Text className='text'>{basisText(hv)}</Text> : null}
      {hv ? <Text className='text'>地址：{hv.address}</Text> : null}
      {hv && item.status === 'requested' ? <Text className='text'>希望：{hv.preferredDays.map((d) => dayTitle(d, today)).join('、')}</Text> : null}
      {hv?.description ? <Text className='muted'>{hv.description}</Text> : null}
      {item.note ? <Text className='muted'>留言：{item.note}</Text> : null}
      {hv?.answerDueAt && item.status === 'requested' ? <Text className='sa-due'>{dueText(hv.answerDueAt, today)}</Text> : null}
      {hv?.proposal && item.status === 'proposed' ? <Text className='text'>已建议 {dayTitle(hv.proposal.date, today)} {timeText(hv.proposal.time)}，等居民确认</Text> : null}
      {item.outcome ? <Text className='text'>结果：{item.outcome.text}{item.outcome.needsFollowUp ? '（需要跟进）' : ''}</Text> : null}
      {item.ticketId ? (
        <Text className='link' onClick={(e) => { e.stopPropagation?.(); void Taro.navigateTo({ url: ticketLink(item.ticketId!, 'staff') }); }} {...a11y('打开跟进事项', 'link')}>打开跟进事项 ›</Text>
      ) : null}
      {phone ? (
        <View className='sa-item__phone'>
          <Text className='text'>电话 {maskPhone(phone)}</Text>
          <Button className='btn btn--small' onClick={call} {...a11y(`拨打电话 ${maskPhone(phone)}`, 'button')}><Text className='nowrap'>☎ 拨打电话</Text></Button>
        </View>
      ) : null}
      {selected ? <Text className='sa-item__picked'>✓ 已选中，操作按钮在下方</Text> : null}
    </View>
  );
}
