/**
 * The button colours of every `Taro.showModal`: Taro's default confirm green (#3CC51F) reaches
 * only 2.2:1 on the white dialog. The station blue (≈ 8.6:1) confirms; a destructive action
 * (删除, 暂停) confirms in dark red (≈ 8.9:1); cancel is near-black. The dialog's text size and
 * colour are set in app.css (`.taro-modal__…`).
 * @example await Taro.showModal({ title: '确认删除', content: '…', confirmText: '删除', ...modalColors('danger') })
 */
export function modalColors(kind: 'normal' | 'danger' = 'normal'): { confirmColor: string; cancelColor: string } {
  return { confirmColor: kind === 'danger' ? '#8a1c1c' : '#0b4f8a', cancelColor: '#1a1a1a' };
}
