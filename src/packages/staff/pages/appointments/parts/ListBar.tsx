import { Button, Text, View } from '@tarojs/components';
import type { Appointment } from '../../../../../shared/appointments';
import { roleOf } from '../../../../../ui/a11y';
import { ACTION_LABELS, actionsFor, type StaffAction } from './actions';

/**
 * The bottom bar of the day view, within thumb reach: the selected item's actions, or — with
 * nothing selected — the date switcher and 「登记外出办案」.
 * @example <ListBar selected={a} busy={false} onAction={run} onClear={clear} onShift={shift} onToday={today} onAbsence={open} />
 */
export function ListBar({ selected, busy, error, onAction, onClear, onShift, onToday, onAbsence }: {
  selected?: Appointment;
  busy: boolean;
  error?: string;
  onAction: (action: StaffAction, a: Appointment) => void;
  onClear: () => void;
  onShift: (days: number) => void;
  onToday: () => void;
  onAbsence: () => void;
}) {
  const actions = selected ? actionsFor(selected) : [];
  return (
    <View className='bar'>
      {error ? <Text className='bar__error' {...roleOf('alert')}>{error}</Text> : null}
      {selected ? (
        <View>
          {actions.length === 0 ? <Text className='muted'>这条预约现在不需要操作。</Text> : null}
          {actions.length > 0 ? (
            <View className='bar__row'>
              {actions.map((act, i) => (
                <Button key={act} className={`btn ${i === 0 ? 'btn--primary' : ''}`} disabled={busy || undefined} onClick={() => onAction(act, selected)}>{ACTION_LABELS[act]}</Button>
              ))}
            </View>
          ) : null}
          <Button className='btn btn--small' style={{ width: '100%' }} onClick={onClear}>取消选择</Button>
        </View>
      ) : (
        <View>
          <View className='bar__row'>
            <Button className='btn' onClick={() => onShift(-1)}>‹ 前一天</Button>
            <Button className='btn' onClick={onToday}>今天</Button>
            <Button className='btn' onClick={() => onShift(1)}>后一天 ›</Button>
          </View>
          <Button className='btn btn--small' style={{ width: '100%' }} onClick={onAbsence}>登记外出办案</Button>
        </View>
      )}
    </View>
  );
}
