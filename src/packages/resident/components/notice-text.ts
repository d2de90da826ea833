import type { OneTimeNotice } from '../../../shared/tickets';
import { formatYmd } from '../../../ui/dates';
import { toBeijingDate } from '../../../domain/beijing';

/**
 * A 一次性告知 as plain text to paste into a chat with family: every part, numbered steps and
 * materials, who issued it and when.
 * @example noticeText(n).split('\n')[0] // '西山镇公共法律服务工作站 一次性告知：法律援助'
 */
export function noticeText(n: OneTimeNotice): string {
  const lines = [`西山镇公共法律服务工作站 一次性告知：${n.title}`];
  if (n.oral) lines.push('（已在电话中口头告知）');
  if (n.policy) lines.push(`政策规定：${n.policy}`);
  if (n.process.length) lines.push('办理流程：', ...n.process.map((s, i) => `${i + 1}. ${s}`));
  if (n.materials.length) lines.push('需要带的材料：', ...n.materials.map((s, i) => `${i + 1}. ${s}`));
  if (n.timeLimit) lines.push(`办理时限：${n.timeLimit}`);
  if (n.whereToGo) lines.push(`去哪里办：${n.whereToGo}`);
  if (n.extra) lines.push(`工作人员补充：${n.extra}`);
  lines.push(`${n.issuedBy.name} ${formatYmd(toBeijingDate(n.issuedAt))}`);
  return lines.join('\n');
}
