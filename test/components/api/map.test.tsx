import { useState } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { MapButton } from '../../../src/components/MapButton';
import { StationForm } from '../../../src/packages/admin/forms/StationForm';
import type { StationInfo } from '../../../src/shared/content';
import { FALLBACK_STATION } from '../../../src/ui/fallback';
import { atFixedTime } from '../support/clock';

atFixedTime();

const env = process.env.TARO_ENV;
afterEach(() => { process.env.TARO_ENV = env; });

describe('the station address opens the map', () => {
  it('in WeChat, 「在地图上查看」 opens openLocation at the admin\'s position with the name and address', () => {
    process.env.TARO_ENV = 'weapp';
    render(<MapButton station={{ ...FALLBACK_STATION, location: { latitude: 28.6923, longitude: 115.7281 } }} />);
    fireEvent.click(screen.getByRole('button', { name: /在地图上查看/ }));
    expect(Taro.openLocation).toHaveBeenCalledWith({ latitude: 28.6923, longitude: 115.7281, name: FALLBACK_STATION.name, address: FALLBACK_STATION.address, scale: 16 });
  });

  it('shows nothing before the admin entered a position', () => {
    process.env.TARO_ENV = 'weapp';
    const { container } = render(<MapButton station={FALLBACK_STATION} />);
    expect(container.textContent).toBe('');
  });
});

describe('the admin enters the position in the station form', () => {
  function Harness({ seen }: { seen: (s: StationInfo) => void }) {
    const [value, setValue] = useState<StationInfo>(FALLBACK_STATION);
    return <StationForm value={value} onChange={(v) => { seen(v); setValue(v); }} />;
  }

  it('keeps a complete pair as numbers, says so when a box is not a number, and clearing both removes it', () => {
    const seen = jest.fn();
    render(<Harness seen={seen} />);
    fireEvent.change(screen.getByLabelText('纬度'), { target: { value: '28.6923' } });
    fireEvent.change(screen.getByLabelText('经度'), { target: { value: '115.7281' } });
    expect(seen.mock.calls.at(-1)[0].location).toEqual({ latitude: 28.6923, longitude: 115.7281 });
    fireEvent.change(screen.getByLabelText('经度'), { target: { value: '东经115' } });
    expect(screen.getByText('请填写数字，例如 28.69')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('纬度'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('经度'), { target: { value: '' } });
    expect(seen.mock.calls.at(-1)[0]).not.toHaveProperty('location');
  });
});
