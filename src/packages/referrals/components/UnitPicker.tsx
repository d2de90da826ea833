import { Button, Text, View } from '@tarojs/components';
import { UNIT_KINDS, type UnitView } from '../../../shared/referrals';
import { a11y, heading, roleOf } from '../../../ui/a11y';

/** The units chosen, with the lead among several (rule 七(三)2), as the server takes them. */
export interface UnitChoice {
  chosen: string[];
  lead: string;
}

/**
 * Toggles a unit in the choice; the lead follows: the first chosen leads until another is made
 * lead, and a lead that is taken off passes to the first one left.
 * @example toggleUnit({ chosen: ['a'], lead: 'a' }, 'b') // { chosen: ['a', 'b'], lead: 'a' }
 * @example toggleUnit({ chosen: ['a', 'b'], lead: 'a' }, 'a') // { chosen: ['b'], lead: 'b' }
 */
export function toggleUnit(c: UnitChoice, id: string): UnitChoice {
  const chosen = c.chosen.includes(id) ? c.chosen.filter((x) => x !== id) : [...c.chosen, id];
  return { chosen, lead: chosen.includes(c.lead) ? c.lead : chosen[0] ?? '' };
}

/** @example unitsPayload({ chosen: ['a', 'b'], lead: 'b' }) // [{ unitId: 'a', lead: false }, { unitId: 'b', lead: true }] */
export function unitsPayload(c: UnitChoice): { unitId: string; lead: boolean }[] {
  return c.chosen.map((unitId) => ({ unitId, lead: unitId === c.lead }));
}

/**
 * 承办单位: one big toggle per unit of the registry (windows and outside units), and with several
 * chosen a 「设为牵头单位」 button on each; the server's refusal about the units shows above them.
 * `exclude` leaves out units that cannot be chosen here (those a referral is already with).
 * @example <UnitPicker units={units} value={choice} onChange={setChoice} error={error?.field === 'units' ? error.message : undefined} />
 */
export function UnitPicker({ title, units, value, onChange, error, exclude = [] }: {
  title: string; units: UnitView[]; value: UnitChoice; onChange: (c: UnitChoice) => void; error?: string; exclude?: string[];
}) {
  const several = value.chosen.length > 1;
  return (
    <View id='field-units' {...a11y(title, 'group')}>
      <Text className='h2' {...heading(2)}>{title}</Text>
      {error ? <Text className='field__error' {...roleOf('alert')}>{error}</Text> : null}
      {units.filter((u) => !exclude.includes(u.id)).map((u) => {
        const on = value.chosen.includes(u.id);
        return (
          <View key={u.id} className='card'>
            <Button className={on ? 'btn btn--primary' : 'btn'} onClick={() => onChange(toggleUnit(value, u.id))} {...a11y(`${u.name}，${UNIT_KINDS[u.kind]}`, 'checkbox')} aria-checked={on ? 'true' : 'false'}>{`${on ? '☑' : '☐'} ${u.name}`}</Button>
            {on && several ? (
              <Button className='btn' onClick={() => onChange({ ...value, lead: u.id })} {...a11y(`设为牵头单位：${u.name}`, 'radio')} aria-checked={value.lead === u.id ? 'true' : 'false'}>{value.lead === u.id ? '★ 牵头单位' : '设为牵头单位'}</Button>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}
