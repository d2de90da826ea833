import { Text, View } from '@tarojs/components';
import type { SlotDay } from '../../../shared/appointments';
import { dayChoice, offeredDays } from '../slots-text';
import { BackButton } from './BackButton';
import { Choice } from './Choice';
import { Notice } from './Notice';
import { StepHeader } from './StepHeader';

/**
 * Choose a day: only days that still have slots, 调休 Saturdays included and named, full days
 * kept on screen with 「已约满」 in words.
 * @example <DayStep step={2} of={4} days={slots.days} today='2026-11-26' onPick={setDate} onBack={back} />
 */
export function DayStep({ step, of, days, today, notice, onPick, onBack }: {
  step: number;
  of: number;
  days: SlotDay[] | null;
  today: string;
  notice?: string;
  onPick: (date: string) => void;
  onBack?: () => void;
}) {
  const shown = offeredDays(days ?? []);
  return (
    <View>
      <StepHeader step={step} of={of} title='哪一天来？' hint='只列出工作站上班、还能预约的日子。' />
      <Notice text={notice} />
      {days === null ? <Text className='text'>正在查询可预约的日子…</Text> : null}
      {days !== null && shown.length === 0 ? <Text className='text'>近期没有可以预约的时间，请打电话 0791-83280001 联系工作站。</Text> : null}
      {shown.map((d) => {
        const c = dayChoice(d, today);
        return <Choice key={d.date} label={c.label} sub={c.sub} disabled={c.full} onPick={() => onPick(d.date)} />;
      })}
      {onBack ? <BackButton onBack={onBack} /> : null}
    </View>
  );
}
