// Stands in for office.js in the e2e test: the pane loads it from the CDN URL, which the test routes here.
// It defines Office (host: Word, WordApi 1.3 supported) and Word (the fake), plus __fakeWord for the test
// to read and edit the document as a user would. Never part of the built pane.
import { FakeWordDocument, createFakeWord } from './fake-word.ts';

const doc = new FakeWordDocument(['Akapit napisany wcześniej przez użytkownika.']);
const info = { host: 'Word', platform: 'OfficeOnline' };
Object.assign(globalThis, {
  __fakeWord: doc,
  Word: createFakeWord(doc),
  Office: {
    HostType: { Word: 'Word', Excel: 'Excel' },
    onReady: (callback?: (i: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: 'pl-PL',
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === 'WordApi' && Number(version ?? '1.1') <= 1.3,
      },
    },
  },
});
