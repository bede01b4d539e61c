// `npm start` part for the Word add-in: serves the task pane on https://localhost:3000 with development
// certificates made on this machine (office-addin-dev-certs: a CA + a localhost certificate, no network),
// and prints how to sideload the add-in in Word on the web and in desktop Word.
//   npx tsx office-addin/scripts/serve.ts            (Ctrl+C stops it)
//   npx tsx office-addin/scripts/serve.ts --check    (start, answer one request, stop: for tests)
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import devCerts from 'office-addin-dev-certs';
import { createServer } from 'vite';
import { PORT } from '../vite.config.ts';

const MANIFEST = fileURLToPath(new URL('../manifest.xml', import.meta.url));

// Where office-addin-dev-certs keeps them by default (and where its `install` looks).
const CERT_DIR = join(homedir(), '.office-addin-dev-certs');
const caCertificatePath = join(CERT_DIR, 'ca.crt');
const localhostCertificatePath = join(CERT_DIR, 'localhost.crt');
const localhostKeyPath = join(CERT_DIR, 'localhost.key');

/** Make the CA and localhost certificate once (valid 30 days); reuse them while they exist. */
export async function ensureCertificates(): Promise<{ ca: string; cert: string; key: string }> {
  if (![caCertificatePath, localhostCertificatePath, localhostKeyPath].every((p) => existsSync(p)))
    await devCerts.generateCertificates(caCertificatePath, localhostCertificatePath, localhostKeyPath);
  return { ca: caCertificatePath, cert: localhostCertificatePath, key: localhostKeyPath };
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
