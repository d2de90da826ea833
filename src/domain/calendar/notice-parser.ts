/**
 * Reads the State Council's yearly holiday notice as the admin pastes it (国务院办公厅关于…年部分
 * 节假日安排的通知): its 「一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。」
 * lines become days off and 调休 working days. Strict on purpose: every holiday line must be read
 * completely and agree with itself (weekdays in brackets, 共N天, 调休 on a weekend), and any other
 * line that names a day is refused — a notice misread is worse than a notice refused.
 */
import { addCalendarDays, daysBetween, isYmd, weekdayOf } from '../beijing';
import type { NoticeDay, NoticeLine } from '../../shared/calendar';

export type NoticeParse =
  | { ok: true; year: number; lines: NoticeLine[] }
  | { ok: false; line: string; message: string };

const NAMES = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];
const NAME = `(?:${NAMES.join('|')})`;
const NUMERAL = '[一二三四五六七八九十]+、';
const DATE = '(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日(?:（([^）]*)）)?';
const WEEKDAYS = '日一二三四五六';

const HOLIDAY_LINE = new RegExp(`^(?:${NUMERAL})?(${NAME}(?:、${NAME})*)：(.+)$`);
const LOOKS_LIKE_HOLIDAY = new RegExp(`^(?:${NUMERAL}|${NAME}：)`);
const OFF = new RegExp(`^(${DATE})(?:至(${DATE}))?放假(?:调休)?(?:(\\d+)天)?((?:，[^，]+)*)$`);

/** Full-width digits and punctuation as the notice prints them; spaces dropped. */
function normalize(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\(/g, '（').replace(/\)/g, '）').replace(/:/g, '：').replace(/,/g, '，').replace(/;/g, '；')
    .replace(/[ \t\u3000\u00a0]/g, '');
}

/** The pasted text as lines, with holidays run together on one line split apart. */
function linesOf(text: string): string[] {
  const split = normalize(text).replace(new RegExp(`。(?=${NUMERAL}${NAME})`, 'g'), '。\n');
  return split.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
}

class Unreadable extends Error {}

/** A day of the notice, month and year carried over from the day before it on the line. */
interface Carry { year: number; month?: number }

function readDate(m: RegExpMatchArray | RegExpExecArray, at: number, carry: Carry): string {
  const [y, mo, d, bracket] = [m[at], m[at + 1], m[at + 2], m[at + 3]];
  if (y) carry.year = +y;
  if (mo) carry.month = +mo;
  if (carry.month === undefined) throw new Unreadable('日期缺少月份');
  const ymd = `${carry.year}-${String(carry.month).padStart(2, '0')}-${String(+d).padStart(2, '0')}`;
  if (!isYmd(ymd)) throw new Unreadable(`没有${carry.month}月${+d}日这一天`);
  const said = bracket?.match(/(?:周|星期)([日天一二三四五六])/)?.[1];
  if (said) {
    const actual = WEEKDAYS[weekdayOf(ymd)];
    if ((said === '天' ? '日' : said) !== actual) throw new Unreadable(`${carry.month}月${+d}日是周${actual}，通知里写的是周${said}`);
  }
  return ymd;
}

/** 「1月26日（周日）、2月8日（周六）上班」 → the days, each a Saturday or Sunday. */
function readWork(sentence: string, carry: Carry): string[] {
  if (!sentence.endsWith('上班')) throw new Unreadable(`读不懂「${sentence}」`);
  const body = sentence.slice(0, -2);
  const token = new RegExp(DATE, 'y');
  const days: string[] = [];
  for (let pos = 0; pos < body.length;) {
    if (days.length > 0) {
      if (body[pos] !== '、') throw new Unreadable(`读不懂上班日期「${body}」`);
      pos++;
    }
    token.lastIndex = pos;
    const m = token.exec(body);
    if (!m) throw new Unreadable(`读不懂上班日期「${body}」`);
    const day = readDate(m, 1, carry);
    if (weekdayOf(day) !== 0 && weekdayOf(day) !== 6) throw new Unreadable(`${+day.slice(5, 7)}月${+day.slice(8)}日本来就是工作日，不是调休上班`);
    days.push(day);
    pos = token.lastIndex;
  }
  if (days.length === 0) throw new Unreadable(`读不懂「${sentence}」`);
  return days;
}

/** The off sentence: 「1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天」. */
function readOff(sentence: string, carry: Carry): [string, string] {
  const m = sentence.match(OFF);
  if (!m) throw new Unreadable(`读不懂放假日期「${sentence}」`);
  const from = readDate(m, 2, carry);
  const to = m[6] ? readDate(m, 7, carry) : from;
  if (to < from) throw new Unreadable('放假的结束日期早于开始日期');
  const count = daysBetween(from, to) + 1;
  const stated = [m[11], ...(m[12] ? m[12].split('，').filter(Boolean).map((c) => {
    const total = c.match(/^共(\d+)天$/);
    if (total) return total[1];
    if (c === '不调休' || c === '与周末连休') return undefined;
    throw new Unreadable(`读不懂「${c}」`);
  }) : [])].filter((n): n is string => n !== undefined);
  for (const n of stated) if (+n !== count) throw new Unreadable(`通知写共${n}天，日期算出来是${count}天`);
  return [from, to];
}

/** One holiday line, e.g. 「六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。」 */
function readHolidayLine(line: string, year: number): NoticeLine {
  const m = line.match(HOLIDAY_LINE);
  if (!m) throw new Unreadable('读不懂节日名称，应以「元旦：」「春节：」这样开头');
  const sentences = m[2].split('。').filter((s) => s !== '');
  const carry: Carry = { year };
  const off = readOff(sentences[0] ?? '', carry);
  const work: string[] = [];
  for (const s of sentences.slice(1)) {
    if (s.startsWith('鼓励')) continue; // 「鼓励各单位……安排职工在除夕休息」: encouragement, not a day off
    work.push(...readWork(s, { ...carry }));
  }
  for (const w of work) if (w >= off[0] && w <= off[1]) throw new Unreadable('上班的日子落在放假期间');
  return { text: line, name: m[1], off, work };
}

/** The year the notice itself names: 「关于2027年部分节假日安排的通知」 or 「现将2027年……」. */
function yearNamed(lines: string[]): { year: number; line: string } | undefined {
  for (const line of lines) {
    const m = line.match(/(\d{4})年(?:部分)?节假日/) ?? line.match(/现将(\d{4})年/);
    if (m) return { year: +m[1], line };
  }
  return undefined;
}

const NAMES_A_DAY = /\d{1,2}月\d{1,2}日/;
const SPEAKS_OF_DAYS_OFF = /放假|上班|调休|休息/;
/** The preamble: 「根据2024年11月10日《国务院关于修改……》……现将2025年……具体安排通知如下。」 */
const PREAMBLE = /通知如下/;

/** A line that is not a holiday line but says which days are off or worked: refused, never passed over. */
function unreadableOther(line: string): boolean {
  return NAMES_A_DAY.test(line) && SPEAKS_OF_DAYS_OFF.test(line) && !PREAMBLE.test(line);
}

/**
 * Reads a pasted notice. `year` is the year the admin chose; the notice's own title or preamble,
 * when pasted, must name the same. Lines that are not holiday lines and do not say which days are
 * off or worked (title, 文号, preamble, closing paragraph, signature) are passed over.
 *
 * @example
 * parseHolidayNotice('一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。', 2026)
 * // { ok: true, year: 2026, lines: [{ name: '元旦', off: ['2026-01-01', '2026-01-03'], work: ['2026-01-04'], text: '…' }] }
 * parseHolidayNotice('一、元旦：1月1日（周五）放假', 2026)
 * // { ok: false, line: '一、元旦：1月1日（周五）放假', message: '1月1日是周四，通知里写的是周五' }
 */
export function parseHolidayNotice(text: string, year: number): NoticeParse {
  const lines = linesOf(text);
  const named = yearNamed(lines);
  if (named && named.year !== year) {
    return { ok: false, line: named.line, message: `这份通知是${named.year}年的，选择的是${year}年` };
  }
  const read: NoticeLine[] = [];
  for (const line of lines) {
    try {
      if (LOOKS_LIKE_HOLIDAY.test(line)) read.push(readHolidayLine(line, year));
      else if (unreadableOther(line)) throw new Unreadable('这一行讲了放假或上班的日期，但不是「一、元旦：1月1日……放假」的格式');
    } catch (err) {
      if (err instanceof Unreadable) return { ok: false, line, message: err.message };
      throw err;
    }
  }
  if (read.length === 0) return { ok: false, line: lines[0] ?? '', message: '没有读到任何放假安排，请粘贴通知中「一、元旦：……」开始的各条' };
  const seen = new Map<string, string>();
  for (const l of read) {
    for (const d of [...daysOf(l.off), ...l.work]) {
      if (seen.has(d)) return { ok: false, line: l.text, message: `${+d.slice(5, 7)}月${+d.slice(8)}日在「${seen.get(d)}」里已经出现过` };
      seen.set(d, l.name);
    }
  }
  return { ok: true, year, lines: read };
}

/** Every day of an inclusive range. */
function daysOf([from, to]: [string, string]): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) out.push(d);
  return out;
}

/**
 * The days a read notice names in its year (days off, then 调休), date order. Days of the range
 * that fall in another year (元旦 starting on 12-31) are left to that year: they are weekend
 * days, or the other year's notice names them.
 * @example noticeDays(2026, lines)[0] // { date: '2026-01-01', off: true, name: '元旦' }
 */
export function noticeDays(year: number, lines: NoticeLine[]): NoticeDay[] {
  const days = lines.flatMap((l) => [
    ...daysOf(l.off).map((date) => ({ date, off: true, name: l.name })),
    ...l.work.map((date) => ({ date, off: false, name: l.name })),
  ]);
  return days.filter((d) => +d.date.slice(0, 4) === year).sort((a, b) => a.date.localeCompare(b.date));
}
