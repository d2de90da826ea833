import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { SAMPLE_RATE, type SampleDrawView } from '../../../../../shared/ratings';
import { sampleSize } from '../../../../../domain/ratings/sample';
import { heading } from '../../../../../ui/a11y';
import { formatMonthDayTime } from '../../../../../ui/dates';
import { sampleDraw } from '../../callbacks/parts/api';
import { ratePercent } from './percent';

/** Chosen tickets listed on the page; the rest are counted. */
export const CHOSEN_SHOWN = 20;

/**
 * Whether a draw meets rule 十二(五): at least ⌈5 %⌉ of the population, one at least when any.
 * @example meetsSampleRule({ populationSize: 41, chosenIds: ['a', 'b', 'c'] }) // true
 */
export function meetsSampleRule(d: Pick<SampleDrawView, 'populationSize' | 'chosenIds'>): boolean {
  return d.chosenIds.length >= sampleSize(d.populationSize, SAMPLE_RATE);
}

/** The stored draw, laid out so it can be checked: population, count and rule, seed, chosen tickets. */
function DrawDetails({ d }: { d: SampleDrawView }) {
  const ok = meetsSampleRule(d);
  const shown = d.chosenIds.slice(0, CHOSEN_SHOWN);
  return (
    <View>
      <Text className='text'>抽样总体：{d.populationSize} 件热线/网上办结事项</Text>
      <Text className='text strong'>
        抽取 {d.chosenIds.length} 件，抽访率 {ratePercent(d.populationSize ? d.chosenIds.length / d.populationSize : null)}
        {ok ? '（✓ 不低于 5%）' : `（⚠ 低于 5%，至少应抽 ${sampleSize(d.populationSize, SAMPLE_RATE)} 件）`}
      </Text>
      <Text className='text'>随机种子：{d.seed}（mulberry32，按编号排序的总体，可复核）</Text>
      <Text className='muted'>抽取于 {formatMonthDayTime(d.drawnAt)} · 已生成回访任务 {d.tasksCreated}/{d.chosenIds.length} 件</Text>
      {shown.length ? (
        <View role='list' aria-label='抽中的事项'>
          {shown.map((id, i) => <View key={id} className='book-row' role='listitem'><Text className='book-row__cell'>{i + 1}. {id}</Text></View>)}
        </View>
      ) : null}
      {d.chosenIds.length > shown.length ? <Text className='muted'>共 {d.chosenIds.length} 件，以上列出前 {shown.length} 件</Text> : null}
    </View>
  );
}

/**
 * 「月度抽访」 (rule 十二(五)): the stored draw of the month's completions, fetched once it is made
 * (`drawn`); before that, when it will be made.
 * @example <SampleDrawBlock month='2026-10' drawn />
 */
export function SampleDrawBlock({ month, drawn }: { month: string; drawn: boolean }) {
  const [draw, setDraw] = useState<SampleDrawView | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    setDraw(null);
    setError('');
    if (!drawn) return undefined;
    let live = true;
    void sampleDraw(month).then((res) => {
      if (!live) return;
      if (res.ok) setDraw(res.data); else setError(res.error.message);
    });
    return () => { live = false; };
  }, [month, drawn]);
  return (
    <View className='card ct-sample'>
      <Text className='h2' {...heading(2)}>月度抽访</Text>
      {!drawn ? <Text className='text'>这个月的办结事项还没有抽样，下月第一个工作日抽取。</Text> : null}
      {error ? <Text className='text'>抽样记录读取失败：{error}</Text> : null}
      {drawn && !draw && !error ? <Text className='text'>正在读取抽样记录…</Text> : null}
      {draw ? <DrawDetails d={draw} /> : null}
    </View>
  );
}
