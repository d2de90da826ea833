import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../api/types';
import type { OpenMatter, StaffAccount } from '../../../shared/people';
import type { Role } from '../../../shared/roles';
import { roleWords } from '../../../domain/people';
import { a11y, roleOf } from '../../../ui/a11y';
import { deactivate, reactivate, setRoles } from '../api';
import { RoleChoice } from './RoleChoice';
import { profileUrl } from './links';
import { BadgeLink } from './BadgeLink';

/** Matters a person who left still holds, each opening the page where it is handed on. */
export function OpenMattersList({ items }: { items: OpenMatter[] }) {
  if (items.length === 0) return <Text className='text'>没有未办结的事项。</Text>;
  return (
    <View {...roleOf('list', { 'aria-label': '需要转交的事项' })}>
      <Text className='text strong'>还有 {items.length} 件未办结，请主任转交他人：</Text>
      {items.map((m) => (
        <View key={m.id} className='list-item' onClick={() => void Taro.navigateTo({ url: m.link })} {...a11y(`${m.title}，去转交`, 'link')}>
          <Text className='text'>{m.title} ›</Text>
        </View>
      ))}
    </View>
  );
}

/**
 * One account in the admin's list: roles and badge in words, change roles, deactivate (with the
 * matters left to hand on) or reactivate, link a badge when none is shown.
 * @example <AccountCard account={a} taken={['badge:sample-window']} onChanged={reload} />
 */
export function AccountCard({ account: a, taken, onChanged }: { account: StaffAccount; taken: string[]; onChanged: () => void }) {
  const [editing, setEditing] = useState(false);
  const [roles, setChosen] = useState<Role[]>(a.roles);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [left, setLeft] = useState<OpenMatter[] | null>(null);
  const run = async (call: () => Promise<{ ok: boolean; error?: ApiError }>, after?: () => void) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    const res = await call();
    setBusy(false);
    if (!res.ok) return setError(res.error);
    after?.();
    onChanged();
  };
  const leave = async () => {
    const ok = await Taro.showModal({ title: '停用账号', content: `停用后「${a.name}」立即不能再使用工作台，公示牌会从公示栏撤下。确定停用吗？` });
    if (!ok.confirm) return;
    await run(async () => {
      const res = await deactivate(a.staffId);
      if (res.ok) setLeft(res.data.openMatters);
      return res;
    });
  };
  return (
    <View className='card' {...roleOf('group', { 'aria-label': a.name })}>
      <View className='pp-row'>
        <Text className='text strong'>{a.name}</Text>
        <Text className='tag'>{a.active ? '在岗' : '已停用'}</Text>
      </View>
      <Text className='muted'>{roleWords(a.roles)}{a.unitIds.length ? `（${a.unitIds.join('、')}）` : ''}</Text>
      <Text className='muted'>{a.badgeShown ? '✓ 公示牌已上墙' : a.active ? '⚠ 没有公示牌' : '公示牌已撤下'}</Text>
      {editing ? (
        <View>
          <RoleChoice value={roles} onChange={setChosen} error={error?.field?.startsWith('roles') ? error.message : undefined} />
          <View className='pp-actions'>
            <Button className='btn' onClick={() => { setEditing(false); setChosen(a.roles); }}>取消</Button>
            <Button className='btn btn--primary' disabled={busy || undefined} onClick={() => void run(() => setRoles(a.staffId, roles, a.unitIds), () => setEditing(false))}>保存角色</Button>
          </View>
        </View>
      ) : null}
      {error && !error.field?.startsWith('roles') ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
      {left ? <OpenMattersList items={left} /> : null}
      {!editing ? (
        <View className='pp-actions'>
          {a.active ? <Button className='btn' onClick={() => setEditing(true)} {...a11y(`修改${a.name}的角色`)}>改角色</Button> : null}
          {a.active
            ? <Button className='btn btn--danger' disabled={busy || undefined} onClick={() => void leave()} {...a11y(`停用${a.name}`)}>停用</Button>
            : <Button className='btn' disabled={busy || undefined} onClick={() => void run(() => reactivate(a.staffId))} {...a11y(`恢复${a.name}`)}>恢复在岗</Button>}
        </View>
      ) : null}
      {a.active && !a.badgeShown ? <BadgeLink staffId={a.staffId} name={a.name} taken={taken} onDone={onChanged} /> : null}
      {a.active ? <Button className='btn' onClick={() => void Taro.navigateTo({ url: profileUrl(a.staffId) })} {...a11y(`${a.name}的资料和外出办案`)}>资料和外出办案</Button> : null}
    </View>
  );
}
