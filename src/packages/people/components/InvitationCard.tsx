import Taro from '@tarojs/taro';
import { Button, Image, Text, View } from '@tarojs/components';
import type { InvitationView } from '../../../shared/people';
import { roleWords } from '../../../domain/people';
import { formatInstant } from './time';
import { roleOf } from '../../../ui/a11y';

const QR_LABEL = '邀请二维码，用微信扫码打开加入页面';

/**
 * A new invitation as the admin shows it to the person: the code in large letters, the QR code of
 * the mini-program page, the link, and until when it is valid. In WeChat the admin forwards the
 * join page itself (the page's share answers the invitation's path), which opens the mini-program.
 * @example <InvitationCard invitation={inv} />
 */
export function InvitationCard({ invitation: inv }: { invitation: InvitationView }) {
  const copy = () => void Taro.setClipboardData({ data: `邀请码 ${inv.code}，请在 72 小时内打开小程序「${inv.path}」或在登录页输入邀请码` });
  return (
    <View className='card' {...roleOf('region', { 'aria-label': `给${inv.name}的邀请` })}>
      <Text className='h2'>给 {inv.name} 的邀请</Text>
      <Text className='muted'>角色：{roleWords(inv.roles)}</Text>
      <Text className='text'>邀请码</Text>
      <Text className='pp-code' aria-label={`邀请码 ${inv.code.split('').join(' ')}`}>{inv.code}</Text>
      {inv.qrDataUrl ? <Image className='pp-qr' src={inv.qrDataUrl} mode='aspectFit' aria-label={QR_LABEL} nativeProps={{ alt: QR_LABEL }} /> : null}
      <Text className='muted'>用微信扫二维码，或打开小程序页面：{inv.path}</Text>
      <Text className='meta'>有效期至 {formatInstant(inv.expiresAt)}（72 小时，只能使用一次）</Text>
      {process.env.TARO_ENV === 'weapp' ? <Button className='btn btn--primary' openType='share'>发给 {inv.name}（微信转发加入页面）</Button> : null}
      <Button className='btn' onClick={copy}>复制邀请码和说明</Button>
    </View>
  );
}
