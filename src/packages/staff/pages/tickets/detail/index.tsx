import { useCallback, useEffect, useState } from 'react';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../../api/types';
import type { TicketStaffView } from '../../../../../shared/tickets';
import { a11y, heading, roleOf } from '../../../../../ui/a11y';
import { pageStyle } from '../../../../../ui/font-scale';
import { Section } from '../../../../../components/Section';
import { StaffGate } from '../../../components/StaffGate';
import { acceptTicket, getTicket } from '../../../components/tickets/api';
import { CloseSheet } from '../../../components/tickets/CloseSheet';
import { ContactCard } from '../../../components/tickets/ContactCard';
import { HandOnSheet } from '../../../components/tickets/HandOnSheet';
import { NoticeSheet } from '../../../components/tickets/NoticeSheet';
import { ReplySheet } from '../../../components/tickets/ReplySheet';
import { Sheet } from '../../../components/tickets/Sheet';
import { DelaySheet, MajorSheet, TransferReplySheet } from '../../../components/tickets/SmallSheets';
import { TicketHeader } from '../../../components/tickets/TicketHeader';
import { Timeline } from '../../../components/tickets/Timeline';
import { PhotoStrip } from '../../../components/tickets/PhotoStrip';
import { useRun } from '../../../components/tickets/useRun';
import { mayReadBook } from '../../../components/tickets/BookRow';
import { majorReportUrl, noticePrintUrl } from '../../../components/tickets/links';
import { useStation } from '../../../components/tickets/useCalendar';
import '../../../components/tickets/tickets.css';

type Open = 'reply' | 'close' | 'outOfScope' | 'handOn' | 'notice' | 'delay' | 'major' | 'transfer' | 'more' | null;

/** The 「更多办理」 sheet: every other action the caller may take now. */
function MoreSheet({ t, pick, onClose }: { t: TicketStaffView; pick: (o: Open) => void; onClose: () => void }) {
  const items: Array<[Open, string, boolean]> = [
    ['handOn', '转交给同事', t.can.handOn],
    ['notice', '一次性告知（办事指南）', t.can.issueNotice],
    ['delay', '说明延期', t.can.reportDelay],
    ['major', '标记为重大投诉', t.can.markMajor && t.type === 'complaint'],
    ['transfer', `回复${t.transferredFrom?.department ?? '转来部门'}`, t.can.recordTransferReply && Boolean(t.transferredFrom)],
    ['outOfScope', '不归本站办，告知去向', t.can.close],
  ];
  const shown = items.filter(([, , ok]) => ok);
  return (
    <Sheet title='更多办理' onClose={onClose}>
      {shown.length === 0 ? <Text className='text'>您现在不能办理这件事。</Text> : null}
      {shown.map(([key, label]) => <Button key={String(key)} className='btn' onClick={() => pick(key)} {...a11y(label, 'button')}>{label}</Button>)}
    </Sheet>
  );
}

function TicketPage({ roles }: { roles?: string[] }) {
  const id = decodeURIComponent(useRouter().params.id ?? '');
  const { calendar, now, guides } = useStation();
  const [t, setT] = useState<TicketStaffView | null>(null);
  const [loadError, setLoadError] = useState<ApiError>();
  const [open, setOpen] = useState<Open>(null);
  const load = useCallback(async () => {
    const res = await getTicket(id);
    if (res.ok) { setT(res.data); setLoadError(undefined); } else setLoadError(res.error);
  }, [id]);
  useEffect(() => { void load(); }, [load]);
  usePullDownRefresh(() => { void load().finally(() => Taro.stopPullDownRefresh()); });
  const done = (next: TicketStaffView) => {
    setT(next);
    setOpen(null);
    void Taro.showToast({ title: '已保存', icon: 'success' });
  };
  const accept = useRun(done);

  if (!t) {
    return (
      <View className='page' style={pageStyle()}>
        <Text className='title' {...heading(1)}>办理来件</Text>
        {loadError ? <View className='banner' {...roleOf('alert')} onClick={() => void load()}><Text>{loadError.message}{loadError.code === 'FORBIDDEN' ? '' : '（点此重试）'}</Text></View> : <Text className='text'>正在加载…</Text>}
      </View>
    );
  }
  const sheetProps = { ticket: t, onDone: done, onClose: () => setOpen(null) };
  const canMore = t.can.handOn || t.can.issueNotice || t.can.reportDelay || t.can.markMajor || t.can.recordTransferReply || t.can.close;

  return (
    <View className='page page--with-bar' style={pageStyle()}>
      <TicketHeader t={t} now={now} calendar={calendar} />
      <Section title={t.type === 'complaint' ? '投诉内容' : '内容'}>
        <Text className='text'>{t.content}</Text>
        {t.letterPhotoIds.length ? <Text className='muted'>附信件照片 {t.letterPhotoIds.length} 张（点开看大图）</Text> : null}
        {t.letterPhotoIds.length ? <PhotoStrip ids={t.letterPhotoIds} /> : null}
      </Section>
      <ContactCard t={t} />
      {t.status !== 'closed' ? <Text className='link' onClick={() => void Taro.navigateTo({ url: `/packages/referrals/pages/refer/index?ticketId=${encodeURIComponent(t.id)}` })} {...a11y('分流交办：交给其他窗口或单位办理', 'link')}>分流交办：交给其他窗口或单位办理 ›</Text> : null}
      {t.complaint?.major && mayReadBook(roles) ? <Text className='link' onClick={() => void Taro.navigateTo({ url: majorReportUrl(t.id) })} {...a11y('重大投诉报告（报县局）：打印、下载', 'link')}>重大投诉报告（报县局）：打印、下载 ›</Text> : null}
      {t.closure ? (
        <Section title='办理结果'>
          <Text className='text'>{t.closure.result}</Text>
          {t.closure.outOfScope ? <Text className='text'>不属于本站职能：{t.closure.outOfScope.explanation}；告知去向：{t.closure.outOfScope.whereToGo}</Text> : null}
        </Section>
      ) : null}
      {t.transferReply ? <Section title='已回复转来部门'><Text className='text'>{t.transferReply.text}</Text></Section> : null}
      {t.notices.length ? (
        <Section title='已发出的一次性告知'>
          {t.notices.map((n) => (
            <View key={n.id} className='list-item'>
              <Text className='text'>{n.oral ? '☎ 口头' : '✉ 书面'}：{n.title}{n.extra ? `（${n.extra}）` : ''} · {n.issuedBy.name}</Text>
              {n.oral ? null : <Text className='link' onClick={() => void Taro.navigateTo({ url: noticePrintUrl(t.id, n.id) })} {...a11y(`打印告知书：${n.title}`, 'link')}>打印告知书 ›</Text>}
            </View>
          ))}
        </Section>
      ) : null}
      <Section title='办理经过'>
        <Timeline events={t.timeline} />
      </Section>

      {t.can.accept || t.can.reply || t.can.close || canMore ? (
        <View className='bar'>
          {accept.error ? <Text className='bar__error' {...roleOf('alert')}>{accept.error.message}</Text> : null}
          {t.can.accept ? (
            <Button className='btn btn--primary' {...(accept.busy ? { disabled: true } : {})} onClick={() => void accept.run(() => acceptTicket(t.id))} {...a11y('受理，由我办理', 'button')}>受理（由我办理）</Button>
          ) : null}
          {t.can.reply ? <Button className='btn btn--primary' onClick={() => setOpen('reply')} {...a11y('回复', 'button')}>回复</Button> : null}
          <View className='bar__row'>
            {canMore ? <Button className='btn' onClick={() => setOpen('more')} {...a11y('更多办理', 'button')}>更多办理</Button> : null}
            {t.can.close && t.status === 'processing' ? <Button className='btn' onClick={() => setOpen('close')} {...a11y('办结', 'button')}>办结</Button> : null}
          </View>
        </View>
      ) : null}

      {open === 'more' ? <MoreSheet t={t} pick={setOpen} onClose={() => setOpen(null)} /> : null}
      {open === 'reply' ? <ReplySheet {...sheetProps} /> : null}
      {open === 'close' || open === 'outOfScope' ? <CloseSheet {...sheetProps} outOfScope={open === 'outOfScope'} /> : null}
      {open === 'handOn' ? <HandOnSheet {...sheetProps} /> : null}
      {open === 'notice' ? <NoticeSheet {...sheetProps} guides={guides} /> : null}
      {open === 'delay' ? <DelaySheet {...sheetProps} now={now} /> : null}
      {open === 'major' ? <MajorSheet {...sheetProps} /> : null}
      {open === 'transfer' ? <TransferReplySheet {...sheetProps} /> : null}
    </View>
  );
}

/**
 * 办理来件: the ticket with its clock, contact (tap-to-call for handlers), timeline; actions in
 * the bottom bar (受理, 回复 with the 服务忌语 check, 办结, and 更多办理: 转交, 一次性告知,
 * 说明延期, 重大投诉, 回复转来部门, 不归本站). Staff only.
 */
export default function StaffTicket() {
  return <StaffGate>{(me) => <TicketPage roles={me.roles} />}</StaffGate>;
}
