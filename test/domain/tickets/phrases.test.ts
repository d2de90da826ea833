import { checkCourtesy } from '../../../src/domain/tickets/phrases';

describe('checkCourtesy (rule 五(四) 服务忌语)', () => {
  it.each([
    ['这个我不知道。', '不知道', '「请稍等，我帮您问一下」'],
    ['今天没有空', '没有空', '「请稍等，我马上为您办理」'],
    ['我没空', '没空', '「请稍等，我马上为您办理」'],
    ['你找别人去吧', '找别人去吧', '「我帮您联系负责的同事」'],
    ['这不归我管', '不归我管', '「这件事由负责的同事办理，我帮您联系」'],
    ['指南贴在墙上，你自己看', '你自己看', '「我给您讲一下」'],
    ['急什么', '急什么', '「请您别着急，我们抓紧为您办理」'],
  ])('warns about 「%s」 → %s and suggests %s', (text, phrase, suggestion) => {
    expect(checkCourtesy(text)).toEqual([{ phrase, category: 'taboo', suggestion }]);
  });

  it('reports 「下班了明天再来」 once, as a whole, with the office hours in the suggestion', () => {
    const [w, ...rest] = checkCourtesy('下班了，明天再来');
    expect(rest).toEqual([]);
    expect(w.phrase).toBe('下班了，明天再来');
    expect(w.suggestion).toContain('9:00-12:00、13:30-17:00');
  });

  it('lists several phrases in the order they appear, each once', () => {
    expect(checkCourtesy('不知道，你找别人去吧，我真的不知道').map((w) => w.phrase)).toEqual(['不知道', '找别人去吧']);
  });

  it.each(['滚', '闭嘴', '神经病', '你有病吧', '他妈的', '白痴'])('marks rude language 「%s」 as rude with the polite forms suggested', (text) => {
    const [w] = checkCourtesy(text);
    expect(w.category).toBe('rude');
    expect(w.suggestion).toContain('「请稍等」');
  });

  it.each([
    '您好，请讲，请坐，请稍等，请走好。',
    '我们已经知道您的情况，会尽快答复。',
    '您家里有病人需要照顾，我们可以上门服务。',
    '请把页面向下滚动查看材料清单。',
  ])('finds nothing in the polite reply 「%s」', (text) => {
    expect(checkCourtesy(text)).toEqual([]);
  });

  it('never changes the text it checks', () => {
    const text = '不知道';
    checkCourtesy(text);
    expect(text).toBe('不知道');
  });
});
