import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { a11y } from '../ui/a11y';
import { dialable } from './PhoneButton';

/**
 * A large tap-to-call button for calling a person back (「告知结果」): what it says on screen is
 * exactly what a screen reader says — 「拨打 李大爷 0791-83280003」 — so voice control finds it too.
 * @example <CallButton who='李大爷' number='0791-83280003' />
 */
export function CallButton({ who, number }: { who: string; number: string }) {
  const call = () => {
    void Taro.makePhoneCall({ phoneNumber: dialable(number) }).catch(() => undefined);
  };
  return (
    <Button className='btn btn--call' onClick={call} {...a11y(`拨打 ${who} ${number}`, 'button')}>
      <View>
        <Text className='btn__sub' style={{ display: 'block' }}>{`拨打 ${who}`}</Text>
        <Text className='nowrap' style={{ display: 'block' }}>{number}</Text>
      </View>
      <Text aria-hidden='true'>☎</Text>
    </Button>
  );
}
