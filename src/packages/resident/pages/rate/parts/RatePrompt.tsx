import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ratingLink, type RatingRequestView, type RatingSubject, type SubjectType } from '../../../../../shared/ratings';
import { a11y } from '../../../../../ui/a11y';
import { forSubject, pendingRatings } from './api';

/** The prompt itself: a large link 「请为这次服务评价 ›」 to the rating page. */
function Prompt({ subject, title }: { subject: RatingSubject; title?: string }) {
  return (
    <View className='entry' onClick={() => void Taro.navigateTo({ url: ratingLink(subject) })} {...a11y(`请为这次服务评价${title ? `：${title}` : ''}`, 'link')}>
      <View>
        <Text className='entry__title'>请为这次服务评价</Text>
        <Text className='entry__desc'>{title ? `${title} · ` : ''}满意、基本满意还是不满意，点一下就行</Text>
      </View>
      <Text className='entry__arrow' aria-hidden='true'>›</Text>
    </View>
  );
}

/**
 * On a completed ticket's page: the prompt, only while the item is not rated (nothing on error).
 * @example {t.status === 'closed' ? <RatePrompt subject={{ type: 'ticket', id: t.id }} /> : null}
 */
export function RatePrompt({ subject }: { subject: RatingSubject }) {
  const [show, setShow] = useState(false);
  useEffect(() => {
    void forSubject(subject).then((res) => setShow(res.ok && !res.data.rating));
  }, [subject.type, subject.id]); // eslint-disable-line react-hooks/exhaustive-deps
  return show ? <Prompt subject={subject} /> : null;
}

/**
 * On a list page (我的预约): one prompt for each completed item of a type still waiting for a rating.
 * @example <PendingRatePrompts type='appointment' />
 */
export function PendingRatePrompts({ type }: { type: SubjectType }) {
  const [items, setItems] = useState<RatingRequestView[]>([]);
  useEffect(() => {
    void pendingRatings().then((res) => setItems(res.ok ? res.data.items.filter((i) => i.subject.type === type && !i.rated) : []));
  }, [type]);
  return <View>{items.map((i) => <Prompt key={i.subjectKey} subject={i.subject} title={i.title} />)}</View>;
}
