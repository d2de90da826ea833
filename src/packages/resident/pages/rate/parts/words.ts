import { RATING_ASPECTS, RATING_LEVELS, RATING_SOURCES, type RatingAspect, type RatingLevel, type RatingView } from '../../../../../shared/ratings';

/**
 * A level's face and words. Each face has its own shape (smile, straight mouth, frown), so the
 * choice never rests on colour; the word is always beside it. (These three render in Chromium
 * here and on phones; 🙁 and ☺ do not render well.)
 * @example LEVEL_FACES.unsatisfied // '😞'
 */
export const LEVEL_FACES: Record<RatingLevel, string> = { satisfied: '😊', basic: '😐', unsatisfied: '😞' };

/** The three levels in the order the rating device shows them. */
export const LEVEL_ORDER: RatingLevel[] = ['satisfied', 'basic', 'unsatisfied'];
/** The aspects in their order. */
export const ASPECT_ORDER: RatingAspect[] = ['speed', 'attitude', 'result'];

/**
 * 「😐 基本满意」.
 * @example levelText('basic') // '😐 基本满意'
 */
export function levelText(level: RatingLevel): string {
  return `${LEVEL_FACES[level]} ${RATING_LEVELS[level]}`;
}

/** The promise after a 基本满意 / 不满意 (rule 十二(四); 5 working days on the deadline engine). */
export const CALLBACK_PROMISE = '工作站会在 5 个工作日内回访您（打电话或上门），听听哪里没做好，并告诉您怎么改进。';

/**
 * What the rating was about, in words; empty when nothing was ticked.
 * @example aspectsText(['speed', 'result']) // '办理速度、办理结果'
 */
export function aspectsText(aspects: readonly RatingAspect[]): string {
  return aspects.map((a) => RATING_ASPECTS[a]).join('、');
}

/**
 * Where the rating came from, when staff recorded it for the resident; empty for the mini-program.
 * @example sourceText({ source: 'windowDevice', recordedBy: { staffId: 's', name: '示例·张某' } }) // '在窗口评价器上评价，由示例·张某登记'
 */
export function sourceText(r: Pick<RatingView, 'source' | 'recordedBy'>): string {
  if (r.source === 'miniProgram') return '';
  const how = r.source === 'phone' ? '通过电话评价' : `在${RATING_SOURCES.windowDevice}上评价`;
  return r.recordedBy ? `${how}，由${r.recordedBy.name}登记` : how;
}
