import { Text, View } from '@tarojs/components';
import { STUDY_KIND_LABELS } from '../../../domain/people';
import { STUDY_REVIEW_LABELS, STUDY_WRITING_LABELS, type StudyRegister } from '../../../shared/people';
import { heading } from '../../../ui/a11y';
import { PhotoStrip } from '../../../components/photos/PhotoStrip';

/**
 * The yearly study register (学习登记) as printed: per person, the plan, the records with their
 * hours, notes and articles, checks and praise/criticism; for the station its arrangements too.
 * @example <RegisterView register={reg} />
 */
export function RegisterView({ register: reg }: { register: StudyRegister }) {
  return (
    <View>
      <Text className='h2' {...heading(2)}>{reg.year}年 学习登记</Text>
      <Text className='text'>集中业务培训：{reg.centralHeld ? '✓ 本年度已举办' : '⚠ 本年度尚未举办'}</Text>
      {reg.arrangements?.length ? (
        <View className='card'>
          <Text className='text strong'>工作站部署</Text>
          {reg.arrangements.map((a) => <Text key={a.date + a.topic} className='muted'>{a.date} {a.topic}</Text>)}
        </View>
      ) : null}
      {reg.people.map((p) => (
        <View key={p.staffId} className='card'>
          <Text className='text strong'>{p.name}：集中学习 {p.totals.group + p.totals.central} 学时，自学 {p.totals.self} 学时</Text>
          <Text className='muted'>学习计划：{p.plan ?? '（未填写）'}</Text>
          {p.records.map((r) => <Text key={r.id} className='muted'>{r.date} {STUDY_KIND_LABELS[r.kind]} {r.hours} 学时 · {r.topic}</Text>)}
          {p.writings.map((w, i) => (
            <View key={`w${i}`}>
              <Text className='muted'>{w.date} {STUDY_WRITING_LABELS[w.kind]}：{w.title}{w.photoIds.length ? `（附照片 ${w.photoIds.length} 张）` : ''}</Text>
              {w.photoIds.length ? <PhotoStrip ids={w.photoIds} label={`${w.title}的照片`} /> : null}
            </View>
          ))}
          {p.reviews.map((r, i) => <Text key={`r${i}`} className='muted'>{r.date} {STUDY_REVIEW_LABELS[r.kind]}（{r.by}）：{r.text}</Text>)}
        </View>
      ))}
    </View>
  );
}
