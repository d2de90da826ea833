import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { Field } from '../../../../components/form/Field';
import { DEMO_ACCOUNTS, signInDemo, signOut } from '../../../../api/dev-sign-in';
import { acceptInvitation, freshOpenid } from '../../../../api/invitation';
import { getToken } from '../../../../api/session';
import { normalizeCode } from '../../../../domain/people/invitation';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';

const WORKBENCH = '/packages/staff/pages/index/index';

/**
 * H5 demo sign-in (not for residents): picks one of the seeded demo accounts, or — for someone the
 * admin invited — signs in as a new person (a fresh identity, as a new WeChat user would be) and
 * enters the invitation code, which opens the staff workbench. The gateway only answers
 * `POST /api/dev/sign-in` outside production.
 */
export default function DevSignIn() {
  const [message, setMessage] = useState(getToken() ? '已登录演示账号' : '未登录（匿名居民）');
  const params = useRouter().params as { code?: string };
  const [code, setCode] = useState(params.code ? normalizeCode(decodeURIComponent(params.code)) : '');
  const [codeError, setCodeError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const choose = async (openid: string, label: string) => {
    const res = await signInDemo(openid);
    if (!res.ok) return setMessage(res.error.message);
    setMessage(`已登录：${label}`);
    void Taro.reLaunch({ url: '/pages/index/index' });
  };
  const join = async () => {
    if (busy) return;
    setBusy(true);
    setCodeError(undefined);
    const signedIn = await signInDemo(freshOpenid());
    const res = signedIn.ok ? await acceptInvitation(normalizeCode(code)) : signedIn;
    setBusy(false);
    if (!res.ok) return setCodeError(res.error.message);
    setMessage(`已加入工作站：${res.data.staff.name}`);
    void Taro.reLaunch({ url: WORKBENCH });
  };
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>开发登录（演示账号）</Text>
      <Text className='muted'>仅用于本地演示和测试，正式环境不可用。</Text>
      <View className='banner' {...roleOf('status')}><Text>{message}</Text></View>
      {DEMO_ACCOUNTS.map((a) => (
        <Button key={a.openid} className='btn' onClick={() => void choose(a.openid, a.label)} {...a11y(`以${a.label}登录`)}>{a.label}</Button>
      ))}
      <View className='card'>
        <Text className='h2' {...heading(2)}>受邀加入的新人员</Text>
        <Field label='邀请码' path='code' value={code} onChange={(v) => setCode(v.toUpperCase())} maxLength={12} hint='平台管理人员给您的 8 位邀请码' error={codeError} />
        <Button className='btn btn--primary' disabled={busy || code.trim() === '' || undefined} onClick={() => void join()}>以新身份登录并加入</Button>
      </View>
      <Button className='btn btn--danger' onClick={() => { signOut(); setMessage('已退出，当前为匿名居民'); }}>退出登录</Button>
    </View>
  );
}
