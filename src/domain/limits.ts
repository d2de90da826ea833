/**
 * What one person may start (issue 10: limits on what one person can start). Pure: the counts
 * are inputs, read by the services from the store.
 */

/** A resident has at most this many home-visit requests open (待答复, 待您确认, 已确认) at once. */
export const HOME_VISIT_OPEN_LIMIT = 1;

/** A resident makes at most this many home-visit requests in a Beijing month (cancelled ones count). */
export const HOME_VISIT_MONTHLY_LIMIT = 3;

/** A staff member uploads at most this many letter photos in a Beijing day. */
export const PHOTO_DAILY_LIMIT = 60;

/** An uploaded photo no ticket refers to is removed after this long. */
export const UNREFERENCED_PHOTO_TTL_MS = 24 * 60 * 60 * 1000;

/** Home-visit statuses in which a request is still open. */
export const OPEN_HOME_VISIT_STATUSES = ['requested', 'proposed', 'confirmed'] as const;

/**
 * Why a resident may not ask for another home visit now, in words they understand, or null.
 *
 * @example homeVisitRefusal({ open: 1, thisMonth: 1 }) // '您已有一个上门服务申请在办理中…'
 * homeVisitRefusal({ open: 0, thisMonth: 0 }) // null
 */
export function homeVisitRefusal(counts: { open: number; thisMonth: number }): string | null {
  if (counts.open >= HOME_VISIT_OPEN_LIMIT) {
    return '您已有一个上门服务申请在办理中，请等工作人员答复，或在「我的预约」里取消后再申请；急事请拨打 0791-83280001';
  }
  if (counts.thisMonth >= HOME_VISIT_MONTHLY_LIMIT) {
    return `本月已经申请了 ${counts.thisMonth} 次上门服务，请下个月再申请；急事请拨打 0791-83280001`;
  }
  return null;
}

/**
 * Why a staff member may not upload another photo today, or null.
 *
 * @example photoRefusal(60) // '今天已经上传了 60 张照片…'
 */
export function photoRefusal(uploadedToday: number): string | null {
  return uploadedToday >= PHOTO_DAILY_LIMIT
    ? `今天已经上传了 ${uploadedToday} 张照片，达到每人每天 ${PHOTO_DAILY_LIMIT} 张的上限，请明天再传；信件原件请留存`
    : null;
}
