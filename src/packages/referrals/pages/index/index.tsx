import { useCallback, useEffect, useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import type { ReferralSummary } from '../../../../shared/referrals';
import { UNIT_STATE_LABELS } from '../../../../shared/referrals';
import { heading, roleOf } from '../../../../ui/a11y';
import { formatMonthDayTime } from '../../../../ui/dates';
import { pageStyle } from '../../../../ui/font-scale';
import { StaffGate } from '../../../staff/components/StaffGate';
import { loadReferrals } from '../../components/api';

/** One line of the board: what, to whom (牵头 marked in words), and the answer still owed. */
function Row({ r, now }: { r: ReferralSummary; now: number }) {
  const late = r.nextAnswerBy !== null && r.nextAnswerBy < now;
  const open = () => void Taro.navigateTo({ url: `/packages/referrals/pages/detail/index?id=${encodeURIComponent(r.id)}` });
  return (
    <View className='card' onClick={open} {...roleOf('link')}>
      <Text className='h2' {...heading(2)}>{r.content}</Text>
      <Text className='muted'>{r.statusLabel}</Text>
      {r.units.map((u) => (
        <Text key={u.unitId} className='text'>{`${u.name}${u.lead && r.units.length > 1 ? '（牵头）' : ''}：${UNIT_STATE_LABELS[u.state]}`}</Text>
      ))}
      {r.nextAnswerBy !== null ? (
        <Text className={late ? 'due due--overdue' : 'muted'}>{late ? `⚠ 已超过受理答复期限（${formatMonthDayTime(r.nextAnswerBy)}）` : `请在 ${formatMonthDayTime(r.nextAnswerBy)} 前答复`}</Text>
      ) : null}
      <Text className='link'>查看、答复 ›</Text>
    </View>
  );
}

function Board() {
  const [items, setItems] = useState<ReferralSummary[] | null>(null);
  const [error, setError] = useState<ApiError>();
  const reload = useCallback(async () => {
    const res = await loadReferrals();
    if (res.ok) { setItems(res.data.items); setError(undefined); } else setError(res.error);
  }, []);
  useEffect(() => { void reload(); }, [reload]);
  usePullDownRefresh(() => { void reload().finally(() => Taro.stopPullDownRefresh()); });
  const now = Date.now();
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>分流交办</Text>
      <Text className='muted'>收到交办通知的单位，要在 3 日内确认是否受理；不予受理的，请写明原因。</Text>
      {error ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
      {items === null && !error ? <Text className='text'>正在加载…</Text> : null}
      {items && items.length === 0 ? <Text className='text'>没有待办的交办事项。</Text> : null}
      {(items ?? []).map((r) => <Row key={r.id} r={r} now={now} />)}
    </View>
  );
}

/** 分流交办 board (issue 13): station staff see every open referral, a unit's liaison only their unit's. */
export default function ReferralsBoard() {
  return <StaffGate>{() => <Board />}</StaffGate>;
}
