import { describe, expect, it } from 'vitest';
import { INSTALL_ORIGINS, patternsToRegister } from './registration.ts';

describe('runtime content-script registration', () => {
  it('registers only configured origins the user granted, never the install-time demo origins again', () => {
    const systems = [
      { origin: 'http://127.0.0.2:4310', adapterId: 'demo-opiekun' },
      { origin: 'https://opiekun.mops.example.pl', adapterId: 'x' },
      { origin: 'http://127.0.0.1:4310', adapterId: 'demo-opiekun' },
    ];
    expect(patternsToRegister(systems, ['http://127.0.0.2/*', ...INSTALL_ORIGINS])).toEqual([
      'http://127.0.0.2/*',
    ]);
    expect(patternsToRegister(systems, [])).toEqual([]);
  });
});

describe('the build decides what is declared', () => {
  const systems = [
    { origin: 'https://opiekun.mops.example.pl', adapterId: 'x' },
    { origin: 'http://127.0.0.1:4310', adapterId: 'demo-opiekun' },
  ];
  const granted = ['https://opiekun.mops.example.pl/*', 'http://127.0.0.1/*'];

  it("a centre build's own origin is not registered a second time", () => {
    expect(patternsToRegister(systems, granted, ['https://opiekun.mops.example.pl/*'])).toEqual([
      'http://127.0.0.1/*',
    ]);
  });

  it('a production build declares nothing, so a granted loopback system is registered at run time', () => {
    expect(patternsToRegister(systems, granted, [])).toEqual([
      'http://127.0.0.1/*',
      'https://opiekun.mops.example.pl/*',
    ]);
  });
});
