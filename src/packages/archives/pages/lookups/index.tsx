import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import type { DestructionEntry, LookupEntry } from '../../../../shared/archives';
import { openDocx } from '../../../../api/document-file';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { pageStyle } from '../../../../ui/font-scale';
import { formatMonthDayTime } from '../../../../ui/dates';
import { KeeperGate } from '../../components/KeeperGate';
import { listDestructions, listLookups, lookupsXlsx } from '../../api';
import '../../archives.css';

function Register() {
  const [items, setItems] = useState<LookupEntry[] | null>(null);
  const [destroyed, setDestroyed] = useState<DestructionEntry[]>([]);
  const [error, setError] = useState<ApiError>();
  useEffect(() => {
    void listLookups().then((res) => (res.ok ? setItems(res.data.items) : setError(res.error)));
    void listDestructions().then((res) => { if (res.ok) setDestroyed(res.data.items); });
  }, []);
  const exportXlsx = async () => {
    const res = await lookupsXlsx();
    if (!res.ok) return setError(res.error);
    await openDocx(res.data.fileName, res.data.base64, 'xlsx');
  };
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>查阅登记</Text>
      <Text className='muted'>每次查阅归档案卷的人、时间、案卷和目的（制度九（八））。</Text>
      {error ? <Text className='bar__error' {...roleOf('alert')}>{error.message}</Text> : null}
      <Button className='btn btn--primary' onClick={() => void exportXlsx()} {...a11y('导出查阅登记表格（.xlsx）', 'button')}>导出查阅登记表格（.xlsx）</Button>
      {items === null && !error ? <Text className='text'>正在加载…</Text> : null}
      {items && items.length === 0 ? <Text className='text'>还没有查阅记录。</Text> : null}
      {(items ?? []).map((e) => (
        <View key={e.id} className='arch-item' {...a11y(`${e.by} 查阅 ${e.archiveCode}，目的：${e.purpose}`, 'group')}>
          <Text className='text'>{formatMonthDayTime(e.at)} {e.by}</Text>
          <Text className='arch-code'>{e.archiveCode}</Text>
          <Text className='muted'>目的：{e.purpose}</Text>
        </View>
      ))}
      <Text className='h2' {...heading(2)}>销毁清册</Text>
      {destroyed.length === 0 ? <Text className='text'>没有销毁过案卷。</Text> : null}
      {destroyed.map((d) => (
        <View key={d.id} className='arch-item'>
          <Text className='text'>{d.title}（{d.itemCount} 件）</Text>
          <Text className='arch-code'>{d.archiveCode}</Text>
          <Text className='muted'>批准：{d.approver} {d.documentNo}（{d.approvedOn}）；{formatMonthDayTime(d.destroyedAt)} {d.by} 销毁</Text>
        </View>
      ))}
    </View>
  );
}

/** 查阅登记 and 销毁清册 (issue 15, rule 九(八)(九)): read and export by the director and archivist (and admin). */
export default function LookupsPage() {
  return <KeeperGate>{() => <Register />}</KeeperGate>;
}
