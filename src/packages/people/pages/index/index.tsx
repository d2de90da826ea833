import { useCallback, useEffect, useState } from 'react';
import { useShareAppMessage } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import type { BadgeWarning, InvitationView, StaffAccount } from '../../../../shared/people';
import { INVITATION_STATE_LABELS } from '../../../../domain/people';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { Gate } from '../../components/Gate';
import { listAccounts, listInvitations, revokeInvitation } from '../../api';
import { AccountCard } from '../../components/AccountCard';
import { InvitationCard } from '../../components/InvitationCard';
import { InviteForm } from '../../components/InviteForm';
import { formatInstant } from '../../components/time';
import '../../people.css';

/** The admin's 人员管理: invite, roles, leaving and returning, badge warnings, open invitations. */
function PeopleList() {
  const [accounts, setAccounts] = useState<StaffAccount[] | null>(null);
  const [warnings, setWarnings] = useState<BadgeWarning[]>([]);
  const [invitations, setInvitations] = useState<InvitationView[]>([]);
  const [shown, setShown] = useState<InvitationView | null>(null);
  const [error, setError] = useState<ApiError>();
  useShareAppMessage(() => (shown
    ? { title: `${shown.invitedBy} 邀请您加入西山镇公共法律服务工作站`, path: `/${shown.path}` }
    : { title: '西山镇公共法律服务工作站', path: '/pages/index/index' }));
  const load = useCallback(async () => {
    const [a, i] = await Promise.all([listAccounts(), listInvitations()]);
    if (a.ok) { setAccounts(a.data.items); setWarnings(a.data.warnings); } else setError(a.error);
    if (i.ok) setInvitations(i.data.items);
  }, []);
  useEffect(() => { void load(); }, [load]);
  const revoke = async (code: string) => {
    const res = await revokeInvitation(code);
    if (!res.ok) setError(res.error);
    void load();
  };
  const open = invitations.filter((i) => i.state === 'open');
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>人员管理</Text>
      {error ? <View className='banner' {...roleOf('alert')}><Text>{error.message}</Text></View> : null}
      {warnings.length ? (
        <View className='banner' {...roleOf('status')}>
          <Text className='strong'>⚠ 挂牌上岗提醒</Text>
          {warnings.map((w) => <Text key={w.staffId + w.kind} className='text'>{w.message}</Text>)}
          <Text className='muted'>请在「信息发布管理」中新增或修改公示牌。</Text>
        </View>
      ) : null}
      {shown ? <InvitationCard invitation={shown} /> : null}
      <InviteForm onInvited={(inv) => { setShown(inv); void load(); }} />
      {open.length ? (
        <View className='card'>
          <Text className='h2' {...heading(2)}>待接受的邀请</Text>
          {open.map((i) => (
            <View key={i.code} className='list-item'>
              <Text className='text'>{i.name}：{i.code}（{INVITATION_STATE_LABELS[i.state]}，至 {formatInstant(i.expiresAt)}）</Text>
              <View className='pp-actions'>
                <Button className='btn' onClick={() => setShown(i)} {...a11y(`显示给${i.name}的邀请码`)}>显示邀请码</Button>
                <Button className='btn btn--danger' onClick={() => void revoke(i.code)} {...a11y(`撤销给${i.name}的邀请`)}>撤销</Button>
              </View>
            </View>
          ))}
        </View>
      ) : null}
      <Text className='h2' {...heading(2)}>工作人员</Text>
      {accounts === null && !error ? <Text className='text'>正在加载…</Text> : null}
      {(accounts ?? []).map((a) => (
        <AccountCard key={a.staffId} account={a} taken={(accounts ?? []).flatMap((x) => (x.badgeKey && x.staffId !== a.staffId ? [x.badgeKey] : []))} onChanged={() => void load()} />
      ))}
    </View>
  );
}

export default function PeopleHome() {
  return <Gate roles={['admin']} deny='这里只有平台管理人员可以使用。'>{() => <PeopleList />}</Gate>;
}
