import { Text, View } from '@tarojs/components';
import { a11y } from '../../../ui/a11y';

/**
 * One large answer button: a main line and an optional second line, read together by screen
 * readers. An unavailable choice stays on screen, dashed, with its words (「已约满」) in dark text —
 * never only greyed out. (A View, not a Taro Button: H5's disabled button paints its text white.)
 * @example <Choice label='11月27日（周五）' sub='还有 12 个空位' onPick={() => pick('2026-11-27')} />
 */
export function Choice({ label, sub, disabled, selected, onPick }: {
  label: string;
  sub?: string;
  disabled?: boolean;
  selected?: boolean;
  onPick: () => void;
}) {
  return (
    <View
      className={`btn bk-choice ${selected ? 'btn--on' : ''} ${disabled ? 'bk-choice--off' : ''}`}
      onClick={disabled ? undefined : onPick}
      aria-disabled={disabled ? 'true' : undefined}
      aria-pressed={selected === undefined ? undefined : selected ? 'true' : 'false'}
      {...a11y(sub ? `${label}，${sub}` : label, 'button')}
    >
      <View>
        <Text className='bk-choice__label'>{selected ? '✓ ' : ''}{label}</Text>
        {sub ? <Text className='bk-choice__sub'>{sub}</Text> : null}
      </View>
    </View>
  );
}
