import type { PropsWithChildren } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { a11y } from '../../../ui/a11y';
import { copyText, printPage } from './tickets/download';

/** Prints the page on H5; on weapp says where printing works instead. */
function printOrSay(): void {
  if (!printPage()) void Taro.showToast({ title: '请在电脑浏览器中打开本页打印', icon: 'none' });
}

/**
 * The bottom bar of a printable report: 「打印」 and the export button (a CSV download on H5,
 * the text to copy on weapp). `children` go under the two buttons.
 * @example <ReportBar name='投诉记录本' onExport={() => void csv()} />
 */
export function ReportBar({ name, onExport, weappExport = { label: '导出表格文字', text: '导出表格' }, children }: PropsWithChildren<{
  /** The report's name, read out as 「打印<name>」. */
  name: string;
  onExport: () => void;
  /** The export button on weapp, where there is no download. */
  weappExport?: { label: string; text: string };
}>) {
  const weapp = process.env.TARO_ENV === 'weapp';
  return (
    <View className='bar no-print'>
      <View className='bar__row'>
        <Button className='btn' onClick={printOrSay} {...a11y(`打印${name}`, 'button')}>打印</Button>
        <Button className='btn btn--primary' onClick={onExport} {...a11y(weapp ? weappExport.label : '下载表格 CSV', 'button')}>{weapp ? weappExport.text : '下载表格'}</Button>
      </View>
      {children}
    </View>
  );
}

/**
 * The report as text with a copy button (weapp cannot download); nothing while `text` is empty.
 * @example <CopyCard text={csvText} />
 */
export function CopyCard({ text, title = '表格文字（可复制到电脑表格）', copyLabel = '复制全部文字', copied = '已复制，可粘贴到表格' }: {
  text: string;
  title?: string;
  copyLabel?: string;
  /** The toast after copying. */
  copied?: string;
}) {
  if (!text) return null;
  return (
    <View className='card no-print'>
      <Text className='h2'>{title}</Text>
      <Button className='btn' onClick={() => void copyText(text, copied)} {...a11y(copyLabel, 'button')}>{copyLabel}</Button>
      <Text className='book-text' userSelect>{text}</Text>
    </View>
  );
}
