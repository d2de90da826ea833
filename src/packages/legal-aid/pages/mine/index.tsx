import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { formatMonthDayTime } from '../../../../ui/dates';
import { pageStyle } from '../../../../ui/font-scale';
import { LEGAL_AID_PAGES, MATTER_KINDS, type LegalAidRow } from '../../../../shared/legal-aid';
import { myApplications } from '../../components/api';
import '../../legal-aid.css';

/** 我的申请: every application with its state and date, newest first; a tap opens its steps. */
export default function MyApplicationsPage() {
  const [items, setItems] = useState<LegalAidRow[] | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void myApplications().then((res) => (res.ok ? setItems(res.data.items) : setError(res.error.message)));
  }, []);
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>我的法律援助申请</Text>
      {error ? <Text className='bar__error' {...roleOf('alert')}>{error}</Text> : null}
      {items === null && !error ? <Text className='muted'>正在加载…</Text> : null}
      {items?.length === 0 ? <Text className='muted'>还没有申请。</Text> : null}
      {items?.map((r) => (
        <View key={r.id} className={`la-row ${r.greenChannel ? 'la-row--green' : ''}`} onClick={() => void Taro.navigateTo({ url: `${LEGAL_AID_PAGES.resident}?id=${r.id}` })}
          {...a11y(`${MATTER_KINDS[r.matterKind]}，${r.statusLabel}，${formatMonthDayTime(r.receivedAt)}申请`, 'link')}>
          {r.greenChannel ? <Text className='la-tag'>绿色通道</Text> : null}
          <Text className='msg__title' style={{ display: 'block' }}>{MATTER_KINDS[r.matterKind]}</Text>
          <Text className='la-state'>{r.statusLabel}</Text>
          <Text className='muted'>{formatMonthDayTime(r.receivedAt)} 申请</Text>
        </View>
      ))}
      <Button className='btn btn--primary' onClick={() => void Taro.navigateTo({ url: LEGAL_AID_PAGES.apply })} {...a11y('申请法律援助', 'button')}>申请法律援助</Button>
    </View>
  );
}
