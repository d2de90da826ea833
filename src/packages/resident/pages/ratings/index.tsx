import { useCallback, useEffect, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import { toBeijingDate } from '../../../../domain/beijing';
import { RATING_LEVELS, ratingLink, type RatingRequestView, type RatingView } from '../../../../shared/ratings';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { formatMonthDay } from '../../../../ui/dates';
import { pageStyle } from '../../../../ui/font-scale';
import { myRatings, pendingRatings } from '../rate/parts/api';
import { levelText } from '../rate/parts/words';
import '../../components/resident.css';

const day = (ms: number) => formatMonthDay(toBeijingDate(ms));

/**
 * 我的评价: the finished matters still waiting for a rating (tap to rate), then the ratings given,
 * newest first (tap to read or add a comment).
 */
export default function MyRatings() {
  const [pending, setPending] = useState<RatingRequestView[] | null>(null);
  const [given, setGiven] = useState<RatingView[]>([]);
  const [error, setError] = useState<ApiError>();
  const load = useCallback(async () => {
    const [p, m] = await Promise.all([pendingRatings(), myRatings()]);
    if (p.ok) { setPending(p.data.items.filter((i) => !i.rated)); setError(undefined); } else setError(p.error);
    if (m.ok) setGiven(m.data.items);
  }, []);
  useEffect(() => { void load(); }, [load]);
  useDidShow(() => { if (pending) void load(); });
  usePullDownRefresh(() => { void load().finally(() => Taro.stopPullDownRefresh()); });
  const open = (subject: RatingRequestView['subject']) => void Taro.navigateTo({ url: ratingLink(subject) });

  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>我的评价</Text>
      {error ? (
        <View className='banner' {...roleOf('alert')}>
          <Text className='banner__title'>{error.message}</Text>
          <Button className='btn btn--small' onClick={() => void load()} {...a11y('重新加载', 'button')}>重新加载</Button>
        </View>
      ) : null}
      {pending === null && !error ? <Text className='text'>正在加载…</Text> : null}
      {pending && pending.length ? (
        <View className='card'>
          <Text className='h2' {...heading(2)}>等您评价（{pending.length} 件）</Text>
          {pending.map((p) => (
            <View key={p.subjectKey} className='list-item' onClick={() => open(p.subject)} {...roleOf('link')}>
              <Text className='text strong'>{p.title} ›</Text>
              <Text className='muted'>{day(p.completedAt)}办结{p.staff ? ` · ${p.staff.name}` : ''} · 点此评价</Text>
            </View>
          ))}
        </View>
      ) : null}
      {pending && !pending.length && !given.length ? <Text className='text'>现在没有要评价的事项。</Text> : null}
      {given.length ? (
        <View className='card'>
          <Text className='h2' {...heading(2)}>已经评价的</Text>
          {given.map((r) => (
            <View key={r.id} className='list-item' onClick={() => open(r.subject)} {...roleOf('link')}>
              <Text className='text strong'>{r.title} ›</Text>
              <Text className='text'>{levelText(r.level)}</Text>
              <Text className='muted'>{day(r.at)}评价{r.followUps.length ? ` · 追加 ${r.followUps.length} 条` : ''}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
