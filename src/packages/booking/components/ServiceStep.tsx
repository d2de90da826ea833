import { View } from '@tarojs/components';
import { SERVICE_LABELS, type ServiceKey, type ServiceOption } from '../../../shared/appointments';
import { Choice } from './Choice';
import { StepHeader } from './StepHeader';

/** The services when the list could not be loaded (the contract's own labels). */
export const FALLBACK_SERVICES: ServiceOption[] = (Object.keys(SERVICE_LABELS) as ServiceKey[]).map((key) => ({ key, label: SERVICE_LABELS[key], hint: '' }));

/**
 * Step 1: what the visit is for, one big button per service.
 * @example <ServiceStep services={services} onPick={(s) => setService(s)} />
 */
export function ServiceStep({ services, onPick, of }: { services: ServiceOption[]; onPick: (s: ServiceOption) => void; of: number }) {
  return (
    <View>
      <StepHeader step={1} of={of} title='您要办什么事？' hint='不确定就选「法律咨询」，到站后工作人员会帮您。' />
      {services.map((s) => <Choice key={s.key} label={s.label} sub={s.hint || undefined} onPick={() => onPick(s)} />)}
    </View>
  );
}
