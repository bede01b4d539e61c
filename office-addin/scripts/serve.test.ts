import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import devCerts from 'office-addin-dev-certs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ensureCertificates, RENEW_BEFORE_DAYS, validUntil } from './serve.ts';

const DAY = 86_400_000;
const dirs: string[] = [];
// office-addin-dev-certs reports each generation on the console.
beforeEach(() => void vi.spyOn(console, 'log').mockImplementation(() => undefined));
afterEach(() => {
  vi.restoreAllMocks();
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

/** A certificate folder as office-addin-dev-certs leaves it, valid for `days` from now. */
async function certificates(days: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'standardy-certs-'));
  dirs.push(dir);
  await devCerts.generateCertificates(
    join(dir, 'ca.crt'),
    join(dir, 'localhost.crt'),
    join(dir, 'localhost.key'),
    days,
  );
  return dir;
}
const fingerprint = (dir: string) => new X509Certificate(readFileSync(join(dir, 'ca.crt'))).fingerprint256;
const until = (dir: string, file = 'localhost.crt') => validUntil(readFileSync(join(dir, file), 'utf8'))!;

describe('development certificates of the Word add-in pane', () => {
  it('are reused while they have more than a week left', async () => {
    const dir = await certificates(30);
    const before = fingerprint(dir);
    const certs = await ensureCertificates({ dir, now: new Date() });
    expect(certs.notice).toBeUndefined();
    expect(fingerprint(dir)).toBe(before);
  });

  it(`are made anew when fewer than ${RENEW_BEFORE_DAYS} days remain, with a notice to trust the new CA`, async () => {
    const dir = await certificates(3);
    const before = fingerprint(dir);
    const now = new Date();
    const certs = await ensureCertificates({ dir, now });
    expect(fingerprint(dir)).not.toBe(before);
    expect(until(dir).getTime() - now.getTime()).toBeGreaterThan(29 * DAY);
    expect(until(dir, 'ca.crt').getTime() - now.getTime()).toBeGreaterThan(29 * DAY);
    expect(certs.notice?.pl).toMatch(
      /ca\.crt wygasa za 2 dni \(\d\d\.\d\d\.\d{4}\) — utworzono nowe certyfikaty; zaufaj ponownie/,
    );
    expect(certs.notice?.en).toMatch(/expires in 2 days/);
  });

  it('are made anew once expired (as office-addin-dev-certs alone would keep serving them)', async () => {
    const dir = await certificates(30);
    const before = fingerprint(dir);
    const certs = await ensureCertificates({ dir, now: new Date(Date.now() + 40 * DAY) });
    expect(fingerprint(dir)).not.toBe(before);
    expect(certs.notice?.pl).toMatch(/ca\.crt wygasł \d\d\.\d\d\.\d{4}/);
  });

  it('are made when missing or unreadable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'standardy-certs-'));
    dirs.push(dir);
    expect((await ensureCertificates({ dir })).notice?.pl).toContain('Utworzono certyfikaty deweloperskie');
    expect(validUntil(readFileSync(join(dir, 'localhost.crt'), 'utf8'))).not.toBeNull();
    writeFileSync(join(dir, 'localhost.crt'), 'nie certyfikat');
    expect((await ensureCertificates({ dir })).notice?.pl).toContain('localhost.crt jest nieczytelny');
    expect(validUntil(readFileSync(join(dir, 'localhost.crt'), 'utf8'))).not.toBeNull();
  });

  it('the Polish notice agrees in number: 1 dzień, 3 dni, 5 dni', async () => {
    const dir = await certificates(30);
    for (const [left, phrase] of [
      [1, 'wygasa za 1 dzień'],
      [3, 'wygasa za 3 dni'],
      [5, 'wygasa za 5 dni'],
    ] as const) {
      // Half a day more than `left` before the current CA runs out (each renewal makes a new one).
      const now = new Date(until(dir, 'ca.crt').getTime() - (left + 0.5) * DAY);
      const certs = await ensureCertificates({ dir, now });
      expect(certs.notice?.pl).toContain(phrase);
    }
  });
});
