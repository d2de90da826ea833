import { View } from '@tarojs/components';
import type { Badge } from '../../../shared/content';
import { errorAt } from '../components/field-error';
import { Field } from '../../../components/form/Field';
import type { FormProps } from './types';

/** The five things a 挂牌上岗 badge shows. */
const FIELDS: { key: keyof Badge; label: string; multiline?: boolean }[] = [
  { key: 'name', label: '姓名' },
  { key: 'post', label: '职务' },
  { key: 'duty', label: '工作岗位' },
  { key: 'scope', label: '业务范围', multiline: true },
  { key: 'complaintHow', label: '投诉方式', multiline: true },
];

/**
 * 工作人员公示牌: 姓名、职务、岗位、业务范围、投诉方式.
 * @example <BadgeForm value={data} onChange={setData} error={error} />
 */
export function BadgeForm({ value, onChange, error }: FormProps<Badge>) {
  return (
    <View>
      {FIELDS.map((f) => (
        <Field key={f.key} label={f.label} path={f.key} value={value[f.key]} multiline={f.multiline}
          onChange={(v) => onChange({ ...value, [f.key]: v })} error={errorAt(error, f.key)} />
      ))}
    </View>
  );
}
