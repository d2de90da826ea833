import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { pageStyle } from '../../../../ui/font-scale';
import { historyUrl } from '../../../../ui/links';
import { AdminGate } from '../../components/AdminGate';
import { BottomBar } from '../../components/BottomBar';
import { useEditor } from '../../components/useEditor';
import { VersionLine } from '../../components/VersionLine';
import { ContentForm, KIND_NAMES } from '../../forms';
import { heading } from '../../../../ui/a11y';

function decode(v: string | undefined): string | undefined {
  return v && v.includes('%') ? decodeURIComponent(v) : v;
}

/** Edits one published item (or adds a badge/notice); save and history at the bottom. */
function EditContent() {
  const params = useRouter().params;
  const key = decode(params.key);
  const newKind = params.kind === 'badge' || params.kind === 'notice' ? params.kind : undefined;
  const ed = useEditor({ key, kind: newKind });
  const removable = ed.item && (ed.item.kind === 'badge' || ed.item.kind === 'notice');

  if (ed.loadError) {
    return <View className='page' style={pageStyle()}><View className='banner' role='alert'><Text>{ed.loadError.message}</Text></View></View>;
  }
  if (!ed.kind || ed.draft === undefined) {
    return <View className='page' style={pageStyle()}><Text className='text'>正在加载…</Text></View>;
  }
  return (
    <View className='page page--with-bar' style={pageStyle()}>
      <Text className='title' {...heading(1)}>{ed.item ? '编辑' : '新增'}{KIND_NAMES[ed.kind]}</Text>
      {ed.item ? <VersionLine version={ed.item.version} updatedAt={ed.item.updatedAt} updatedBy={ed.item.updatedBy} /> : null}
      <ContentForm kind={ed.kind} value={ed.draft} onChange={ed.setDraft} error={ed.error} />
      {removable ? <Button className='btn btn--danger' onClick={() => void ed.remove()}>删除这条</Button> : null}
      <BottomBar error={ed.error?.message}>
        <View className='bar__row'>
          {ed.item ? <Button className='btn' onClick={() => void Taro.navigateTo({ url: historyUrl(ed.item!.key) })}>历史版本</Button> : null}
          <Button className='btn btn--primary' loading={ed.saving || undefined} disabled={ed.saving || undefined} onClick={() => void ed.save()}>
            {ed.item ? '保存并发布' : '发布'}
          </Button>
        </View>
      </BottomBar>
    </View>
  );
}

export default function EditPage() {
  return <AdminGate><EditContent /></AdminGate>;
}
