import type { PhraseWarning } from '../../shared/tickets';

/** One 服务忌语 (or rude word) and the polite form to use instead. */
export interface ForbiddenPhrase {
  /** Matches the phrase; lookarounds keep ordinary words (「有病人」「滚动」) out. */
  pattern: RegExp;
  category: PhraseWarning['category'];
  suggestion: string;
}

const POLITE = '请使用文明用语，例如「您好」「请讲」「请稍等」「请走好」';

/**
 * The phrases rule 五(四) forbids — 「不知道」「没有空」「找别人去吧」 and their everyday
 * variants — and the 粗话、脏话 it bans, each with the polite form the rule asks for
 * (「您好」「请讲」「请坐」「请稍等」「请走好」). Longer phrases come first so that
 * 「下班了，明天再来」 is reported once, as a whole.
 */
export const FORBIDDEN_PHRASES: ForbiddenPhrase[] = [
  { pattern: /下班了[，,。\s]*明天再来/g, category: 'taboo', suggestion: '「我们的办公时间是 9:00-12:00、13:30-17:00，我先帮您登记，下个工作日第一时间为您办理」' },
  { pattern: /找别人去吧?|你?去?找别人吧/g, category: 'taboo', suggestion: '「我帮您联系负责的同事」' },
  { pattern: /不知道/g, category: 'taboo', suggestion: '「请稍等，我帮您问一下」' },
  { pattern: /没有空|没空/g, category: 'taboo', suggestion: '「请稍等，我马上为您办理」' },
  { pattern: /不归我管|不是我管的|不关我的事|跟我没关系|与我无关/g, category: 'taboo', suggestion: '「这件事由负责的同事办理，我帮您联系」' },
  { pattern: /你自己看|自己看去/g, category: 'taboo', suggestion: '「我给您讲一下」' },
  { pattern: /急什么|着什么急|催什么催?/g, category: 'taboo', suggestion: '「请您别着急，我们抓紧为您办理」' },
  { pattern: /明天再来|改天再来|下班了/g, category: 'taboo', suggestion: '「我先帮您登记，下个工作日第一时间为您办理」' },
  { pattern: /听不懂吗|说了多少遍|烦不烦|问那么多干什么/g, category: 'taboo', suggestion: '「请讲，我再给您详细说明一下」' },
  { pattern: /爱办不办|不办拉倒|就是不行/g, category: 'taboo', suggestion: '「按照规定这件事暂时不能办理，我给您解释一下原因」' },
  { pattern: /他妈的?|妈的|TMD|tmd|操你|草泥马/g, category: 'rude', suggestion: POLITE },
  { pattern: /滚(?!动|烫|圆|雪球)|闭嘴|少废话|废话|少啰嗦/g, category: 'rude', suggestion: POLITE },
  { pattern: /神经病|有病(?!人|情|史|历|假|床)|白痴|蠢货|笨蛋|傻[瓜子逼帽]?(?![眼])/g, category: 'rude', suggestion: POLITE },
];

/**
 * The 服务忌语 and rude words in a reply, each once (first occurrence), in the order they appear.
 * It only warns: the text is never changed (rule 五(四); the sender decides).
 *
 * @example
 * checkCourtesy('不知道，你找别人去吧')
 * // [{ phrase: '不知道', category: 'taboo', suggestion: '「请稍等，我帮您问一下」' },
 * //  { phrase: '找别人去吧', category: 'taboo', suggestion: '「我帮您联系负责的同事」' }]
 * @example checkCourtesy('您好，请讲') // []
 */
export function checkCourtesy(text: string): PhraseWarning[] {
  return findPhrases(text);
}

/**
 * The 服务忌语 in several texts of one action (every text staff write that a resident reads:
 * results, explanations, reasons, notes — issue 9 §3), each warning marked with its field.
 *
 * @example checkCourtesyIn({ result: '不知道', 'outOfScope.whereToGo': '县人社局' }) // [{ phrase: '不知道', field: 'result', … }]
 */
export function checkCourtesyIn(texts: Record<string, string | undefined>): PhraseWarning[] {
  return Object.entries(texts).flatMap(([field, text]) => (text ? findPhrases(text).map((w) => ({ ...w, field })) : []));
}

function findPhrases(text: string): PhraseWarning[] {
  const found: Array<PhraseWarning & { index: number }> = [];
  const taken: Array<[number, number]> = [];
  for (const rule of FORBIDDEN_PHRASES) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      if (!found.some((f) => f.phrase === m[0])) found.push({ phrase: m[0], category: rule.category, suggestion: rule.suggestion, index: start });
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ index: _index, ...w }) => w);
}
