import { Text, View } from '@tarojs/components';

/**
 * Label / value lines in large type (the confirm and done screens).
 * @example <Facts rows={[['日期', '11月27日（周五）'], ['时间', '9:00–9:30']]} />
 */
export function Facts({ rows }: { rows: [string, string][] }) {
  return (
    <View className='card'>
      {rows.map(([label, value]) => (
        <View key={label} className='bk-fact'>
          <Text className='bk-fact__label'>{label}</Text>
          <Text className='bk-fact__value'>{value}</Text>
        </View>
      ))}
    </View>
  );
}
