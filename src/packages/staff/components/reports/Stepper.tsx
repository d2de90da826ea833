import { Button, Text, View } from '@tarojs/components';
import { a11y } from '../../../../ui/a11y';

/**
 * 「‹ 上一季 2026年第4季度 下一季 ›」: big buttons step a period back or forward (one thumb, no
 * wheel), like the month stepper. `max` is the last period one may open.
 * @example <Stepper label='季度' value={q} text={quarterText} shift={shiftQuarter} unit='季' onChange={setQ} max={thisQuarter} />
 */
export function Stepper({ label, value, text, shift, unit, onChange, max }: {
  label: string;
  value: string;
  text: (v: string) => string;
  shift: (v: string, by: number) => string;
  /** 「天」, 「季」, 「年」: the buttons read 「前一天」/「后一天」. */
  unit: string;
  onChange: (v: string) => void;
  max?: string;
}) {
  const nextOk = !max || shift(value, 1) <= max;
  return (
    <View className='row no-print' style={{ marginBottom: '12px' }}>
      <Button className='btn btn--small' onClick={() => onChange(shift(value, -1))} {...a11y(`${label}：前一${unit}`, 'button')}>‹ 前一{unit}</Button>
      <Text className='text strong grow' style={{ textAlign: 'center' }} {...a11y(`${label}${text(value)}`)}>{text(value)}</Text>
      <Button className='btn btn--small' {...(!nextOk ? { disabled: true } : {})} onClick={() => nextOk && onChange(shift(value, 1))} {...a11y(`${label}：后一${unit}`, 'button')}>后一{unit} ›</Button>
    </View>
  );
}
