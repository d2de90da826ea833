import { Text, View } from '@tarojs/components';
import { a11y } from '../../ui/a11y';
import { MESSAGES_URL } from '../../ui/links';
import { openPage } from '../../ui/navigate';

/** One large tile: what it opens, in a few words. */
export interface EntryTile { title: string; desc: string; url: string }

/** The resident entries, in the order they are shown; the last two only for someone signed in. */
export const BOOKING_TILE: EntryTile = { title: '预约到站 / 上门服务', desc: '选时间来站，老人可请上门', url: '/packages/booking/pages/index/index' };
export const COMPLAINT_TILE: EntryTile = { title: '我要投诉 / 提意见', desc: '5 个工作日内答复', url: '/packages/resident/pages/complaint/index' };
export const MY_TICKETS_TILE: EntryTile = { title: '我的事项', desc: '进度和答复', url: '/packages/resident/pages/tickets/index' };
export const MESSAGES_TILE: EntryTile = { title: '我的消息', desc: '通知和办理进度', url: MESSAGES_URL };

/**
 * The tiles a resident sees on the home page after the office status and the phones.
 * @example tilesFor(true).map((t) => t.title) // ['预约到站 / 上门服务', '我要投诉 / 提意见', '我的事项', '我的消息']
 */
export function tilesFor(signedIn: boolean): EntryTile[] {
  return signedIn ? [BOOKING_TILE, COMPLAINT_TILE, MY_TICKETS_TILE, MESSAGES_TILE] : [BOOKING_TILE, COMPLAINT_TILE];
}

/**
 * A compact grid of large tiles (two a row on a phone), each a link read as 「标题：说明」.
 * @example <EntryTiles tiles={tilesFor(signedIn)} />
 */
export function EntryTiles({ tiles }: { tiles: EntryTile[] }) {
  return (
    <View className='tiles'>
      {tiles.map((t) => (
        <View key={t.url} className='tile' onClick={() => void openPage(t.url)} {...a11y(`${t.title}：${t.desc}`, 'link')}>
          <Text className='tile__title'>{t.title}</Text>
          <Text className='tile__desc'>{t.desc}</Text>
        </View>
      ))}
    </View>
  );
}
