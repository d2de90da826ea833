import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { LetterPhotos, type LetterPhoto } from '../../../../components/photos/LetterPhotos';
import { PhotoStrip } from '../../../../components/photos/PhotoStrip';
import { openDocx } from '../../../../api/document-file';
import { a11y, heading, roleOf } from '../../../../ui/a11y';
import { formatMonthDayTime } from '../../../../ui/dates';
import { pageStyle } from '../../../../ui/font-scale';
import { ratingLink } from '../../../../shared/ratings';
import { MATTER_KINDS, type LegalAidView } from '../../../../shared/legal-aid';
import { getApplication, readDocument, supplyMaterials } from '../../components/api';
import { nextStepText } from '../../components/words';
import '../../legal-aid.css';

/**
 * One application as its applicant follows it: what happens next and by when, every step with
 * its date, the documents addressed to them (opened as Word files), the materials to supply
 * (photos), the assigned worker's tap-to-call number, and the rating once it is closed.
 */
export default function ApplicationPage() {
  const id = useRouter().params.id ?? '';
  const [app, setApp] = useState<LegalAidView | null>(null);
  const [error, setError] = useState('');
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<LetterPhoto[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void getApplication(id).then((res) => (res.ok ? setApp(res.data.application) : setError(res.error.message)));
  }, [id]);
  if (!app) return <View className='page' style={pageStyle()}>{error ? <Text className='bar__error' {...roleOf('alert')}>{error}</Text> : <Text className='muted'>正在加载…</Text>}</View>;

  const open = async (documentId: string) => {
    const res = await readDocument(app.id, documentId);
    if (!res.ok) return setNote(res.error.message);
    setNote((await openDocx(res.data.filename, res.data.base64)) ? `已打开 ${res.data.filename}` : '这台设备不能打开文书，请到窗口领取纸质件');
  };
  /** 补充材料: the photos chosen above (uploaded one by one, on H5 through the gateway), or 「原件带到窗口」. */
  const supply = async () => {
    if (busy) return;
    setBusy(true);
    const ids = photos.map((p) => p.fileId);
    const res = await supplyMaterials(app.id, ids, ids.length ? undefined : '材料已带到窗口');
    setBusy(false);
    if (res.ok) {
      setApp(res.data.application);
      setPhotos([]);
    }
    setNote(res.ok ? '材料已补充，工作站继续办理' : res.error.message);
  };

  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>{MATTER_KINDS[app.matter.kind]}</Text>
      {app.greenChannel ? <Text className='la-tag'>绿色通道</Text> : null}
      {app.urgent ? <Text className='la-tag'>先行提供法律援助</Text> : null}
      <Text className='la-state' {...roleOf('status')}>{app.statusLabel}</Text>
      <Text className='text strong'>{nextStepText(app)}</Text>
      {note ? <Text className='muted' {...roleOf('status')}>{note}</Text> : null}

      {app.status === 'materialsRequested' && app.materials ? (
        <View className='card'>
          <Text className='h2' {...heading(2)}>请补充这些材料</Text>
          {app.materials.items.map((m) => <Text key={m} className='list-item text'>□ {m}</Text>)}
          <Text className='muted'>{app.materials.dueDate} 17:00 前补充；逾期没补，按撤回申请处理。</Text>
          <LetterPhotos value={photos} onChange={setPhotos} label='材料照片（拍清楚每一页）' />
          <Button className='btn btn--primary' {...(busy ? { disabled: true } : {})} onClick={() => void supply()} {...a11y(photos.length ? `交上这 ${photos.length} 张材料照片` : '材料原件已带到窗口', 'button')}>
            {busy ? '正在提交…' : photos.length ? `交上这 ${photos.length} 张材料照片` : '材料原件已带到窗口'}
          </Button>
        </View>
      ) : null}

      {app.photoIds.length ? (
        <View className='card'>
          <Text className='h2' {...heading(2)}>我交的材料照片（{app.photoIds.length} 张）</Text>
          <PhotoStrip ids={app.photoIds} label='材料照片' />
        </View>
      ) : null}

      {app.worker ? (
        <View className='card'>
          <Text className='h2' {...heading(2)}>为您办案的律师</Text>
          <Text className='text'>{app.worker.organisation} {app.worker.name}</Text>
          <Button className='btn' onClick={() => void Taro.makePhoneCall({ phoneNumber: app.worker!.phone })} {...a11y(`拨打 ${app.worker.phone}，${app.worker.name}`, 'button')}>拨打 {app.worker.phone}</Button>
        </View>
      ) : null}

      {app.status === 'closed' ? (
        <Button className='btn btn--primary' onClick={() => void Taro.navigateTo({ url: ratingLink({ type: 'legalAid', id: app.id }) })} {...a11y('为这次服务评价', 'button')}>为这次服务评价</Button>
      ) : null}

      <Text className='h2' {...heading(2)}>办理经过</Text>
      <View className='la-steps' {...roleOf('list')}>
        {app.steps.map((s, i) => (
          <View key={i} className='la-step' {...roleOf('listitem')}>
            <Text className='la-step__when'>{formatMonthDayTime(s.at)}</Text>
            <Text className='text'>{s.summary}</Text>
          </View>
        ))}
      </View>

      {app.documents.length ? <Text className='h2' {...heading(2)}>书面文书</Text> : null}
      {app.documents.map((d) => (
        <Button key={d.id} className='btn' onClick={() => void open(d.id)} {...a11y(`打开${d.title}`, 'button')}>打开《{d.title}》（{formatMonthDayTime(d.issuedAt)}）</Button>
      ))}
    </View>
  );
}
