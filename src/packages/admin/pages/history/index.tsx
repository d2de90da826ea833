import { useEffect, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../api/types';
import type { ContentItem } from '../../../../shared/content';
import { pageStyle } from '../../../../ui/font-scale';
import { contentHistory } from '../../api';
import { AdminGate } from '../../components/AdminGate';
import { summaryLines } from '../../components/summary';
import { VersionLine } from '../../components/VersionLine';
import { heading } from '../../../../ui/a11y';

/** Every kept version of one item, newest first (线上线下一致: what was published when). */
function History() {
  const raw = useRouter().params.key ?? '';
  const key = raw.includes('%') ? decodeURIComponent(raw) : raw;
  const [versions, setVersions] = useState<ContentItem[] | null>(null);
  const [error, setError] = useState<ApiError>();
  useEffect(() => {
    void contentHistory(key).then((res) => (res.ok ? setVersions([...res.data].sort((a, b) => b.version - a.version)) : setError(res.error)));
  }, [key]);
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>历史版本</Text>
      {error ? <View className='banner' role='alert'><Text>{error.message}</Text></View> : null}
      {versions === null && !error ? <Text className='text'>正在加载…</Text> : null}
      {versions?.length === 0 ? <Text className='text'>还没有历史版本。</Text> : null}
      {versions?.map((v) => (
        <View key={v.version} className='card'>
          <VersionLine version={v.version} updatedAt={v.updatedAt} updatedBy={v.updatedBy} />
          {summaryLines(v.data).map((line, i) => <Text key={i} className='text'>{line}</Text>)}
        </View>
      ))}
    </View>
  );
}

export default function HistoryPage() {
  return <AdminGate><History /></AdminGate>;
}
