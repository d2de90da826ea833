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

/**
 * issue 11: a resident uploads at most this many photos of their legal-aid materials in a Beijing
 * day on H5 (an application takes 9, a materials notice 9 more; the window takes any number of
 * originals).
 */
export const RESIDENT_PHOTO_DAILY_LIMIT = 20;

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

/**
 * Why a resident may not upload another material photo today, or null.
 *
 * @example residentPhotoRefusal(20) // '今天已经上传了 20 张照片…请明天再传…'
 * residentPhotoRefusal(3) // null
 */
export function residentPhotoRefusal(uploadedToday: number): string | null {
  return uploadedToday >= RESIDENT_PHOTO_DAILY_LIMIT
    ? `今天已经上传了 ${uploadedToday} 张照片，达到每人每天 ${RESIDENT_PHOTO_DAILY_LIMIT} 张的上限，请明天再传，或把材料原件带到工作站窗口；急事请拨打 0791-83280001`
    : null;
}

/**
 * issue 11: a resident makes at most this many online legal-aid applications in a Beijing day
 * (for themselves and family members; the window registers any more, with no limit).
 */
export const LEGAL_AID_DAILY_LIMIT = 5;

/**
 * Why a resident may not apply for legal aid online again today, or null.
 *
 * @example legalAidApplyRefusal(5) // '今天已经提交了 5 份法律援助申请…'
 * legalAidApplyRefusal(0) // null
 */
export function legalAidApplyRefusal(appliedToday: number): string | null {
  return appliedToday >= LEGAL_AID_DAILY_LIMIT
    ? `今天已经提交了 ${appliedToday} 份法律援助申请，达到每人每天 ${LEGAL_AID_DAILY_LIMIT} 份的上限，请明天再申请；急事请拨打 0791-83280001 或到工作站窗口办理`
    : null;
}
