import { Button } from '@tarojs/components';

/**
 * 「‹ 上一步」: back one screen inside the same page.
 * @example <BackButton onBack={() => setStep('day')} />
 */
export function BackButton({ onBack, label = '上一步' }: { onBack: () => void; label?: string }) {
  return <Button className='btn bk-back' onClick={onBack}>‹ {label}</Button>;
}
