import { describe, expect, it } from 'vitest';
import { paneMessages } from './i18n.ts';

// The pane's sentences with numbers: Polish numerals agree with their nouns (1 pole, 4 pola, 5 pól).
describe('Polish numerals in the Word pane', () => {
  const t = (key: Parameters<typeof paneMessages.t>[1], n: number) =>
    paneMessages.t('pl', key, { n, id: 'X' });
  it.each([
    ['form.errors', 1, 'Popraw 1 zaznaczone pole'],
    ['form.errors', 4, 'Popraw 4 zaznaczone pola'],
    ['form.errors', 5, 'Popraw 5 zaznaczonych pól'],
    ['form.missing', 1, 'Brakuje 1 wymaganego pola'],
    ['form.missing', 13, 'Brakuje 13 wymaganych pól'],
    ['packet.applied', 2, 'Wypełniono z pakietu sprawy X: 2 pola.'],
    ['packet.applied', 7, 'Wypełniono z pakietu sprawy X: 7 pól.'],
    ['packet.invalid', 22, 'Pakiet sprawy jest niepoprawny (22 błędy):'],
  ] as const)('%s, %i', (key, n, text) => expect(t(key, n)).toContain(text));
});
