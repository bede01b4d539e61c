import {
  DEMO_REGISTER_HEADER,
  DEMO_REGISTER_MAPPING,
  demoDataset,
  demoRegisterRows,
  plDate,
  toCsv,
  writeXlsx,
} from '../../core/index.ts';
import type { Site } from './data.ts';

/**
 * The demo system's exports, the way a real welfare system offers them: the register with the clients'
 * names (standardy's import must drop them), the team's time-use sheet, and the mapping file that reads
 * the register back (an example for other systems' IT).
 */
export const EXPORT_PATHS = {
  csv: '/eksport/rejestr.csv',
  xlsx: '/eksport/rejestr.xlsx',
  timeUse: '/eksport/czas-pracy.csv',
  mapping: '/eksport/mapowanie.json',
} as const;

function registerRows(site: Site): string[][] {
  return demoRegisterRows(
    site.cases.map((c) => c.record),
    (id) => site.byId.get(id)?.client ?? '',
  );
}

/** UTF-8 with a BOM (Excel then reads Polish letters), `;`, CRLF, dd.mm.rrrr dates. */
export function registerCsv(site: Site): string {
  return '\uFEFF' + toCsv(DEMO_REGISTER_HEADER, registerRows(site));
}

export function registerXlsx(site: Site): Promise<Uint8Array> {
  return writeXlsx('Rejestr spraw', DEMO_REGISTER_HEADER, registerRows(site));
}

/** The demo team's time use (core demo data) as a sheet: `Pracownik; Kategoria; Godziny; Data`. */
export function timeUseCsv(asOf: string): string {
  const rows = demoDataset(asOf).timeUse.entries.map((e) => [
    e.worker,
    e.category,
    String(e.hours).replace('.', ','),
    e.date ? plDate(e.date) : '',
  ]);
  return '\uFEFF' + toCsv(['Pracownik', 'Kategoria', 'Godziny', 'Data'], rows);
}

export function mappingJson(): string {
  return (
    JSON.stringify({ $schema: './register-mapping.schema.json', ...DEMO_REGISTER_MAPPING }, null, 2) + '\n'
  );
}
