import { callFunction } from '../../api/call';
import type { ArchiveItemView, ArchiveSettingsView, DestructionEntry, LookupEntry, VolumeView } from '../../shared/archives';

type VolumeRes = { volume: VolumeView };

/** Contract: src/shared/archives.ts. @example await buildMonthlyVolume('2026-11') */
export const buildMonthlyVolume = (month: string) => callFunction<VolumeRes>('archives', { action: 'buildMonthlyVolume', month });
export const buildLettersVolume = (period: string) => callFunction<VolumeRes>('archives', { action: 'buildLettersVolume', period });
export const handOverHalf = (half: string) => callFunction<{ volumes: VolumeView[]; remaining: VolumeView[]; done: boolean }>('archives', { action: 'handOver', half });
export const closedCases = () => callFunction<{ items: { applicationId: string; applicant: string; matter: string; closedOn: string; archiveCode: string | null; volumeId?: string | null }[] }>('archives', { action: 'closedCases' });
export const buildCaseVolume = (applicationId: string) => callFunction<VolumeRes>('archives', { action: 'buildCaseVolume', applicationId });
export const caseFileDocx = (applicationId: string) => callFunction<{ fileName: string; contentType: string; base64: string }>('archives', { action: 'caseFile', applicationId });
export const listVolumes = () => callFunction<{ volumes: VolumeView[] }>('archives', { action: 'volumes' });
export const getVolume = (volumeId: string, offset = 0) => callFunction<{ volume: VolumeView; items?: ArchiveItemView[] }>('archives', { action: 'volume', volumeId, offset });
export const takeStep = (volumeId: string, step: string, note: string) =>
  callFunction<VolumeRes>('archives', { action: 'step', volumeId, step, ...(note.trim() ? { note: note.trim() } : {}) });
export const lookupVolume = (volumeId: string, purpose: string, offset = 0) =>
  callFunction<{ volume: VolumeView; items: ArchiveItemView[] }>('archives', { action: 'lookup', volumeId, purpose, offset });
export const listLookups = (volumeId?: string) => callFunction<{ items: LookupEntry[] }>('archives', { action: 'lookups', ...(volumeId ? { volumeId } : {}) });
export const lookupsXlsx = () => callFunction<{ fileName: string; base64: string }>('archives', { action: 'lookupsXlsx' });
export const proposeAppraisal = (volumeId: string, opinion: string) => callFunction<VolumeRes>('archives', { action: 'proposeAppraisal', volumeId, opinion });
export const approveDestruction = (volumeId: string, approver: string, documentNo: string, date: string) =>
  callFunction<VolumeRes>('archives', { action: 'approveDestruction', volumeId, approver, documentNo, date });
export const destroyVolume = (volumeId: string, approvalRef: string) =>
  callFunction<VolumeRes & { register: DestructionEntry }>('archives', { action: 'destroy', volumeId, approvalRef });
export const listDestructions = () => callFunction<{ items: DestructionEntry[] }>('archives', { action: 'destructions' });
export const archiveSettings = () => callFunction<ArchiveSettingsView>('archives', { action: 'settings' });
export const updateArchiveSettings = (patch: Partial<ArchiveSettingsView> & { why?: string }) => callFunction<ArchiveSettingsView>('archives', { action: 'updateSettings', ...patch });
