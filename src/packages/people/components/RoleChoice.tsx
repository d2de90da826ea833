import { Text, View } from '@tarojs/components';
import { ROLES, ROLE_LABELS, type Role } from '../../../shared/roles';
import { a11y, roleOf } from '../../../ui/a11y';

/**
 * Big toggles, one per role; a chosen role shows ✓ and a filled background (not colour alone).
 * @example <RoleChoice value={roles} onChange={setRoles} />
 */
export function RoleChoice({ value, onChange, error }: { value: Role[]; onChange: (roles: Role[]) => void; error?: string }) {
  const toggle = (r: Role) => onChange(value.includes(r) ? value.filter((x) => x !== r) : [...value, r]);
  return (
    <View className='field' id='field-roles'>
      <Text className='field__label'>岗位角色（可多选）</Text>
      <View className='pp-roles' {...roleOf('group', { 'aria-label': '岗位角色' })}>
        {ROLES.map((r) => {
          const on = value.includes(r);
          return (
            <View key={r} className={`btn ${on ? 'btn--on' : ''}`} aria-checked={on ? 'true' : 'false'} onClick={() => toggle(r)} {...a11y(ROLE_LABELS[r], 'checkbox')}>
              <Text>{on ? '✓ ' : ''}{ROLE_LABELS[r]}</Text>
            </View>
          );
        })}
      </View>
      {error ? <Text className='field__error' {...roleOf('alert')}>{error}</Text> : null}
    </View>
  );
}
