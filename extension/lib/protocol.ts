import type { Adapter } from '../adapters/schema.ts';
import type { Lang, OverlayView, PageRead } from './facts.ts';

/** Messages between the content script and the background (runtime messages; the background answers). */
export type Request = { type: 'adapter-for'; url: string } | { type: 'scan'; page: PageRead };

export interface AdapterForAnswer {
  adapter: Adapter | null;
  lang: Lang;
}

export type Answer<R extends Request> = R extends { type: 'adapter-for' }
  ? AdapterForAnswer
  : R extends { type: 'scan' }
    ? OverlayView
    : never;

/** Sent by the background to the frames of a tab when a remembered case changed. */
export interface FactsChanged {
  type: 'facts-changed';
  system: string;
}
