// `npm start` part for the Word add-in: serves the task pane on https://localhost:3000 with development
// certificates made on this machine (office-addin-dev-certs: a CA + a localhost certificate, no network),
// and prints how to sideload the add-in in Word on the web and in desktop Word.
//   npx tsx office-addin/scripts/serve.ts            (Ctrl+C stops it)
//   npx tsx office-addin/scripts/serve.ts --check    (start, answer one request, stop: for tests)
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import devCerts from 'office-addin-dev-certs';
import { createServer } from 'vite';
import { defineMessages } from '../../core/i18n.ts';
import type { Lang } from '../../core/i18n.ts';
import { PORT } from '../vite.config.ts';

const MANIFEST = fileURLToPath(new URL('../manifest.xml', import.meta.url));

// Where office-addin-dev-certs keeps them by default (and where its `install` looks).
const CERT_DIR = join(homedir(), '.office-addin-dev-certs');
const caCertificatePath = join(CERT_DIR, 'ca.crt');

/** office-addin-dev-certs makes them valid for 30 days; they are made anew this many days before that. */
export const RENEW_BEFORE_DAYS = 7;
const DAY_MS = 86_400_000;

const m = defineMessages({
  made: {
    pl: 'Utworzono certyfikaty deweloperskie (ważne 30 dni) w {dir}; zaufaj certyfikatowi CA {ca} na komputerze z Wordem.',
    en: 'Made development certificates (valid 30 days) in {dir}; trust the CA certificate {ca} on the computer running Word.',
  },
  renewed: {
    pl: 'Certyfikat {file} {left, plural, =0 {wygasa dziś} one {wygasa za # dzień} few {wygasa za # dni} many {wygasa za # dni} other {wygasa za # dnia}} ({until, date}) — utworzono nowe certyfikaty; zaufaj ponownie certyfikatowi CA {ca} (poprzedni można usunąć z zaufanych).',
    en: 'Certificate {file} {left, plural, =0 {expires today} one {expires in # day} other {expires in # days}} ({until, date}) — made new certificates; trust the CA certificate {ca} again (the old one can be removed from the trusted ones).',
  },
  expired: {
    pl: 'Certyfikat {file} wygasł {until, date} — utworzono nowe certyfikaty; zaufaj ponownie certyfikatowi CA {ca}.',
    en: 'Certificate {file} expired on {until, date} — made new certificates; trust the CA certificate {ca} again.',
  },
  unreadable: {
    pl: 'Certyfikat {file} jest nieczytelny — utworzono nowe certyfikaty; zaufaj ponownie certyfikatowi CA {ca}.',
    en: 'Certificate {file} cannot be read — made new certificates; trust the CA certificate {ca} again.',
  },
});

export interface CertificateFiles {
  ca: string;
  cert: string;
  key: string;
  /** What was done, in both languages; undefined when the existing certificates were reused. */
  notice?: Record<Lang, string>;
}

/** When a PEM certificate stops being valid, or null when it cannot be read. */
export function validUntil(pem: string): Date | null {
  try {
    const until = new Date(new X509Certificate(pem).validTo);
    return Number.isNaN(until.getTime()) ? null : until;
  } catch {
    return null;
  }
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The CA and localhost certificate, made when missing and made anew when either is unreadable, expired or
 * expires within `renewBeforeDays` (office-addin-dev-certs itself reuses them after they expire).
 */
export async function ensureCertificates(
  options: { dir?: string; now?: Date; renewBeforeDays?: number } = {},
): Promise<CertificateFiles> {
  const dir = options.dir ?? CERT_DIR;
  const now = options.now ?? new Date();
  const renewBeforeDays = options.renewBeforeDays ?? RENEW_BEFORE_DAYS;
  const files = {
    ca: join(dir, 'ca.crt'),
    cert: join(dir, 'localhost.crt'),
    key: join(dir, 'localhost.key'),
  };
  let notice: Record<Lang, string> | undefined;
  const say = (
    key: 'made' | 'renewed' | 'expired' | 'unreadable',
    params: Record<string, string | number>,
  ) => {
    notice = m.localized(key, { dir, ca: files.ca, ...params });
  };
  if (![files.ca, files.cert, files.key].every((p) => existsSync(p))) say('made', {});
  else {
    for (const file of [files.ca, files.cert]) {
      const until = validUntil(readFileSync(file, 'utf8'));
      if (!until) say('unreadable', { file });
      else if (until.getTime() <= now.getTime()) say('expired', { file, until: isoDay(until) });
      else {
        const left = Math.floor((until.getTime() - now.getTime()) / DAY_MS);
        if (left < renewBeforeDays) say('renewed', { file, left, until: isoDay(until) });
      }
      if (notice) break;
    }
  }
  if (notice) {
    // The generator writes nothing while ca.crt exists, so the old set goes first.
    for (const p of Object.values(files)) rmSync(p, { force: true });
    await devCerts.generateCertificates(files.ca, files.cert, files.key);
  }
  return notice ? { ...files, notice } : files;
}

export function sideloadInstructions(): string {
  return `
Panel dodatku działa pod adresem https://localhost:${PORT}/index.html
(add-in task pane served at https://localhost:${PORT}/index.html)

Manifest / manifest: ${MANIFEST}
Certyfikat CA (zaufaj mu na komputerze z Wordem) / CA certificate to trust on the Word machine:
  ${caCertificatePath}

Word w przeglądarce (Word on the web):
  1. Otwórz dokument w Word w przeglądarce / open a document in Word on the web.
  2. Narzędzia główne → Dodatki → Więcej dodatków → Moje dodatki → Przekaż mój dodatek
     (Home → Add-ins → More add-ins → My add-ins → Upload My Add-in).
  3. Wybierz plik manifest.xml powyżej → Przekaż / choose the manifest.xml above → Upload.
  4. Na karcie Narzędzia główne kliknij „Standardy” / click “Standards” on the Home tab.

Word na komputerze (desktop Word, Windows):
  1. Udostępnij folder z manifest.xml w sieci (np. \\\\SERWER\\dodatki) / share a folder holding manifest.xml.
  2. Plik → Opcje → Centrum zaufania → Ustawienia Centrum zaufania → Zaufane wykazy dodatków:
     wpisz ścieżkę udziału, „Dodaj wykaz”, zaznacz „Pokaż w menu”, uruchom Worda ponownie
     (File → Options → Trust Center → Trust Center Settings → Trusted Add-in Catalogs: add the share,
     tick “Show in Menu”, restart Word).
  3. Narzędzia główne → Dodatki → Moje dodatki → FOLDER UDOSTĘPNIONY → Standardy pracy socjalnej
     (Home → Add-ins → My add-ins → SHARED FOLDER → Social-work standards).
  Certyfikat CA musi być zaufany w Windows (certmgr → Zaufane główne urzędy certyfikacji).

Szczegóły i wdrożenie centralne / details and central deployment: docs/office-addin.md
`;
}

/** The task pane on https://localhost:PORT with the local development certificates. */
export async function startAddinServer(): Promise<{ ca: string; close: () => Promise<void> }> {
  const certs = await ensureCertificates();
  if (certs.notice) console.log(`${certs.notice.pl}\n(${certs.notice.en})`);
  const server = await createServer({
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    server: {
      port: PORT,
      strictPort: true,
      host: 'localhost',
      https: { cert: readFileSync(certs.cert), key: readFileSync(certs.key) },
    },
  });
  await server.listen();
  return { ca: certs.ca, close: () => server.close() };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const server = await startAddinServer();
  console.log(sideloadInstructions());
  if (process.argv.includes('--check')) {
    const { request } = await import('node:https');
    const status = await new Promise<number>((resolve, reject) =>
      request(`https://localhost:${PORT}/index.html`, { ca: readFileSync(server.ca) }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end(),
    );
    console.log(`GET https://localhost:${PORT}/index.html → ${status}`);
    await server.close();
    process.exit(status === 200 ? 0 : 1);
  }
}
