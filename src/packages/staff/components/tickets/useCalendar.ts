import { useMemo } from 'react';
import { safeCalendar } from '../../../../ui/calendar';
import { useNow } from '../../../../ui/useNow';
import { useOverview } from '../../../../ui/useOverview';
import type { Calendar } from '../../../../domain/calendar';
import type { Guide, ContentItem } from '../../../../shared/content';

/**
 * The station's calendar (with the admin's overrides), the current minute (corrected when the
 * phone's clock is off) and the published guides, for the workbench's ticket pages.
 * @example const { calendar, now, guides } = useStation();
 */
export function useStation(): { calendar: Calendar; now: number; guides: ContentItem<'guide'>[] } {
  const { overview, clockOffsetMs } = useOverview();
  const now = useNow(clockOffsetMs);
  const version = overview?.calendar.version ?? '';
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const calendar = useMemo(() => safeCalendar(overview?.calendar), [version]);
  const guides = (overview?.items ?? []).filter((i): i is ContentItem<'guide'> => i.kind === 'guide' && Boolean((i.data as Guide).title));
  return { calendar, now, guides };
}
