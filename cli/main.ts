import { InputFailure, printInputFailure } from './io.ts';
import type { Lang } from './io.ts';
import { runAudit } from './commands/audit.ts';
import { runCheck } from './commands/check.ts';
import { runDoc } from './commands/doc.ts';
import { runStandards } from './commands/standards.ts';
import { runTeam } from './commands/team.ts';
import { runWorkload } from './commands/workload.ts';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export type Command = (args: string[], io: Io, lang: Lang) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  standards: runStandards,
  check: runCheck,
  workload: runWorkload,
  doc: runDoc,
  audit: runAudit,
  team: runTeam,
};

const USAGE = {
  pl: `Użycie: standardy <polecenie> [opcje]

Polecenia:
  standards [--json]                                   katalog standardów, etapów i narzędzi
  check PLIK|--demo [--policy PLIK] [--today RRRR-MM-DD] [--json]
                                                       ocena spraw: ustalenia i obciążenie pracowników
  workload PLIK|--demo [--policy PLIK] [--json]        analiza czasu pracy (kategorie A–I, A–Ł)
  doc --list [--json]                                  szablony dokumentów (umowa współpracy, notatka…)
  doc SZABLON --data PLIK.json [--case PLIK.json [--case-id ID]] [--policy PLIK] --out PLIK.docx [--draft]
  doc SZABLON --demo --out PLIK.docx                   dokument .docx (--draft: PROJEKT z zaznaczonymi brakami)
  doc check PLIK.docx|FOLDER [--json]                  braki w dokumentach względem szablonu
  audit REJESTR --map MAPOWANIE.json [--time KARTA] [--policy PLIK] --out RAPORT.docx|.csv
  audit --demo --out RAPORT.docx                       raport dla koordynatora z eksportu rejestru
  check|audit … --team URL [--db NAZWA]                z zapisami zespołu z serwera ośrodka (CouchDB)
  team init URL --db NAZWA [--share-free-text]         przygotowanie bazy zespołu (docs/team.md)
  team add-user URL --name ID --role worker|supervisor konto pracownika lub koordynatora

Opcje wspólne: --lang pl|en (domyślnie pl), --help
Kody wyjścia: 0 – wykonano (ustalenia to wynik, nie błąd); 2 – błędne dane wejściowe lub wywołanie.`,
  en: `Usage: standardy <command> [options]

Commands:
  standards [--json]                                   the catalogue of standards, stages and tools
  check FILE|--demo [--policy FILE] [--today YYYY-MM-DD] [--json]
                                                       evaluate cases: findings and caseload per worker
  workload FILE|--demo [--policy FILE] [--json]        time-use analysis (categories A–I, A–Ł)
  doc --list [--json]                                  document templates (cooperation agreement, note…)
  doc TEMPLATE --data FILE.json [--case FILE.json [--case-id ID]] [--policy FILE] --out FILE.docx [--draft]
  doc TEMPLATE --demo --out FILE.docx                  a .docx document (--draft: DRAFT with the gaps marked)
  doc check FILE.docx|FOLDER [--json]                  what documents lack against their template
  audit REGISTER --map MAP.json [--time SHEET] [--policy FILE] --out REPORT.docx|.csv
  audit --demo --out REPORT.docx                       the supervisor's report from a register export
  check|audit … --team URL [--db NAME]                 with the team's records from the centre's server (CouchDB)
  team init URL --db NAME [--share-free-text]          set up the team database (docs/team.md)
  team add-user URL --name ID --role worker|supervisor a worker's or a supervisor's account

Common options: --lang pl|en (default pl), --help
Exit codes: 0 – it ran (findings are output, not failure); 2 – invalid input or usage.`,
};

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const langAt = argv.indexOf('--lang');
  const lang: Lang = langAt >= 0 && argv[langAt + 1] === 'en' ? 'en' : 'pl';
  const args = langAt >= 0 ? [...argv.slice(0, langAt), ...argv.slice(langAt + 2)] : argv;
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE[lang]);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(lang === 'pl' ? `Nieznane polecenie: ${name}` : `Unknown command: ${name}`);
    io.err(USAGE[lang]);
    return 2;
  }
  try {
    return await command(rest, io, lang);
  } catch (e) {
    if (e instanceof InputFailure) {
      printInputFailure(e, lang, io.err);
      return 2;
    }
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${lang === 'pl' ? 'Błędne wywołanie' : 'Invalid usage'}: ${(e as Error).message}`);
      io.err(USAGE[lang]);
      return 2;
    }
    throw e;
  }
}

export class UsageError extends Error {}

const defaultIo: Io = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};
