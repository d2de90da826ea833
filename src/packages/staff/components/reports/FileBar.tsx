import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { a11y, roleOf } from '../../../../ui/a11y';
import { printPage } from '../tickets/download';
import type { FileMaker } from './useFileMaker';

/**
 * The bottom bar of a printable report with an Excel file: 「打印」 (H5; on weapp it says where
 * printing works) and 「下载 Excel」, with the file maker's progress above them.
 * @example <FileBar name='来访来电登记表' files={files} onFile={() => void files.make('登记表', event)} />
 */
export function FileBar({ name, files, onFile }: { name: string; files: FileMaker; onFile: () => void }) {
  const print = () => {
    if (!printPage()) void Taro.showToast({ title: '请在电脑浏览器中打开本页打印', icon: 'none' });
  };
  return (
    <View className='bar no-print'>
      {files.message ? <Text className={files.failed ? 'bar__error' : 'muted'} {...roleOf(files.failed ? 'alert' : 'status')}>{files.message}</Text> : null}
      <View className='bar__row'>
        <Button className='btn' onClick={print} {...a11y(`打印${name}`, 'button')}>打印</Button>
        <Button className='btn btn--primary' {...(files.busy ? { disabled: true } : {})} onClick={onFile} {...a11y(`下载 Excel：${name}`, 'button')}>下载 Excel</Button>
      </View>
    </View>
  );
}
