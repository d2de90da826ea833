import { Button, Text, View } from '@tarojs/components';
import { a11y } from '../../../../ui/a11y';
import { monthText, shiftMonth } from './months';

/**
 * 「‹ 2026年11月 ›」: big buttons step a month back or forward (one thumb, no date wheel).
 * @example <MonthStepper label='从' value={from} onChange={setFrom} />
 */
export function MonthStepper({ label, value, onChange, max }: { label: string; value: string; onChange: (m: string) => void; max?: string }) {
  const nextOk = !max || shiftMonth(value, 1) <= max;
  return (
    <View className='row no-print' style={{ marginBottom: '12px' }}>
      <Text className='text strong'>{label}</Text>
      <Button className='btn btn--small' onClick={() => onChange(shiftMonth(value, -1))} {...a11y(`${label}：上个月`, 'button')}>‹ 上个月</Button>
      <Text className='text strong grow' style={{ textAlign: 'center' }} {...a11y(`${label}${monthText(value)}`)}>{monthText(value)}</Text>
      <Button className='btn btn--small' {...(!nextOk ? { disabled: true } : {})} onClick={() => nextOk && onChange(shiftMonth(value, 1))} {...a11y(`${label}：下个月`, 'button')}>下个月 ›</Button>
    </View>
  );
}
