import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { Field } from '../../../../../components/form/Field';
import { a11y, heading, roleOf } from '../../../../../ui/a11y';
import { pageStyle } from '../../../../../ui/font-scale';
import { WORKER_KINDS, type LegalAidWorker, type WorkerKind } from '../../../../../shared/legal-aid';
import { StaffGate, type StaffMe } from '../../../components/StaffGate';
import { Pick } from '../../../components/legal-aid/Pick';
import { legalAidCall, roster } from '../../../components/legal-aid/api';
import '../../../components/legal-aid/legal-aid.css';

function Roster({ me }: { me: StaffMe }) {
  const [items, setItems] = useState<LegalAidWorker[]>([]);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [kind, setKind] = useState<WorkerKind | ''>('lawyer');
  const [phone, setPhone] = useState('');
  const [msg, setMsg] = useState('');
  const manage = (me.roles ?? []).some((r) => r === 'director' || r === 'admin');
  const load = () => void roster().then((r) => r.ok && setItems(r.data.items));
  useEffect(load, []);
  const add = async () => {
    const res = await legalAidCall<{ worker: LegalAidWorker }>('saveWorker', { name: name.trim(), organisation: organisation.trim(), kind, phone: phone.trim() });
    if (!res.ok) return setMsg(res.error.message);
    setMsg(`已加入名册：${res.data.worker.name}`);
    setName(''); setOrganisation(''); setPhone('');
    load();
  };
  const toggle = async (w: LegalAidWorker) => {
    const res = await legalAidCall<{ worker: LegalAidWorker }>('saveWorker', { id: w.id, name: w.name, organisation: w.organisation, kind: w.kind, phone: w.phone, active: !w.active });
    setMsg(res.ok ? `${w.name} 已${w.active ? '停用' : '恢复'}` : res.error.message);
    load();
  };
  return (
    <View className='page' style={pageStyle()}>
      <Text className='title' {...heading(1)}>法律援助人员名册</Text>
      {msg ? <Text className='muted' {...roleOf('status')}>{msg}</Text> : null}
      {items.map((w) => (
        <View key={w.id} className='la-row'>
          <Text className='msg__title' style={{ display: 'block' }}>{w.name}（{WORKER_KINDS[w.kind]}）{w.active ? '' : '· 已停用'}</Text>
          <Text className='muted'>{w.organisation} · 在办 {w.load} 件</Text>
          <Button className='btn btn--small' onClick={() => void Taro.makePhoneCall({ phoneNumber: w.phone })} {...a11y(`拨打 ${w.phone}，${w.name}`, 'button')}>拨打 {w.phone}</Button>
          {manage ? <Button className='btn btn--small' onClick={() => void toggle(w)} {...a11y(w.active ? `停用 ${w.name}` : `恢复 ${w.name}`, 'button')}>{w.active ? '停用' : '恢复'}</Button> : null}
        </View>
      ))}
      {manage ? (
        <View className='card'>
          <Text className='h2' {...heading(2)}>加入名册</Text>
          <Field label='姓名' path='name' value={name} onChange={setName} maxLength={30} />
          <Field label='所在单位' path='organisation' value={organisation} onChange={setOrganisation} maxLength={60} />
          <Pick label='人员类别' options={Object.entries(WORKER_KINDS) as [WorkerKind, string][]} value={kind} onChange={setKind} />
          <Field label='联系电话' path='phone' type='number' value={phone} onChange={setPhone} maxLength={13} />
          <Button className='btn btn--primary' onClick={() => void add()} {...a11y('加入名册', 'button')}>加入名册</Button>
        </View>
      ) : <Text className='muted'>名册由工作站主任或平台管理人员维护。</Text>}
    </View>
  );
}

/** The roster of lawyers and 基层法律服务工作者 with their current load; the director and admin keep it. */
export default function RosterPage() {
  return <StaffGate>{(me) => <Roster me={me} />}</StaffGate>;
}
