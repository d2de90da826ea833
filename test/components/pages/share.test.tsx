import { render } from '@testing-library/react';
import { useShareAppMessage } from '@tarojs/taro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Index from '../../../src/pages/index/index';
import Guide from '../../../src/pages/guide/index';
import Commitments from '../../../src/pages/commitments/index';
import Staff from '../../../src/pages/staff/index';
import { fakeGateway } from '../support/gateway';
import { overview } from '../support/fixtures';
import { atFixedTime, settle } from '../support/clock';

atFixedTime();

const root = join(__dirname, '..', '..', '..');
/** The public pages of the main package: what a resident may forward to family in a WeChat chat. */
const PUBLIC = [
  ['pages/index/index', Index],
  ['pages/guide/index', Guide],
  ['pages/commitments/index', Commitments],
  ['pages/staff/index', Staff],
] as const;

describe('public pages can be forwarded', () => {
  it.each(PUBLIC)('%s enables 转发 in its page config and names its own page in the share', async (path, Page) => {
    expect(readFileSync(join(root, 'src', `${path}.config.ts`), 'utf8')).toMatch(/enableShareAppMessage: true/);
    fakeGateway({ 'info.overview': () => overview(), 'info.me': () => ({ ok: true, data: { kind: 'anonymous' } }) });
    (useShareAppMessage as jest.Mock).mockClear();
    render(<Page />);
    await settle();
    const share = (useShareAppMessage as jest.Mock).mock.calls.at(-1)?.[0] as (() => { title: string; path: string }) | undefined;
    expect(share).toBeDefined();
    const { title, path: sharedPath } = share!();
    expect(title).toMatch(/西山镇|指南/);
    expect(sharedPath.replace(/^\//, '').split('?')[0]).toBe(path);
  });
});
