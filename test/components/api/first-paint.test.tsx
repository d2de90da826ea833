import { takeOverFirstPaint } from '../../../src/ui/first-paint';

describe('takeOverFirstPaint', () => {
  beforeEach(() => {
    document.body.innerHTML = '<div id="first-paint"><h1>西山镇公共法律服务工作站</h1></div><div id="app"></div>';
  });

  it('keeps the gateway\'s block until the app\'s first page is in the document, then removes it', async () => {
    const stop = takeOverFirstPaint(document);
    const app = document.getElementById('app')!;
    app.appendChild(document.createElement('div')).className = 'taro_router';
    await Promise.resolve();
    expect(document.getElementById('first-paint')).not.toBeNull();
    app.firstElementChild!.appendChild(document.createElement('div')).className = 'page';
    await new Promise((r) => setTimeout(r, 0));
    expect(document.getElementById('first-paint')).toBeNull();
    stop();
  });

  it('removes it at once when the page is already there, and does nothing without a block', () => {
    document.getElementById('app')!.innerHTML = '<div class="page"></div>';
    takeOverFirstPaint(document);
    expect(document.getElementById('first-paint')).toBeNull();
    expect(() => takeOverFirstPaint(document)()).not.toThrow();
  });
});
