import { Text } from '@tarojs/components';
import { a11y } from '../../../../ui/a11y';
import type { TimeLeft } from './time-left';

/**
 * The due label of a ticket: symbol + words in a bordered tag (colour only repeats them).
 * @example <DueLabel left={describeTimeLeft(row.dueAt, now, calendar, row.overdue)} />
 */
export function DueLabel({ left }: { left: TimeLeft }) {
  return (
    <Text className={`due due--${left.state}`} {...a11y(left.words)}>
      {left.symbol} {left.words}
    </Text>
  );
}
