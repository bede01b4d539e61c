import { createRoot } from 'react-dom/client';
import { App } from './components/App.tsx';
import type { HostState } from './components/App.tsx';
import './pane.css';
import { REQUIRED_WORD_API } from './word-api.ts';
import type { WordHost } from './word-api.ts';

/**
 * Inside Word, Office.onReady reports the Word host; in a plain browser tab it reports none, and offline
 * office.js never loads at all. Either way the pane works: outside Word it offers .docx downloads.
 */
async function detectHost(): Promise<HostState> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (office === undefined) return { kind: 'browser' };
  const info = await Promise.race([
    office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000)),
  ]);
  if (!info || info.host !== office.HostType.Word) return { kind: 'browser' };
  if (!office.context.requirements.isSetSupported('WordApi', REQUIRED_WORD_API)) return { kind: 'old-word' };
  const word: WordHost = { run: (batch) => Word.run(batch) };
  return { kind: 'word', word };
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const host = await detectHost();
document.documentElement.dataset.host = host.kind;
createRoot(document.getElementById('root')!).render(<App host={host} today={localToday()} />);
