import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { DEMO_ACCOUNTS, signInDemo, signOut } from '../../../../api/dev-sign-in';
import { getToken } from '../../../../api/session';
import { a11y, heading } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';

/**
 * H5 demo sign-in (not for residents): picks one of the seeded demo accounts. The gateway only
 * answers `POST /api/dev/sign-in` outside production.
 */
export default function DevSignIn() {
  const [message, setMessage] = useState(getToken() ? '已登录演示账号' : '未登录（匿名居民）');
  const choose = async (openid: string, label: string) => {
    const res = await signInDemo(openid);
    if (!res.ok) return setMessage(res.error.message);
    setMessage(`已登录：${label}`);
    void Taro.reLaunch({ url: '/pages/index/index' });
  };
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>开发登录（演示账号）</Text>
      <Text className='muted'>仅用于本地演示和测试，正式环境不可用。</Text>
      <View className='banner' role='status'><Text>{message}</Text></View>
      {DEMO_ACCOUNTS.map((a) => (
        <Button key={a.openid} className='btn' onClick={() => void choose(a.openid, a.label)} {...a11y(`以${a.label}登录`)}>{a.label}</Button>
      ))}
      <Button className='btn btn--danger' onClick={() => { signOut(); setMessage('已退出，当前为匿名居民'); }}>退出登录</Button>
    </View>
  );
}
