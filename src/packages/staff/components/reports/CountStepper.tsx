import { Button, Text, View } from '@tarojs/components';
import { a11y } from '../../../../ui/a11y';

/**
 * 「－ 提前一天  5  推后一天 ＋」 and 「次月第 5 个工作日」 under it: a whole number within [min, max]
 * set with two big buttons (no keyboard).
 * @example <CountStepper label='月度统计汇总' value={5} min={1} max={20} onChange={setN} words={(n) => `次月第 ${n} 个工作日`} />
 */
export function CountStepper({ label, value, min, max, onChange, words }: {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (n: number) => void;
  words: (n: number) => string;
}) {
  return (
    <View className='field' {...a11y(label, 'group')}>
      <Text className='field__label'>{label}</Text>
      <View className='row'>
        <Button className='btn btn--small' {...(value <= min ? { disabled: true } : {})} onClick={() => value > min && onChange(value - 1)} {...a11y(`${label}：提前一天`, 'button')}>－ 提前一天</Button>
        <Text className='title grow' style={{ textAlign: 'center', margin: 0 }} aria-hidden='true'>{value}</Text>
        <Button className='btn btn--small' {...(value >= max ? { disabled: true } : {})} onClick={() => value < max && onChange(value + 1)} {...a11y(`${label}：推后一天`, 'button')}>推后一天 ＋</Button>
      </View>
      <Text className='text strong' {...a11y(`${label}：${words(value)}`)}>{words(value)}</Text>
    </View>
  );
}
