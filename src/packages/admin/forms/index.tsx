import type { ApiError } from '../../../api/types';
import type { ContentDataByKind, ContentKind } from '../../../shared/content';
import { BadgeForm } from './BadgeForm';
import { CommitmentsForm } from './CommitmentsForm';
import { GuideForm } from './GuideForm';
import { NoticeForm } from './NoticeForm';
import { StationForm } from './StationForm';

/** What a new badge or notice starts as. */
export const EMPTY: { badge: ContentDataByKind['badge']; notice: ContentDataByKind['notice'] } = {
  badge: { name: '', post: '', duty: '', scope: '', complaintHow: '投诉电话 0791-83280001' },
  notice: { title: '', body: '' },
};

/** Human names of the kinds, for titles and lists. */
export const KIND_NAMES: Record<ContentKind, string> = {
  station: '工作站信息',
  commitments: '服务承诺',
  guide: '办事指南',
  badge: '工作人员公示牌',
  notice: '通知公告',
};

/**
 * The form for one kind of content.
 * @example <ContentForm kind='guide' value={data} onChange={setData} error={error} />
 */
export function ContentForm({ kind, value, onChange, error }: {
  kind: ContentKind;
  value: unknown;
  onChange: (v: unknown) => void;
  error?: ApiError;
}) {
  switch (kind) {
    case 'station': return <StationForm value={value as ContentDataByKind['station']} onChange={onChange} error={error} />;
    case 'commitments': return <CommitmentsForm value={value as ContentDataByKind['commitments']} onChange={onChange} error={error} />;
    case 'guide': return <GuideForm value={value as ContentDataByKind['guide']} onChange={onChange} error={error} />;
    case 'badge': return <BadgeForm value={value as ContentDataByKind['badge']} onChange={onChange} error={error} />;
    case 'notice': return <NoticeForm value={value as ContentDataByKind['notice']} onChange={onChange} error={error} />;
    default: return null;
  }
}
