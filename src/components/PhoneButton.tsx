import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { Phone } from '../shared/content';
import { a11y } from '../ui/a11y';

/**
 * The digits to dial for a number as written ('0791-83280001' → '079183280001').
 * @example dialable('0791-8328 0001') // '079183280001'
 */
export function dialable(number: string): string {
  return number.replace(/[^\d+]/g, '');
}

/**
 * A large tap-to-call button: shows 「拨打」 and who, the number on one line, dials it when tapped.
 * Its spoken name is what it shows, in the same order (axe-core: label-content-name-mismatch).
 * @example <PhoneButton phone={{ label: '投诉电话', number: '0791-83280001' }} />
 */
export function PhoneButton({ phone }: { phone: Phone }) {
  const call = () => {
    void Taro.makePhoneCall({ phoneNumber: dialable(phone.number) }).catch(() => undefined);
  };
  return (
    <Button className='btn btn--call' onClick={call} {...a11y(`拨打${phone.label}：${phone.number}`, 'button')}>
      <View>
        <Text className='btn__sub' style={{ display: 'block' }}>拨打{phone.label}</Text>
        <Text className='nowrap' style={{ display: 'block' }}>{phone.number}</Text>
      </View>
      <Text className='btn__icon' aria-hidden='true'>☎</Text>
    </Button>
  );
}
