import type { CaseloadRow } from '../../core/index.ts';
import { Raster } from './png.ts';

const BLUE: [number, number, number] = [46, 94, 170];
const AMBER: [number, number, number] = [214, 137, 16];
const RED: [number, number, number] = [186, 35, 35];
const GREY: [number, number, number] = [90, 90, 90];
const LIGHT: [number, number, number] = [220, 220, 220];

/**
 * Caseload per worker as a bar chart (PNG): active cases against the norm (dashed line). Colour is never the
 * only signal: bars over the norm also carry their number and a "!" above them, and the report's table says
 * the same in words.
 */
export function caseloadChartPng(rows: readonly CaseloadRow[], width = 900, height = 420): Uint8Array {
  const r = new Raster(width, height);
  const left = 60;
  const bottom = height - 60;
  const top = 30;
  const max = Math.max(10, ...rows.map((x) => Math.max(x.active, x.norm))) * 1.15;
  const y = (v: number) => bottom - ((bottom - top) * v) / max;
  for (let v = 0; v <= max; v += max > 60 ? 20 : 5) {
    r.rect(left, y(v), width - left - 20, 1, LIGHT);
    const label = String(v);
    r.text(label, left - 8 - Raster.textWidth(label, 2), y(v) - 7, 2, GREY);
  }
  const slot = (width - left - 20) / Math.max(1, rows.length);
  const barW = Math.min(60, slot * 0.6);
  rows.forEach((row, i) => {
    const x = left + slot * i + (slot - barW) / 2;
    const colour = row.status === 'ok' ? BLUE : row.status === 'near' ? AMBER : RED;
    r.rect(x, y(row.active), barW, bottom - y(row.active), colour);
    for (let dx = -6; dx < barW + 6; dx += 8) r.rect(x + dx, y(row.norm) - 1, 5, 3, GREY);
    const count = `${row.active}${row.status === 'over' || row.status === 'over-statutory' ? '!' : ''}`;
    // Over the norm: the number carries a "!" too, so colour is not the only signal.
    const labelY = y(Math.max(row.active, row.norm)) - 22;
    r.text(
      count,
      x + barW / 2 - Raster.textWidth(count, 2) / 2,
      labelY,
      2,
      row.status === 'ok' ? GREY : colour,
    );
    const name = row.worker.slice(0, 8);
    r.text(name, x + barW / 2 - Raster.textWidth(name, 2) / 2, bottom + 12, 2, GREY);
  });
  r.rect(left, bottom, width - left - 20, 2, GREY);
  r.rect(left, top, 2, bottom - top, GREY);
  return r.png();
}
