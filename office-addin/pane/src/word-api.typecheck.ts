// Compile-time proof (tsc only, never run) that real Word's API and the fake both offer everything word.ts
// calls, with the same shapes: if @types/office-js or the fake drift from word-api.ts, `tsc` fails here.
import type { FakeRequestContext } from '../../fake-word/fake-word.ts';
import type { WordContext } from './word-api.ts';

export const realWordHasIt = (context: Word.RequestContext): WordContext => context;
export const fakeWordHasIt = (context: FakeRequestContext): WordContext => context;
