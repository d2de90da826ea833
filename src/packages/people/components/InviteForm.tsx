import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { Field } from '../../../components/form/Field';
import type { ApiError } from '../../../api/types';
import type { InvitationView } from '../../../shared/people';
import type { Role } from '../../../shared/roles';
import { roleOf } from '../../../ui/a11y';
import { invite } from '../api';
import { RoleChoice } from './RoleChoice';
import { newRequestId } from './request-id';

const at = (err: ApiError | undefined, field: string) => (err?.field === field || err?.field?.startsWith(`${field}.`) ? err.message : undefined);

/**
 * The admin invites a person: name, roles (the invitation grants exactly these), a liaison's
 * unit, and optionally the badge details to publish on the roster when they join.
 * @example <InviteForm onInvited={(inv) => setShown(inv)} />
 */
export function InviteForm({ onInvited }: { onInvited: (inv: InvitationView) => void }) {
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>(['staff']);
  const [unit, setUnit] = useState('');
  const [post, setPost] = useState('');
  const [duty, setDuty] = useState('');
  const [scope, setScope] = useState('');
  const [requestId, setRequestId] = useState(() => newRequestId());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const withBadge = post.trim() !== '' || duty.trim() !== '' || scope.trim() !== '';
  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    const res = await invite({
      name, roles, requestId, ...(roles.includes('unitLiaison') ? { unitIds: unit.trim() ? [unit.trim()] : [] } : {}),
      ...(withBadge ? { badge: { post, duty, scope } } : {}),
    });
    setBusy(false);
    if (!res.ok) return setError(res.error);
    onInvited(res.data.invitation);
    setName(''); setPost(''); setDuty(''); setScope(''); setUnit('');
    setRequestId(newRequestId());
  };
  const field = error?.field ?? '';
  return (
    <View className='card'>
      <Text className='h2' {...roleOf('heading', { 'aria-level': '2' })}>邀请新人员</Text>
      <Field label='姓名' path='name' value={name} onChange={setName} maxLength={20} error={at(error, 'name')} />
      <RoleChoice value={roles} onChange={setRoles} error={at(error, 'roles')} />
      {roles.includes('unitLiaison') ? <Field label='所属单位' path='unitIds' value={unit} onChange={setUnit} hint='例如：西山镇林业站' error={at(error, 'unitIds')} /> : null}
      <Text className='muted'>公示牌（挂牌上岗，可选：填写后，对方加入时自动上墙公示）</Text>
      <Field label='职务' path='badge.post' value={post} onChange={setPost} maxLength={30} error={at(error, 'badge.post')} />
      <Field label='工作岗位' path='badge.duty' value={duty} onChange={setDuty} maxLength={200} error={at(error, 'badge.duty')} />
      <Field label='业务范围' path='badge.scope' value={scope} onChange={setScope} maxLength={300} error={at(error, 'badge.scope')} />
      {error && !['name', 'roles', 'unitIds'].some((f) => field.startsWith(f)) && !field.startsWith('badge') ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
      <Button className='btn btn--primary' disabled={busy || undefined} onClick={() => void submit()}>{busy ? '正在生成…' : '生成邀请码和二维码'}</Button>
    </View>
  );
}
