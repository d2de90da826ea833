import { createCalendar } from '../../domain/calendar';
import { DEFAULT_HOURS, describeOpenStatus, describeTodaysHours, openStatus } from '../../domain/hours';
import type { CalendarOverride, StationInfo } from '../../shared/content';

/** What the first response needs: the published station item and calendar overrides. */
export interface FirstPaintInput {
  station: StationInfo;
  overrides: CalendarOverride[];
}

/** The symbol and words of each state, as the app's StatusLine shows them (never colour alone). */
const LABELS = { open: ['●', '办公中'], lunch: ['◐', '午休中'], closed: ['○', '现在不办公'] } as const;

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Inline, so the block is readable before any stylesheet arrives (≥ 16 px, 44 px tap targets). */
const STYLE = [
  '#first-paint{font:18px/1.6 -apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#1a1a1a;background:#f4f6f8;padding:16px}',
  '#first-paint h1{font-size:24px;margin:0 0 4px}',
  '#first-paint .fp-status{background:#fff;border:2px solid #0b4f8a;border-radius:8px;padding:12px;margin:12px 0}',
  '#first-paint .fp-label{font-size:22px;font-weight:700;display:block}',
  '#first-paint .fp-line,#first-paint .fp-hours{display:block}',
  '#first-paint a.fp-call{display:flex;justify-content:space-between;align-items:center;min-height:56px;margin:8px 0;padding:8px 16px;border-radius:8px;background:#0b4f8a;color:#fff;text-decoration:none;font-size:20px}',
  '#first-paint .fp-muted{color:#4a4a4a;font-size:16px}',
].join('');

/**
 * The station's name, the open/closed line, today's hours and the tap-to-call buttons as plain
 * HTML, computed by the same domain code as the app's StatusLine (src/domain/hours), for the first
 * response: a resident on a village network reads them before the scripts arrive. The app
 * removes the block when its own page is on screen (src/ui/first-paint.ts).
 *
 * @example
 * renderFirstPaint({ station, overrides: [] }, Date.parse('2026-10-05T10:00:00+08:00'))
 * // '<div id="first-paint" …><h1>西山镇公共法律服务工作站</h1>…今天休息（国庆节）· 10月8日（周四）9:00 开门…</div>'
 */
export function renderFirstPaint(input: FirstPaintInput, nowMs: number): string {
  let calendar;
  try {
    calendar = createCalendar(input.overrides);
  } catch {
    calendar = createCalendar([]);
  }
  const status = openStatus(nowMs, calendar);
  const [symbol, words] = LABELS[status.state];
  const line = describeOpenStatus(status, nowMs);
  const phones = input.station.phones
    .map((p) => `<a class="fp-call" href="tel:${escapeHtml(p.number.replace(/[^\d+]/g, ''))}"><span>拨打${escapeHtml(p.label)}<br>${escapeHtml(p.number)}</span><span aria-hidden="true">☎</span></a>`)
    .join('');
  return [
    `<style>${STYLE}</style>`,
    '<div id="first-paint">',
    `<h1>${escapeHtml(input.station.name)}</h1>`,
    '<span class="fp-muted">所有法律服务一律免费</span>',
    `<div class="fp-status" role="status" aria-label="现在是否办公：${words}。${escapeHtml(line)}">`,
    '<span class="fp-muted">现在是否办公</span>',
    `<span class="fp-label"><span aria-hidden="true">${symbol} </span>${words}</span>`,
    `<span class="fp-line">${escapeHtml(line)}</span>`,
    `<span class="fp-hours">${describeTodaysHours(status.today, DEFAULT_HOURS.sessions)}</span>`,
    '</div>',
    `<h2 style="font-size:20px;margin:16px 0 0">打电话咨询</h2>${phones}`,
    '<p class="fp-muted">页面正在加载，稍候即可预约、投诉、查看办事指南。</p>',
    '</div>',
  ].join('');
}

/** The app's stylesheet links (Taro puts them in <head>, where they would hold every paint). */
const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*>/gi;

/**
 * index.html with the first-paint block placed just before the app's mount point, and the app's
 * stylesheets moved after the block: a stylesheet in <head> holds the whole first paint until it
 * has downloaded; after the block it holds only what follows (the app, which needs it anyway).
 * An empty block leaves the page as built.
 * @example
 * withFirstPaint('<head><link href="/a.css" rel="stylesheet"></head><body><div id="app"></div></body>', block)
 * // '<head></head><body>' + block + '<link href="/a.css" rel="stylesheet"><div id="app"></div></body>'
 */
export function withFirstPaint(indexHtml: string, block: string): string {
  const at = indexHtml.indexOf('<div id="app">');
  if (at === -1 || block === '') return indexHtml;
  const links = indexHtml.slice(0, at).match(STYLESHEET) ?? [];
  const head = indexHtml.slice(0, at).replace(STYLESHEET, '');
  return head + block + links.join('') + indexHtml.slice(at);
}
