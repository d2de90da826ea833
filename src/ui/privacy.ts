import Taro from '@tarojs/taro';

/** The page that shows the station's privacy text and the agree button. */
export const PRIVACY_URL = '/packages/privacy/pages/index/index';

/** The id of the agree button: WeChat checks that this very button was tapped. */
export const AGREE_BUTTON_ID = 'agree-privacy';

type Resolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void;

/** Privacy calls (photos, clipboard) waiting for the resident's answer. */
let pending: Resolve[] = [];

/**
 * What the station tells residents before a privacy interface is used (隐私保护指引). The same
 * items are what the operator declares in the MP console (README, 「隐私保护指引」).
 */
export const PRIVACY_SECTIONS: ReadonlyArray<{ title: string; body: string }> = [
  { title: '我们收集什么', body: '您在预约、咨询、投诉、申请法律援助时自己填写的姓名、电话、住址（上门服务时）和事情经过；工作人员登记来信时拍的信件照片。' },
  { title: '用来做什么', body: '只用于办理您的事情、按时答复和回访；按《工作制度》归档保存。被投诉的工作人员看不到投诉人是谁。' },
  { title: '相册和相机', body: '只在工作人员登记信件、您主动上传照片时使用，用于留存信件原件。' },
  { title: '剪贴板', body: '只在您点「复制」时把电话、地址或告知书内容放进剪贴板，方便您转发给家人；不会读取您的剪贴板。' },
  { title: '谁能看到', body: '西山镇公共法律服务工作站办理您事情的工作人员；法律规定的情形外，不提供给任何其他人。' },
  { title: '联系我们', body: '对个人信息处理有疑问，请拨打 0791-83280001，或到工作站找平台管理人员。' },
];

/**
 * Listens for WeChat's 「需要隐私授权」 event (a privacy interface such as chooseMedia or
 * setClipboardData called before the resident agreed): keeps the call waiting and opens the
 * privacy page, which answers it through `answerPrivacy`. Does nothing off WeChat or on a base
 * library without privacy authorization.
 * @example useEffect(() => listenForPrivacy(), []);
 */
export function listenForPrivacy(): void {
  if (process.env.TARO_ENV !== 'weapp') return;
  const api = Taro as unknown as { onNeedPrivacyAuthorization?: (listener: (resolve: Resolve) => void) => void };
  if (typeof api.onNeedPrivacyAuthorization !== 'function') return;
  api.onNeedPrivacyAuthorization((resolve) => {
    const first = pending.length === 0;
    pending.push(resolve);
    if (first) void Taro.navigateTo({ url: PRIVACY_URL }).catch(() => answerPrivacy(false));
  });
}

/** Tells WeChat the privacy text is on screen (the platform counts it). */
export function privacyShown(): void {
  for (const resolve of pending) resolve({ event: 'exposureAuthorization' });
}

/**
 * The resident's answer: every waiting privacy call goes on (agree — only from the
 * `open-type="agreePrivacyAuthorization"` button) or fails (disagree, or left the page).
 * @example answerPrivacy(true)
 */
export function answerPrivacy(agreed: boolean): void {
  const waiting = pending;
  pending = [];
  for (const resolve of waiting) resolve(agreed ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' });
}

/** Whether a privacy call is waiting for an answer (the page leaves by itself when none is). */
export const privacyPending = (): boolean => pending.length > 0;
