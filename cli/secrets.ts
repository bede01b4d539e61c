/**
 * Where the CLI's secrets come from: the environment, else a prompt that does not echo — never an argument,
 * which would land in the shell's history. Tests replace both (`setSecrets`).
 */
export interface Secrets {
  env: Record<string, string | undefined>;
  prompt?: (question: string) => Promise<string>;
}

let secrets: Secrets = { env: process.env, ...(process.stdin.isTTY ? { prompt: promptHidden } : {}) };

export function setSecrets(s: Secrets): void {
  secrets = s;
}

export function secret(name: string): string | undefined {
  return secrets.env[name] || undefined;
}

/** A missing secret without a terminal to ask at: an error that names the variable. */
export class NoSecret extends Error {}

export async function ask(question: string): Promise<string> {
  if (!secrets.prompt)
    throw new NoSecret(
      `brak danych logowania (zmienne środowiska albo terminal) / no credentials (environment or a terminal): ${question.trim()}`,
    );
  return secrets.prompt(question);
}

/** A prompt on stderr that does not echo what is typed (passwords). */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const { stdin, stderr } = process;
    stderr.write(question);
    let text = '';
    stdin.setRawMode?.(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const done = (value: string | Error) => {
      stdin.setRawMode?.(false);
      stdin.pause();
      stdin.off('data', onData);
      stderr.write('\n');
      if (value instanceof Error) reject(value);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const c of chunk) {
        if (c === '\r' || c === '\n') return done(text);
        if (c === '\u0003') return done(new NoSecret('przerwano / interrupted'));
        if (c === '\u007f') text = text.slice(0, -1);
        else text += c;
      }
    };
    stdin.on('data', onData);
  });
}
