import { Text, View } from '@tarojs/components';
import { toBeijingDate } from '../../../../../domain/beijing';
import { RATING_LEVELS, type RatingView } from '../../../../../shared/ratings';
import { a11y, heading, roleOf } from '../../../../../ui/a11y';
import { formatMonthDay } from '../../../../../ui/dates';
import { aspectsText, CALLBACK_PROMISE, LEVEL_FACES, sourceText } from './words';

/**
 * A given rating, read-only: face and word, what it was about, the comment, when and how it was
 * given, the follow-up comments, and — for 基本满意 / 不满意 — the callback promise.
 * @example <RatingCard rating={r} />
 */
export function RatingCard({ rating }: { rating: RatingView }) {
  const about = aspectsText(rating.aspects);
  const source = sourceText(rating);
  return (
    <View>
      <View className='rt-given' {...a11y(`您的评价：${RATING_LEVELS[rating.level]}`)} {...roleOf('status')}>
        <Text className='rt-choice__face' aria-hidden='true'>{LEVEL_FACES[rating.level]}</Text>
        <View>
          <Text className='muted'>您的评价</Text>
          <Text className='rt-choice__word'>{RATING_LEVELS[rating.level]}</Text>
        </View>
      </View>
      {rating.callbackOwed ? <Text className='rt-callback' {...roleOf('note')}>☎ {CALLBACK_PROMISE}</Text> : null}
      <View className='card'>
        {about ? <Text className='text'>关于：{about}</Text> : null}
        {rating.comment ? <View className='rt-note'><Text className='text'>{rating.comment}</Text></View> : null}
        <Text className='muted'>{formatMonthDay(toBeijingDate(rating.at))}评价{source ? `，${source}` : ''}</Text>
        <Text className='muted'>评价提交后不能修改，可以在下面追加评论。</Text>
      </View>
      {rating.followUps.length ? (
        <View className='card'>
          <Text className='h2' {...heading(2)}>追加的评论（{rating.followUps.length} 条）</Text>
          {rating.followUps.map((f, i) => (
            <View key={i} className='rt-note'>
              <Text className='text'>{f.text}</Text>
              <Text className='muted'>{formatMonthDay(toBeijingDate(f.at))}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
