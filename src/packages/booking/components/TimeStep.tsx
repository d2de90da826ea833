import { Text, View } from '@tarojs/components';
import type { Slot, SlotDay } from '../../../shared/appointments';
import { dayText, halves, slotChoice } from '../slots-text';
import { BackButton } from './BackButton';
import { Choice } from './Choice';
import { Notice } from './Notice';
import { StepHeader } from './StepHeader';

function SlotList({ title, slots, onPick }: { title: string; slots: Slot[]; onPick: (s: Slot) => void }) {
  if (slots.length === 0) return null;
  return (
    <View>
      <Text className='bk-group'>{title}</Text>
      {slots.map((s) => {
        const c = slotChoice(s);
        return <Choice key={s.start} label={c.label} sub={c.sub} disabled={c.full} onPick={() => onPick(s)} />;
      })}
    </View>
  );
}

/**
 * Choose a time on the chosen day, 上午 and 下午 apart; full slots say 「已约满」.
 * @example <TimeStep step={3} of={4} day={day} today='2026-11-26' onPick={setSlot} onBack={back} />
 */
export function TimeStep({ step, of, day, today, notice, onPick, onBack }: {
  step: number;
  of: number;
  day: SlotDay | undefined;
  today: string;
  notice?: string;
  onPick: (slot: Slot) => void;
  onBack: () => void;
}) {
  const { morning, afternoon } = halves(day?.slots ?? []);
  const allFull = Boolean(day) && (day?.slots ?? []).every((s) => s.left === 0);
  return (
    <View>
      <StepHeader step={step} of={of} title='几点来？' hint={day ? dayText(day.date, today) : undefined} />
      <Notice text={notice} />
      {!day || allFull ? <Text className='text'>这一天已经约满了，请返回选别的日子。</Text> : null}
      <SlotList title='上午' slots={morning} onPick={onPick} />
      <SlotList title='下午' slots={afternoon} onPick={onPick} />
      <BackButton onBack={onBack} label='换一天' />
    </View>
  );
}
