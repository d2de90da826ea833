import { useRef, useState } from 'react';
import { Button, Image, Text, View } from '@tarojs/components';
import { choosePhotos, MAX_PHOTOS, uploadPhoto } from '../../api/upload';
import { a11y, roleOf } from '../../ui/a11y';
import './photos.css';

/** One uploaded photo: its id for the ticket and the local picture for the thumbnail. */
export interface LetterPhoto {
  fileId: string;
  preview: string;
}

/**
 * 信件照片: a big 「拍照 / 选照片」 button, then each chosen photo is uploaded in turn with
 * 「正在上传 1/3…」 (weak rural networks), shown as a thumbnail with its own 删去 button. A photo
 * that fails (after one retry) is named, the others are kept.
 * @example <LetterPhotos value={photos} onChange={setPhotos} />
 */
export function LetterPhotos({ value, onChange, label = '信件照片（可拍多张）' }: {
  value: LetterPhoto[];
  onChange: (next: LetterPhoto[]) => void;
  label?: string;
}) {
  const [progress, setProgress] = useState('');
  const [problem, setProblem] = useState('');
  const room = MAX_PHOTOS - value.length;
  /** The newest props: typing or 删去 while photos upload must not be undone by a stale list. */
  const latest = useRef({ value, onChange });
  latest.current = { value, onChange };

  const add = async () => {
    const paths = await choosePhotos(room);
    if (!paths.length) return;
    setProblem('');
    const failed: string[] = [];
    for (let i = 0; i < paths.length; i += 1) {
      setProgress(`正在上传 ${i + 1}/${paths.length}…`);
      const res = await uploadPhoto(paths[i]);
      if (res.ok) {
        const { value: now, onChange: change } = latest.current;
        change([...now, { fileId: res.data.fileId, preview: paths[i] }]);
      } else failed.push(`第 ${i + 1} 张：${res.error.message}`);
    }
    setProgress('');
    if (failed.length) setProblem(`${failed.length} 张没有传上去（${failed.join('；')}），请重拍或重选`);
  };

  const addLabel = progress ? '正在上传…' : value.length ? `再拍一张 / 选照片（已 ${value.length} 张）` : '拍照 / 选照片';
  return (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      {value.length ? (
        <View className='photos' role='list'>
          {value.map((p, i) => (
            <View key={p.fileId} className='photo' role='listitem'>
              <Image className='photo__thumb' src={p.preview} mode='aspectFill' aria-label={`第 ${i + 1} 张照片`} nativeProps={{ alt: `第 ${i + 1} 张照片` }} />
              <Button className='btn btn--small' onClick={() => onChange(value.filter((q) => q.fileId !== p.fileId))} {...a11y(`删去第 ${i + 1} 张照片`, 'button')}>删去</Button>
            </View>
          ))}
        </View>
      ) : null}
      {progress ? <Text className='text' {...roleOf('status')}>{progress}</Text> : null}
      {problem ? <Text className='field__error' {...roleOf('alert')}>{problem}</Text> : null}
      {room > 0 ? (
        <Button className='btn' {...(progress ? { disabled: true } : {})} onClick={() => void add()} {...a11y(addLabel, 'button')}>
          {addLabel}
        </Button>
      ) : <Text className='muted'>最多 {MAX_PHOTOS} 张。</Text>}
    </View>
  );
}
