import { useCallback, useEffect, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { listInbox, markInboxRead, type InboxItem } from '../api/inbox';
import type { ApiError } from '../api/types';

export interface InboxState {
  /** null until the first answer. */
  items: InboxItem[] | null;
  error?: ApiError;
  reload: () => Promise<void>;
  /** Marks the entry read (at once on screen, then on the server) and opens its page, if any. */
  open: (item: InboxItem) => void;
}

/**
 * The caller's inbox, reloaded when the page shows again and on pull-down.
 * @example const { items, open } = useInbox(); items?.map((i) => <Row onClick={() => open(i)} />)
 */
export function useInbox(): InboxState {
  const [items, setItems] = useState<InboxItem[] | null>(null);
  const [error, setError] = useState<ApiError>();
  const reload = useCallback(async () => {
    const res = await listInbox();
    if (res.ok) { setItems(res.data.items); setError(undefined); } else setError(res.error);
  }, []);
  useEffect(() => { void reload(); }, [reload]);
  useDidShow(() => { if (items) void reload(); });
  usePullDownRefresh(() => { void reload().finally(() => Taro.stopPullDownRefresh()); });

  const open = useCallback((item: InboxItem) => {
    if (!item.read) {
      setItems((list) => list?.map((i) => (i.id === item.id ? { ...i, read: true } : i)) ?? null);
      void markInboxRead(item.id);
    }
    if (item.link) void Taro.navigateTo({ url: item.link });
  }, []);
  return { items, error, reload, open };
}
