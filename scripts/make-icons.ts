// The browser extension's icons (16, 32, 48, 96, 128 px; the Chrome Web Store needs 128) rasterised from
// extension/assets/icon.svg by Debian's Chromium, so the SVG stays the one source. Run after changing it:
//   npm run icons          (writes extension/public/icon/<size>.png; WXT puts them in the manifest)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_BASE_ARGS } from '../test/support/chromium.ts';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
export const ICON_SVG = fileURLToPath(new URL('../extension/assets/icon.svg', import.meta.url));
export const ICON_DIR = fileURLToPath(new URL('../extension/public/icon/', import.meta.url));
/** The Chrome Web Store's 128 px icon is 96 px of drawing inside 16 px of transparent margin. */
const MARGIN: Partial<Record<number, number>> = { 128: 16 };

/** PNGs of the SVG at each size, transparent outside the drawing. */
export async function renderIcons(
  svg: string,
  sizes: readonly number[] = ICON_SIZES,
): Promise<Map<number, Buffer>> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_BASE_ARGS,
  });
  try {
    const out = new Map<number, Buffer>();
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    for (const size of sizes) {
      const margin = MARGIN[size] ?? 0;
      const art = size - 2 * margin;
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img alt="" src="${src}" width="${art}" height="${art}" style="display:block;margin:${margin}px"></body></html>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      out.set(size, await page.screenshot({ omitBackground: true, type: 'png' }));
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(ICON_DIR, { recursive: true });
  for (const [size, png] of await renderIcons(readFileSync(ICON_SVG, 'utf8')))
    writeFileSync(`${ICON_DIR}${size}.png`, png);
  console.log(`Ikony zapisane / icons written: extension/public/icon/{${ICON_SIZES.join(',')}}.png`);
}
