import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { photoSrc } from '../../api/photo-view';
import { a11y } from '../../ui/a11y';
import './photos.css';

/**
 * The photos of a letter on the ticket page, or of a legal-aid application's materials (issue 11):
 * thumbnails that open full size (Taro.previewImage, swipe between them). On H5 each photo is
 * fetched with the session token first (see photoSrc); one the caller may not read says so.
 * @example <PhotoStrip ids={t.letterPhotoIds} />
 * <PhotoStrip ids={app.photoIds} label='材料照片' />
 */
export function PhotoStrip({ ids, label = '信件照片' }: { ids: string[]; label?: string }) {
  /** undefined while loading, null when the photo could not be loaded. */
  const [srcs, setSrcs] = useState<Array<string | null | undefined>>(() => ids.map(() => undefined));
  const key = ids.join('|');
  useEffect(() => {
    let live = true;
    void Promise.all(ids.map((id) => photoSrc(id).catch(() => null))).then((loaded) => { if (live) setSrcs(loaded); });
    return () => { live = false; };
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  const ready = srcs.filter((s): s is string => Boolean(s));
  const open = (src: string) => void Taro.previewImage({ current: src, urls: ready });
  return (
    <View className='photos' role='list' aria-label={`${label} ${ids.length} 张`}>
      {ids.map((id, i) => {
        const src = srcs[i];
        return (
          <View key={id} className='photo' role='listitem'>
            {src ? (
              <Image className='photo__thumb' src={src} mode='aspectFill' onClick={() => open(src)} {...a11y(`第 ${i + 1} 张${label}，点开看大图`, 'button')} nativeProps={{ alt: `第 ${i + 1} 张${label}` }} />
            ) : (
              <View className='photo__thumb photo__missing'><Text className='muted'>{src === undefined ? '正在加载…' : `第 ${i + 1} 张打不开`}</Text></View>
            )}
          </View>
        );
      })}
    </View>
  );
}
