// LibreOffice headless as the "real consumer" of our .docx files (TOOLCHAIN.md): an absolute profile path,
// a timeout, one call for many files, and a check that each PDF exists (a failed conversion still exits 0).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

export function requireLibreOffice(): void {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
  } catch {
    throw new Error(
      'LibreOffice (soffice) is missing: run `bash scripts/ensure-system.sh office` (npm test does).',
    );
  }
}

/** Convert .docx files to PDF in one LibreOffice call; returns the PDF paths in the same order. */
export function convertToPdf(
  files: string[],
  outDir = mkdtempSync(join(tmpdir(), 'standardy-pdf-')),
): string[] {
  requireLibreOffice();
  const profile = mkdtempSync(join(tmpdir(), 'standardy-lo-profile-'));
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${resolve(profile)}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 300_000, env: { ...process.env, HOME: profile } },
  );
  return files.map((f) => {
    const pdf = join(outDir, basename(f).replace(/\.[^.]+$/, '.pdf'));
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${f}`);
    return pdf;
  });
}

export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', timeout: 60_000 });
}
