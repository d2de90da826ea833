import { Text } from '@tarojs/components';

/** Phone numbers as residents see them written: landlines with or without 「-」, mobiles, 12348. */
const PHONE = /0\d{2,3}-?\d{7,8}|1[3-9]\d{9}|12348/g;

/**
 * Splits prose into runs, marking the phone numbers in it.
 * @example phoneRuns('请拨打 0791-83280001。') // [{ text: '请拨打 ', phone: false }, { text: '0791-83280001', phone: true }, { text: '。', phone: false }]
 */
export function phoneRuns(text: string): { text: string; phone: boolean }[] {
  const runs: { text: string; phone: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(PHONE)) {
    if (m.index! > at) runs.push({ text: text.slice(at, m.index), phone: false });
    runs.push({ text: m[0], phone: true });
    at = m.index! + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), phone: false });
  return runs;
}

/**
 * Prose whose phone numbers never break across lines (at WeChat's largest text size a number
 * would otherwise split at its 「-」). Put it inside a <Text>.
 * @example <Text className='text'><TextWithPhones text='请拨打 0791-83280001。' /></Text>
 */
export function TextWithPhones({ text }: { text: string }) {
  return <>{phoneRuns(text).map((r, i) => (r.phone ? <Text key={i} className='nowrap'>{r.text}</Text> : r.text))}</>;
}
