import { useEffect, useState } from 'react';
import { useMe } from '../../../ui/useMe';
import { readContact } from './contact';

/**
 * The name and phone fields of a resident's form, prefilled from what this phone remembers or
 * the name the server knows.
 *
 * @example
 * const { name, setName, phone, setPhone } = useContactForm();
 */
export function useContactForm() {
  const { me } = useMe();
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  useEffect(() => {
    const saved = readContact(me?.kind === 'resident' ? me.name : '');
    setName((n) => n || saved.name);
    setPhone((p) => p || saved.phone);
  }, [me]);
  return { name, setName, phone, setPhone };
}
