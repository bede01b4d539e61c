/**
 * Time-use categories of the MOPR Toruń workload analysis (Oct 2012 – Aug 2013), with the pilot's hours per
 * team as a baseline: docs/standard.md §6, ids `sw.A`…`sw.I` and `bw.A`…`bw.Ł` from docs/standard.md.
 * OBOP = persons out of work, RZD = families with children.
 */
import * as z from 'zod';
import { TimeUseCategory } from '../schema/standard.ts';

export const TIME_USE_CATEGORIES: TimeUseCategory[] = z.array(TimeUseCategory).parse([
  // docs/standard.md §6.1: social workers. The OBOP sheet prints 7392.0 h, its rows sum to 7368.5 h.
  {
    id: 'sw.A',
    role: 'social-worker',
    letter: 'A',
    name: {
      pl: 'Prowadzenie pracy socjalnej z osobą/rodziną w środowisku',
      en: 'Social work with the person/family in their environment (home visits)',
    },
    torun: { obopHours: 1238.5, rzdHours: 1600.5 },
  },
  {
    id: 'sw.B',
    role: 'social-worker',
    letter: 'B',
    name: {
      pl: 'Prowadzenie pracy socjalnej z osobą/rodziną w siedzibie ośrodka',
      en: 'Social work with the person/family at the centre',
    },
    torun: { obopHours: 280.5, rzdHours: 392.5 },
  },
  {
    id: 'sw.C',
    role: 'social-worker',
    letter: 'C',
    name: { pl: 'Zawarcie umowy współpracy', en: 'Concluding the cooperation agreement' },
    torun: { obopHours: 73.5, rzdHours: 236.5 },
  },
  {
    id: 'sw.D',
    role: 'social-worker',
    letter: 'D',
    name: {
      pl: 'Realizacja działań w ramach pracy socjalnej bez udziału osoby/rodziny, np. reprezentowanie interesów klienta',
      en: 'Social-work actions without the person/family present, e.g. representing the client’s interests',
    },
    torun: { obopHours: 491.5, rzdHours: 928.5 },
  },
  {
    // docs/standard.md §6.1: the documentation category behind `documentation-share-high` (docs/standard.md).
    id: 'sw.E',
    role: 'social-worker',
    letter: 'E',
    name: {
      pl: 'Przygotowanie dokumentacji związanej z prowadzoną pracą socjalną, w tym dokumentacji na rzecz prowadzonego przez pracownika ds. świadczeń postępowania administracyjnego',
      en: 'Documentation of social work, including documentation for the benefits worker’s administrative proceedings',
    },
    documentation: true,
    torun: { obopHours: 2350.0, rzdHours: 1484.0 },
  },
  {
    id: 'sw.F',
    role: 'social-worker',
    letter: 'F',
    name: { pl: 'Doskonalenie zawodowe', en: 'Professional development' },
    torun: { obopHours: 1415.5, rzdHours: 1027.0 },
  },
  {
    id: 'sw.G',
    role: 'social-worker',
    letter: 'G',
    name: { pl: 'Urlopy, zwolnienia lekarskie', en: 'Leave and sick leave' },
    torun: { obopHours: 864.0, rzdHours: 704.0 },
  },
  {
    id: 'sw.H',
    role: 'social-worker',
    letter: 'H',
    name: { pl: 'Wykonywanie zadań związanych z realizacją projektu', en: 'Project-related tasks' },
    torun: { obopHours: 476.0, rzdHours: 434.5 },
  },
  {
    id: 'sw.I',
    role: 'social-worker',
    letter: 'I',
    name: {
      pl: 'Dojazd do klienta i powrót do siedziby ośrodka',
      en: 'Travel to the client and back to the centre',
    },
    torun: { obopHours: 179.0, rzdHours: 417.5 },
  },

  // docs/standard.md §6.2: benefits workers, Polish alphabet …K, L, Ł; each column sums to 1848.0 h.
  {
    id: 'bw.A',
    role: 'benefits-worker',
    letter: 'A',
    name: {
      pl: 'Wywiad środowiskowy, część I – wizyta w środowisku (od wyjścia z siedziby ośrodka do powrotu)',
      en: 'Family community interview, part I – home visit (from leaving the centre to returning)',
    },
    torun: { obopHours: 23.5, rzdHours: 23.0 },
  },
  {
    id: 'bw.B',
    role: 'benefits-worker',
    letter: 'B',
    name: {
      pl: 'Wywiad środowiskowy, część I – opracowanie dokumentacji (praca w siedzibie ośrodka)',
      en: 'Family community interview, part I – preparing the documentation (work at the centre)',
    },
    torun: { obopHours: 31.0, rzdHours: 17.5 },
  },
  {
    id: 'bw.C',
    role: 'benefits-worker',
    letter: 'C',
    name: {
      pl: 'Wywiad środowiskowy, część IV – wizyta w środowisku (od wyjścia z siedziby ośrodka do powrotu)',
      en: 'Family community interview, part IV – home visit (from leaving the centre to returning)',
    },
    torun: { obopHours: 245.5, rzdHours: 420.0 },
  },
  {
    id: 'bw.D',
    role: 'benefits-worker',
    letter: 'D',
    name: {
      pl: 'Wywiad środowiskowy, część IV – opracowanie dokumentacji (praca w siedzibie ośrodka)',
      en: 'Family community interview, part IV – preparing the documentation (work at the centre)',
    },
    torun: { obopHours: 353.5, rzdHours: 323.0 },
  },
  {
    id: 'bw.E',
    role: 'benefits-worker',
    letter: 'E',
    name: {
      pl: 'Wywiad środowiskowy, części II i III – wizyta w środowisku (od wyjścia z siedziby ośrodka do powrotu)',
      en: 'Family community interview, parts II and III – home visit (from leaving the centre to returning)',
    },
    torun: { obopHours: 0, rzdHours: 1.5 },
  },
  {
    id: 'bw.F',
    role: 'benefits-worker',
    letter: 'F',
    name: {
      pl: 'Wywiad środowiskowy, części II i III – opracowanie dokumentacji (praca w siedzibie ośrodka)',
      en: 'Family community interview, parts II and III – preparing the documentation (work at the centre)',
    },
    torun: { obopHours: 0, rzdHours: 45.0 },
  },
  {
    id: 'bw.G',
    role: 'benefits-worker',
    letter: 'G',
    name: {
      pl: 'Wprowadzanie decyzji do systemu informatycznego',
      en: 'Entering decisions into the IT system',
    },
    torun: { obopHours: 181.5, rzdHours: 189.5 },
  },
  {
    id: 'bw.H',
    role: 'benefits-worker',
    letter: 'H',
    name: {
      pl: 'Przygotowanie decyzji odmawiającej przyznania pomocy',
      en: 'Preparing decisions refusing assistance',
    },
    torun: { obopHours: 2.0, rzdHours: 5.5 },
  },
  {
    id: 'bw.I',
    role: 'benefits-worker',
    letter: 'I',
    name: {
      pl: 'Prowadzenie innych postępowań (skargi, odwołania, postępowania wyjaśniające niezwiązane ze skargami)',
      en: 'Other proceedings (complaints, appeals, explanatory proceedings not linked to complaints)',
    },
    torun: { obopHours: 334.5, rzdHours: 216.0 },
  },
  {
    id: 'bw.J',
    role: 'benefits-worker',
    letter: 'J',
    name: { pl: 'Sporządzanie sprawozdań, prowadzenie baz danych', en: 'Reports, maintaining databases' },
    torun: { obopHours: 270.5, rzdHours: 242.5 },
  },
  {
    id: 'bw.K',
    role: 'benefits-worker',
    letter: 'K',
    name: { pl: 'Urlopy, zwolnienia lekarskie', en: 'Leave and sick leave' },
    torun: { obopHours: 252.0, rzdHours: 261.5 },
  },
  {
    // Marked "NAKŁADKA" in the Toruń sheets; its exact meaning is unconfirmed (docs/standard.md §6.2).
    id: 'bw.L',
    role: 'benefits-worker',
    letter: 'L',
    name: {
      pl: 'Wykonywanie zadań związanych z realizacją projektu, w tym zadania związane z ewaluacją projektu, zebrania organizacyjne dotyczące wdrażanego modelu instytucji oraz standardów, inne',
      en: 'Project tasks, including the project’s evaluation, organisational meetings on the model and standards being implemented, and other',
    },
    overlay: true,
    torun: { obopHours: 40.0, rzdHours: 35.0 },
  },
  {
    // Marked "NAKŁADKA" in the Toruń sheets; its exact meaning is unconfirmed (docs/standard.md §6.2).
    id: 'bw.Ł',
    role: 'benefits-worker',
    letter: 'Ł',
    name: { pl: 'Doskonalenie zawodowe', en: 'Professional development' },
    overlay: true,
    torun: { obopHours: 114.0, rzdHours: 68.0 },
  },
] satisfies z.input<typeof TimeUseCategory>[]);
