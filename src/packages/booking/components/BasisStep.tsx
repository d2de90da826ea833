import { View } from '@tarojs/components';
import type { HomeVisitBasis } from '../../../shared/appointments';
import { Choice } from './Choice';
import { StepHeader } from './StepHeader';

/**
 * Home visit, step 1: which applies — 年满七十岁, 重度残疾, or neither (then the phone is offered).
 * @example <BasisStep of={4} onPick={setBasis} onNeither={showPhone} />
 */
export function BasisStep({ of, value, onPick, onNeither }: {
  of: number;
  value?: HomeVisitBasis;
  onPick: (basis: HomeVisitBasis) => void;
  onNeither: () => void;
}) {
  return (
    <View>
      <StepHeader step={1} of={of} title='要上门服务的人，属于哪种情况？' hint='上门服务面向七十岁以上老人和重度残疾人。' />
      <Choice label='年满七十岁' sub='需要填写出生日期' selected={value === 'age70'} onPick={() => onPick('age70')} />
      <Choice label='重度残疾' sub='一级、二级残疾人证，需要填写证号' selected={value === 'severeDisability'} onPick={() => onPick('severeDisability')} />
      <Choice label='都不是' sub='可以到工作站办理，或打电话咨询' onPick={onNeither} />
    </View>
  );
}
