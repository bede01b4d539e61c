import {
  Badge,
  FluentProvider,
  Select,
  Tab,
  TabList,
  Text,
  Title3,
  webLightTheme,
} from '@fluentui/react-components';
import { useState } from 'react';
import { documentInput, targetFor } from '../document.ts';
import { t } from '../i18n.ts';
import type { Lang } from '../i18n.ts';
import { REQUIRED_WORD_API } from '../word-api.ts';
import type { WordHost } from '../word-api.ts';
import { insertPlan, readDocument, selectInDocument, updateControls } from '../word.ts';
import { CheckPanel } from './CheckPanel.tsx';
import type { CheckActions } from './CheckPanel.tsx';
import { DraftPanel } from './DraftPanel.tsx';
import type { DraftActions } from './DraftPanel.tsx';

export type HostState = { kind: 'word'; word: WordHost } | { kind: 'browser' } | { kind: 'old-word' };

function saveFile(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as BlobPart], {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Word's functions when Word is there; the renderer and a file otherwise. */
function actionsFor(host: HostState): { draft: DraftActions; check: CheckActions } {
  if (host.kind !== 'word') return { draft: { save: saveFile }, check: {} };
  const { word } = host;
  return {
    draft: {
      insert: (plan, placement) => insertPlan(word, plan, placement),
      update: (changes) => updateControls(word, changes),
    },
    check: {
      read: async () => {
        const snapshot = await readDocument(word);
        const input = documentInput(snapshot);
        const templateOf = () => {
          const tag = Object.keys(input.fields).find((k) => k.startsWith('template:'));
          return tag?.slice('template:'.length) ?? '';
        };
        return {
          input,
          canShow: (m) => targetFor(snapshot, templateOf(), m) !== null,
          show: async (m) => {
            const target = targetFor(snapshot, templateOf(), m);
            return target ? selectInDocument(word, target) : false;
          },
        };
      },
    },
  };
}

export function App({ host, today }: { host: HostState; today: string }) {
  const [lang, setLang] = useState<Lang>('pl');
  const [tab, setTab] = useState<'draft' | 'check'>('draft');
  const actions = actionsFor(host);
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className="pane" lang={lang}>
        <header className="header">
          <Title3 as="h1">{t(lang, 'title')}</Title3>
          <label className="lang">
            <span className="visually-hidden">{t(lang, 'language')}</span>
            <Select
              aria-label={t(lang, 'language')}
              size="small"
              value={lang}
              onChange={(_, d) => setLang(d.value as Lang)}
            >
              <option value="pl">Polski</option>
              <option value="en">English</option>
            </Select>
          </label>
        </header>
        {host.kind === 'word' ? (
          <Badge appearance="tint" color="success">
            {t(lang, 'mode.word')}
          </Badge>
        ) : (
          <Text role="note" className="mode">
            {host.kind === 'old-word'
              ? t(lang, 'mode.old-word', { version: REQUIRED_WORD_API })
              : t(lang, 'mode.browser')}
          </Text>
        )}
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as 'draft' | 'check')}>
          <Tab value="draft" id="tab-draft" aria-controls="panel-draft">
            {t(lang, 'tab.draft')}
          </Tab>
          <Tab value="check" id="tab-check" aria-controls="panel-check">
            {t(lang, 'tab.check')}
          </Tab>
        </TabList>
        <div role="tabpanel" id="panel-draft" aria-labelledby="tab-draft" hidden={tab !== 'draft'}>
          <DraftPanel lang={lang} actions={actions.draft} today={today} />
        </div>
        <div role="tabpanel" id="panel-check" aria-labelledby="tab-check" hidden={tab !== 'check'}>
          <CheckPanel lang={lang} actions={actions.check} />
        </div>
      </main>
    </FluentProvider>
  );
}
