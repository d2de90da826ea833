import { useEffect, useRef } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { a11y, heading } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { AGREE_BUTTON_ID, answerPrivacy, privacyPending, privacyShown, PRIVACY_SECTIONS } from '../../../../ui/privacy';

/**
 * 「隐私保护指引」: what the station collects and why, with 「同意并继续」 (WeChat's
 * `agreePrivacyAuthorization` button, which lets the waiting photo or clipboard call go on) and
 * 「不同意」. Opened by WeChat's 需要隐私授权 event (src/ui/privacy.ts) or from a link.
 */
export default function PrivacyPage() {
  const answered = useRef(false);
  useEffect(() => {
    privacyShown();
    return () => {
      if (!answered.current) answerPrivacy(false); // left without answering: the waiting call fails
    };
  }, []);
  const answer = (agreed: boolean) => {
    answered.current = true;
    const waiting = privacyPending();
    answerPrivacy(agreed);
    if (waiting) void Taro.navigateBack().catch(() => undefined);
  };
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>隐私保护指引</Text>
      <Text className='text'>西山镇公共法律服务工作站小程序在使用相册、相机和剪贴板前，请您先了解：</Text>
      {PRIVACY_SECTIONS.map((s) => (
        <View key={s.title} className='list-item'>
          <Text className='text strong' {...heading(2)}>{s.title}</Text>
          <Text className='text'>{s.body}</Text>
        </View>
      ))}
      <Button id={AGREE_BUTTON_ID} className='btn btn--primary' openType='agreePrivacyAuthorization'
        onAgreePrivacyAuthorization={() => answer(true)} onClick={process.env.TARO_ENV === 'weapp' ? undefined : () => answer(true)}
        {...a11y('同意并继续', 'button')}>同意并继续</Button>
      <Button className='btn' onClick={() => answer(false)} {...a11y('不同意', 'button')}>不同意</Button>
    </View>
  );
}
