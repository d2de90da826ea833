import { useCallback, useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../../../../../api/types';
import type { CallbackTaskView } from '../../../../../shared/ratings';
import { dialable } from '../../../../../components/PhoneButton';
import { a11y, heading, roleOf } from '../../../../../ui/a11y';
import { pageStyle } from '../../../../../ui/font-scale';
import { StaffGate } from '../../../components/StaffGate';
import { useStation } from '../../../components/tickets/useCalendar';
import { getCallback } from '../parts/api';
import { CallbackForm } from '../parts/CallbackForm';
import { RecordView } from '../parts/RecordView';
import { TaskFacts } from '../parts/TaskFacts';
import { useCallbackForm } from '../parts/useCallbackForm';
import { CALLBACKS_URL } from '../parts/words';
import '../../../components/tickets/tickets.css';

type Contact = { name?: string; phone?: string };

/** Who to call: the name and, when there is one, the number (the big call button is in the bar). */
function ContactLine({ contact }: { contact: Contact }) {
  return (
    <View className='card'>
      <Text className='h2' {...heading(2)}>回访对象</Text>
      <Text className='text'>{contact.name || '（没有留姓名）'}</Text>
      <Text className='text strong'>{contact.phone ? `电话：${contact.phone}` : '没有留电话，请上门走访或当面约谈。'}</Text>
      <Text className='muted'>查看联系方式已记录。</Text>
    </View>
  );
}

function Task({ id }: { id: string }) {
  const { calendar, now } = useStation();
  const [task, setTask] = useState<CallbackTaskView | null>(null);
  const [contact, setContact] = useState<Contact>({});
  const [error, setError] = useState<ApiError>();
  const load = useCallback(async () => {
    const res = await getCallback(id);
    if (res.ok) { setTask(res.data.task); setContact(res.data.contact); setError(undefined); } else setError(res.error);
  }, [id]);
  useEffect(() => { void load(); }, [load]);
  const form = useCallbackForm(id, setTask);
  const call = () => contact.phone && void Taro.makePhoneCall({ phoneNumber: dialable(contact.phone) }).catch(() => undefined);
  const back = () => void Taro.redirectTo({ url: CALLBACKS_URL });

  if (!task) {
    return (
      <View className='page' style={pageStyle()}>
        <Text className='title' {...heading(1)}>回访</Text>
        {error ? <View className='banner' {...roleOf('alert')} onClick={() => void load()}><Text>{error.message}（点此重试）</Text></View> : <Text className='text'>正在加载…</Text>}
        <Button className='btn' onClick={back} {...a11y('回访任务', 'button')}>回访任务</Button>
      </View>
    );
  }
  const open = task.status === 'open';
  const general = form.error && !form.error.field ? form.error.message : form.error?.field ? '请按红字修改后再保存' : '';
  return (
    <View className={`page ${open ? 'page--with-bar' : ''}`} style={pageStyle()}>
      <Text className='title' {...heading(1)}>回访</Text>
      {form.saved ? <View className='banner' {...roleOf('status')}><Text className='banner__title'>{form.saved}</Text></View> : null}
      <TaskFacts task={task} now={now} calendar={calendar} />
      <ContactLine contact={contact} />
      {task.record ? <RecordView record={task.record} /> : null}
      {open ? <CallbackForm draft={form.draft} set={form.set} error={form.error} /> : (
        <Button className='btn btn--primary' onClick={back} {...a11y('回到回访任务', 'button')}>回到回访任务</Button>
      )}
      {open ? (
        <View className='bar'>
          {general ? <Text className='bar__error' {...roleOf('alert')}>{general}</Text> : null}
          <View className='bar__row'>
            {contact.phone ? <Button className='btn' onClick={call} {...a11y(`拨打电话：${contact.phone}`, 'button')}><Text className='nowrap'>☎ 拨打电话</Text></Button> : null}
            <Button className='btn btn--primary' {...(form.busy ? { disabled: true } : {})} onClick={() => void form.save()} {...a11y('保存回访记录', 'button')}>
              {form.busy ? '正在保存…' : '保存回访记录'}
            </Button>
          </View>
        </View>
      ) : null}
    </View>
  );
}

/** One 回访任务 (`?id=`, the page the deadline messages open): facts, tap-to-call, the record form. */
export default function CallbackDetail() {
  const id = decodeURIComponent(useRouter().params.id ?? '');
  return <StaffGate>{() => <Task id={id} />}</StaffGate>;
}
