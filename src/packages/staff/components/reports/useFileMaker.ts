import { useEffect, useRef, useState } from 'react';
import { openReportFile } from '../../../../api/report-file';
import type { FileAnswer } from '../../../../shared/reports';
import { makeFile, type FileEvent } from './api';

export interface FileMaker {
  /** The label of the file being made, '' when idle. */
  busy: string;
  /** What happened, in words: progress while making, then the file's name or the problem. */
  message: string;
  /** True when the message is a problem (shown as an alert). */
  failed: boolean;
  /** Answers the file made and opened, or null (busy, refused, or it could not be opened). */
  make: (label: string, event: FileEvent) => Promise<FileAnswer['file'] | null>;
}

/**
 * Makes a report file on the server and opens it (H5: downloads; weapp: the document viewer),
 * saying how long it has been working — long work shows progress — and never twice at once.
 * @example const files = useFileMaker(); <Button onClick={() => void files.make('本月统计', { action: 'monthlyXlsx', month })} />
 */
export function useFileMaker(): FileMaker {
  const [busy, setBusy] = useState('');
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState(false);
  const [seconds, setSeconds] = useState(0);
  const running = useRef(false);
  useEffect(() => {
    if (!busy) return undefined;
    setSeconds(0);
    const timer = setInterval(() => setSeconds((s) => s + 1), 1000);
    return () => clearInterval(timer);
  }, [busy]);

  const make = async (label: string, event: FileEvent): Promise<FileAnswer['file'] | null> => {
    if (running.current) return null;
    running.current = true;
    setBusy(label);
    setFailed(false);
    setMessage('');
    try {
      const res = await makeFile(event);
      const problem = res.ok ? await openReportFile(res.data) : res.error.message;
      setFailed(Boolean(problem));
      setMessage(problem ?? `${label}已生成：${res.ok ? res.data.file.name : ''}`);
      return res.ok && !problem ? res.data.file : null;
    } finally {
      running.current = false;
      setBusy('');
    }
  };
  const progress = busy ? `正在生成${busy}，请稍候…${seconds ? `（已用 ${seconds} 秒）` : ''}` : '';
  return { busy, message: progress || message, failed: !busy && failed, make };
}
