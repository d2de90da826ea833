import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import type { ApiError } from '../../../api/types';
import type { ContentItem, ContentKind } from '../../../shared/content';
import { editUrl } from '../../../ui/links';
import { modalColors } from '../../../ui/confirm';
import { createContent, listContent, removeContent, updateContent } from '../api';
import { EMPTY } from '../forms';
import { tidy } from './tidy';

type NewKind = 'badge' | 'notice';

/** The editor's state and actions for one item (existing `key`) or a new badge/notice (`kind`). */
export interface Editor {
  item?: ContentItem;
  kind?: ContentKind;
  draft: unknown;
  setDraft: (v: unknown) => void;
  error?: ApiError;
  loadError?: ApiError;
  saving: boolean;
  save: () => Promise<void>;
  remove: () => Promise<void>;
}

/** Scrolls the field named by an error into view, so the admin sees what to fix. */
function scrollToField(field: string | undefined) {
  if (!field) return;
  const id = `field-${field.replace(/^data\./, '').replace(/\[(\d+)\]/g, '.$1').replace(/\./g, '-')}`;
  void Promise.resolve(Taro.pageScrollTo({ selector: `#${id}`, duration: 200 })).catch(() => undefined);
}

/**
 * Loads, saves (with the version it was loaded at), creates and removes one content item.
 * @example const ed = useEditor({ key: 'station' }); await ed.save();
 */
export function useEditor(target: { key?: string; kind?: NewKind }): Editor {
  const isNew = !target.key && !!target.kind;
  const [item, setItem] = useState<ContentItem>();
  /** One per editor: a double tap on 发布 publishes one item (8–64 of [A-Za-z0-9_-]). */
  const [requestId] = useState(() => `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12).padEnd(10, '0')}`);
  const [draft, setDraft] = useState<unknown>(isNew ? EMPTY[target.kind as NewKind] : undefined);
  const [error, setError] = useState<ApiError>();
  const [loadError, setLoadError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (isNew || !target.key) return;
    void listContent().then((res) => {
      if (!res.ok) return setLoadError(res.error);
      const found = res.data.find((i) => i.key === target.key);
      if (!found) return setLoadError({ code: 'NOT_FOUND', message: '没有找到这条信息，可能已被删除' });
      setItem(found);
      setDraft(found.data);
    });
  }, [target.key, isNew]);

  const fail = (e: ApiError) => { setError(e); scrollToField(e.field); };

  const save = async () => {
    setSaving(true);
    setError(undefined);
    if (isNew) {
      const res = await createContent(target.kind as NewKind, tidy(draft), requestId);
      setSaving(false);
      if (!res.ok) return fail(res.error);
      void Taro.showToast({ title: '已发布', icon: 'success' });
      void Taro.redirectTo({ url: editUrl({ key: res.data.key }) });
      return;
    }
    if (!item) return setSaving(false);
    const res = await updateContent(item.key, tidy(draft), item.version);
    setSaving(false);
    if (!res.ok) return fail(res.error);
    setItem(res.data);
    setDraft(res.data.data);
    void Taro.showToast({ title: `已保存，第${res.data.version}版`, icon: 'none' });
  };

  const remove = async () => {
    if (!item) return;
    const answer = await Taro.showModal({ title: '确认删除', content: `删除后居民将看不到「${(item.data as { title?: string; name?: string }).title ?? (item.data as { name?: string }).name ?? ''}」，历史版本会保留。`, confirmText: '删除', cancelText: '不删', ...modalColors('danger') });
    if (!answer.confirm) return;
    const res = await removeContent(item.key, item.version);
    if (!res.ok) return fail(res.error);
    void Taro.showToast({ title: '已删除', icon: 'none' });
    void Taro.navigateBack();
  };

  return { item, kind: item?.kind ?? target.kind, draft, setDraft, error, loadError, saving, save, remove };
}
