import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { toBeijingDate } from '../../../../domain/beijing';
import { parseSubjectParam, type RatingView } from '../../../../shared/ratings';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { formatMonthDay } from '../../../../ui/dates';
import { pageStyle } from '../../../../ui/font-scale';
import { MY_TICKETS_URL } from '../../components/links';
import { FollowUpForm } from './parts/FollowUpForm';
import { RateForm } from './parts/RateForm';
import { RatingCard } from './parts/RatingCard';
import { useRating } from './parts/useRating';
import '../../components/resident.css';
import './rate.css';

/** 我的评价 (this subpackage). */
const MY_RATINGS_URL = '/packages/resident/pages/ratings/index';

/**
 * 服务评价 (rule 十二): `?subject=ticket:<id>` or `appointment:<id>` — the page the completion
 * message opens. Not rated yet: three big choices, optional aspects and comment, submit once.
 * Rated: the rating read-only (it never changes) and 「追加评论」.
 */
export default function RatePage() {
  const subject = parseSubjectParam(decodeURIComponent(useRouter().params.subject ?? ''));
  const { request, rating, error, reload, setRating } = useRating(subject);
  const [justRated, setJustRated] = useState(false);
  const rated = (r: RatingView) => { setJustRated(true); setRating(r); };
  const home = () => void Taro.reLaunch({ url: '/pages/index/index' });

  if (!request) {
    return (
      <View className='page' style={pageStyle()}>
        <Text className='title' {...heading(1)}>服务评价</Text>
        {error ? (
          <View className='banner' {...roleOf('alert')}>
            <Text className='banner__title'>{error.message}</Text>
            {subject ? <Button className='btn btn--small' onClick={() => void reload()} {...a11y('重新加载', 'button')}>重新加载</Button> : null}
          </View>
        ) : <Text className='text'>正在加载…</Text>}
        <Button className='btn' onClick={() => void Taro.redirectTo({ url: MY_TICKETS_URL })} {...a11y('我的事项', 'button')}>我的事项</Button>
        <Button className='btn' onClick={home} {...a11y('回到首页', 'button')}>回到首页</Button>
      </View>
    );
  }
  const about = (
    <View className='card'>
      <Text className='text strong'>{request.title}</Text>
      <Text className='muted'>{formatMonthDay(toBeijingDate(request.completedAt))}办结{request.staff ? ` · 办理人：${request.staff.name}` : ''}</Text>
    </View>
  );
  if (rating) {
    return (
      <View className='page' style={pageStyle()}>
        <Text className='title' {...heading(1)}>{justRated ? '✓ 谢谢您的评价' : '您已经评价过了'}</Text>
        {about}
        <RatingCard rating={rating} />
        <FollowUpForm rating={rating} onAdded={setRating} />
        <Button className='btn' onClick={() => void Taro.navigateTo({ url: MY_RATINGS_URL })} {...a11y('我的全部评价', 'button')}>我的全部评价</Button>
        <Button className='btn' onClick={home} {...a11y('回到首页', 'button')}>回到首页</Button>
      </View>
    );
  }
  return (
    <View className='page page--with-bar' style={pageStyle()}>
      <Text className='title' {...heading(1)}>请为这次服务评价</Text>
      {about}
      <Text className='h2' {...heading(2)}>您对这次服务满意吗？</Text>
      <RateForm subject={request.subject} onRated={rated} onConflict={() => void reload()} />
    </View>
  );
}
