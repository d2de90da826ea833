import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { Field } from '../../../../components/form/Field';
import type { ApiError } from '../../../../api/types';
import type { StaffAccount } from '../../../../shared/people';
import { normalizeCode, roleWords } from '../../../../domain/people';
import { heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { useMe } from '../../../../ui/useMe';
import { acceptInvitation } from '../../api';
import { WORKBENCH_URL } from '../../components/links';
import '../../people.css';

/**
 * 加入工作站: the invited person opens the link or QR (the code comes in the query) or types the
 * code, and confirms; their WeChat account (on H5 the signed-in session) is bound to the new
 * staff account. Then the workbench opens.
 */
export default function Join() {
  // `code` from the link; `scene` from a mini-program code (wxacode) that carries the code as its scene
  const params = useRouter().params as { code?: string; scene?: string };
  const fromLink = params.code ?? params.scene;
  const { me, loading } = useMe();
  const [code, setCode] = useState(fromLink ? normalizeCode(decodeURIComponent(fromLink)) : '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [joined, setJoined] = useState<StaffAccount | null>(null);
  const accept = async () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    const res = await acceptInvitation(normalizeCode(code));
    setBusy(false);
    if (res.ok) setJoined(res.data.staff);
    else setError(res.error);
  };
  if (joined) {
    return (
      <View className='page' style={pageStyle()}>
        <Text className='title' {...heading(1)}>欢迎加入，{joined.name}</Text>
        <View className='banner' {...roleOf('status')}><Text>已开通工作人员账号：{roleWords(joined.roles)}{joined.badgeShown ? '；公示牌已上墙' : ''}。</Text></View>
        <Button className='btn btn--primary' onClick={() => void Taro.reLaunch({ url: WORKBENCH_URL })}>进入工作台</Button>
      </View>
    );
  }
  const anonymous = !loading && (!me || me.kind === 'anonymous');
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>加入工作站</Text>
      <Text className='text'>平台管理人员给您发了邀请码。确认后，您的微信就成为工作站的工作人员账号，邀请码只能用一次，72 小时内有效。</Text>
      {anonymous ? <View className='banner' {...roleOf('alert')}><Text>请先登录后再接受邀请。</Text></View> : null}
      {anonymous && process.env.TARO_ENV === 'h5' ? (
        <Button className='btn' onClick={() => void Taro.navigateTo({ url: `/packages/dev/pages/sign-in/index?code=${encodeURIComponent(normalizeCode(code))}` })}>去登录页，用邀请码加入</Button>
      ) : null}
      {me?.kind === 'staff' ? <View className='banner' {...roleOf('status')}><Text>您已经是工作人员（{me.name}），不需要再接受邀请。</Text></View> : null}
      <Field label='邀请码' path='code' value={code} onChange={(v) => setCode(v.toUpperCase())} maxLength={12} hint='8 位字母和数字，不区分大小写' error={error?.message} />
      <Button className='btn btn--primary' disabled={busy || code.trim() === '' || undefined} onClick={() => void accept()}>{busy ? '正在确认…' : '确认加入'}</Button>
      {me?.kind === 'staff' ? <Button className='btn' onClick={() => void Taro.reLaunch({ url: WORKBENCH_URL })}>进入工作台</Button> : null}
    </View>
  );
}
