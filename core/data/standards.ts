/**
 * The ten service standards of Projekt 1.18 (five of social work, five specialist services) as data:
 * docs/standard.md §2, ids and Polish names from docs/standard.md.
 *
 * Evidence: the schema has one `evidence` per area, not per point, so an area carries the weakest level
 * of what it states (seed, then source, then unconfirmed). An area whose prescriptions the sources did not
 * show is 'unconfirmed', even where the existence of its chapter is confirmed (docs/standard.md §0.1, §3).
 */
import * as z from 'zod';
import type { Localized } from '../schema/common.ts';
import { Standard } from '../schema/standard.ts';

const StandardsList = z.array(Standard);

// docs/standard.md §7: the five principles of the pilot's social work [SEED-000] and the common values [SRC 20c].
const SOCIAL_WORK_VALUES: Localized[] = [
  {
    pl: 'Zasada podmiotowości, akceptacji, prawa do samostanowienia oraz współodpowiedzialności za proces zmiany: klient aktywnie uczestniczy w każdym etapie postępowania metodycznego, a jego zdanie i wola są uwzględniane w całym procesie pracy socjalnej.',
    en: 'Subjectivity (agency), acceptance, self-determination and co-responsibility for change: the client takes an active part in every methodical stage, and their view and will are considered throughout social work.',
  },
  {
    pl: 'Zasada wzmacniania kompetencji i możliwości rozwojowych klienta: klient jest ekspertem we własnym życiu; pracownik socjalny nie wyręcza go w działaniach, lecz mobilizuje go i wspiera w wysiłkach na rzecz przezwyciężenia problemu.',
    en: 'Empowerment: the client is the expert on their own life; the social worker does not act in their place but mobilises and supports their efforts to overcome the problem.',
  },
  {
    pl: 'Zasada indywidualizacji: techniki pracy (budowanie relacji, motywowanie, towarzyszenie) są dobrane do profilu klientów określonego w standardzie, a działania – do indywidualnych potrzeb i możliwości klienta.',
    en: 'Individualisation: working techniques (building the relationship, motivating, accompanying) match the client profile of the standard, and actions fit the client’s own needs and capacities.',
  },
  {
    pl: 'Zasada solidarności i udostępniania zasobów: w osiąganie celów pracy socjalnej angażowane są inne podmioty, a klient otrzymuje wsparcie w wyborze usług innych specjalistów i w korzystaniu z nich.',
    en: 'Solidarity and access to resources: other bodies are involved in reaching the goals of social work, and the client is supported in choosing and using other specialists’ services.',
  },
  {
    pl: 'Zasada poufności: klient jest informowany o działaniach podejmowanych w toku pracy socjalnej, m.in. o przekazywaniu informacji o jej przebiegu pracownikowi ds. świadczeń, o kontaktach z innymi podmiotami w jego sprawie oraz o działaniach podejmowanych, gdy nie wywiązuje się z ustaleń.',
    en: 'Confidentiality: the client is told about the actions taken in their case, e.g. information on the course of social work passed to the benefits worker, contacts with other bodies about them, and what happens if they do not keep to agreed actions.',
  },
  {
    pl: 'Wartości wspólnej części standardów: godność, wolność, podmiotowość i równość wszystkich klientów i ich rodzin.',
    en: 'Values of the standards’ common part: the dignity, freedom, subjectivity and equality of all clients and their families.',
  },
];

// docs/standard.md §1.1 [SRC 1], §2.1 common rules, §4.4 and §5.3 [SEED-000], §1.6 [SEED-003 slide 20].
const SOCIAL_WORK_DELIVERY: Localized[] = [
  {
    pl: 'Praca socjalna metodą indywidualnego przypadku, według etapów postępowania metodycznego (1a–5), z wykorzystaniem narzędzi pracy socjalnej; fakultatywnie także metodą grupową.',
    en: 'Social work by the case-work method, along the methodical stages (1a–5), using the social-work tools; group work is optional.',
  },
  {
    pl: 'Współpraca z klientem jest ukierunkowana na rozwiązanie jego problemu i opiera się na zasobach klienta oraz zasobach środowiska.',
    en: 'Work with the client aims at solving their problem and builds on the client’s and the community’s resources.',
  },
  {
    pl: 'Praca socjalna jest procesem – zaplanowanym ciągiem działań zmierzających do celu uzgodnionego z klientem; czynności jednorazowe (np. odpowiedź na pytanie o uprawnienie do świadczenia, jednorazowe wsparcie emocjonalne) nie są pracą socjalną.',
    en: 'Social work is a process – a planned sequence of actions towards a goal agreed with the client; one-off acts (e.g. answering a question about entitlement to a benefit, a single moment of emotional support) are not social work.',
  },
  {
    pl: 'Pracownik socjalny nie prowadzi postępowań administracyjnych w sprawie świadczeń, ale wpływa na ich wysokość, formę i rodzaj: gdy klient korzysta równocześnie z pracy socjalnej i ze świadczeń, przekazuje pracownikowi ds. świadczeń informację (opinię lub zaświadczenie) o prowadzonej pracy socjalnej.',
    en: 'The social worker conducts no administrative proceedings on benefits but influences their amount, form and type: when the client receives both social work and benefits, the worker passes information (an opinion or a certificate) on the social work to the benefits worker.',
  },
  {
    pl: 'Postulat praktyków pilotażu: na każdym etapie można zaktualizować sytuację klienta krótką notatką służbową, bez cofania się do etapu 1a; gdy nic się nie zmieniło – krótka informacja, że nie zaszły istotne zmiany.',
    en: 'Pilot practitioners’ request: the client’s situation can be updated at any stage by a short service note, without going back to stage 1a; if nothing changed, a short statement that no significant change occurred.',
  },
  {
    pl: 'Postulat praktyków pilotażu: w sytuacji interwencyjnej umowę współpracy zawiera się na etapie wybranym przez pracownika socjalnego, na działania związane z interwencją, i rozszerza ją po diagnozie.',
    en: 'Pilot practitioners’ request: in a crisis the cooperation agreement is concluded at the stage the social worker chooses, for the intervention, and extended after the diagnosis.',
  },
];

// docs/standard.md §1.4–1.5: tool classes [SEED-000], agreement nr 3 `OO_3` [SRC 5], statutory tools reused [SRC 2].
const SOCIAL_WORK_TOOLS: Localized[] = [
  {
    pl: 'Narzędzia obligatoryjne ogólne (OO), stosowane obowiązkowo na danym etapie z każdą kategorią klientów: „Wywiad – rozpoznanie sytuacji” (etap 1a), kwestionariusz „Diagnoza – ocena sytuacji” (etap 1c), umowa współpracy (narzędzie nr 3, sygnatura OO_3, etapy 2 i 3; wypełnia pracownik socjalny wspólnie z klientem).',
    en: 'Obligatory general tools (OO), used at their stage with every client category: the recognition interview „Wywiad – rozpoznanie sytuacji” (stage 1a), the assessment questionnaire „Diagnoza – ocena sytuacji” (stage 1c), the cooperation agreement (tool nr 3, code OO_3, stages 2 and 3; filled in by the social worker together with the client).',
  },
  {
    pl: 'Karta pracy socjalnej – dokumentuje wszystkie działania metodyczne prowadzone przez pracownika socjalnego.',
    en: 'The social-work record card (Karta pracy socjalnej) documents every methodical action of the social worker.',
  },
  {
    pl: 'Narzędzia obligatoryjne specjalistyczne (OS) – wywiady specjalistyczne stosowane obowiązkowo na etapie diagnozy (1b), zależnie od kategorii i problemu klienta.',
    en: 'Obligatory specialist tools (OS) – specialist interviews used obligatorily at the diagnosis stage (1b), chosen by the client’s category and problem.',
  },
  {
    pl: 'Narzędzia fakultatywne specjalistyczne (FS) – mogą być stosowane na etapie diagnozy (1b).',
    en: 'Optional specialist tools (FS) – may be used at the diagnosis stage (1b).',
  },
  {
    pl: 'Wykorzystywane są też narzędzia ustawowe: rodzinny wywiad środowiskowy (wzór z 2011 r., zwłaszcza części I i IV) oraz kontrakt socjalny (wzór z 2010 r.).',
    en: 'Statutory tools are reused: the family community interview (2011 form, especially parts I and IV) and the social contract (2010 form).',
  },
];

// docs/standard.md §4.1 [SRC 5] and §7 [SEED-000]: goals are agreed with the client in the cooperation agreement.
const SOCIAL_WORK_GOALS: Localized[] = [
  {
    pl: 'Upodmiotowienie klienta i rozwiązanie jego problemu w oparciu o zasoby klienta i środowiska.',
    en: 'Empowering the client and solving their problem with the client’s and the community’s resources.',
  },
  {
    pl: 'Na etapie 2 pracownik socjalny i klient ustalają w umowie współpracy cel ogólny wraz z okresem potrzebnym do jego osiągnięcia oraz cele szczegółowe z kryteriami sukcesu („po czym poznamy, że cel został osiągnięty?”), we wszystkich obszarach życia związanych z problemem.',
    en: 'At stage 2 the social worker and the client set, in the cooperation agreement, a general goal with the period needed to reach it, and specific goals with success criteria (“how will we know we achieved it?”), in every life area tied to the problem.',
  },
];

// docs/standard.md §1.6, §3 [SEED-003 slide 20]: intensity follows the client, not a prescribed count.
const NO_MEETING_COUNT: Localized = {
  pl: 'Standard nie powinien wyznaczać liczby spotkań z klientem; intensywność pracy zależy od potrzeb klienta (postulat praktyków pilotażu).',
  en: 'The standard should not set a number of meetings with the client; the intensity of work follows the client’s needs (pilot practitioners’ request).',
};

// docs/standard.md §2.2, §5.1, §5.5 [SEED-000]: how "specialist" services are organised and by whom.
const SERVICE_DELIVERY: Localized[] = [
  {
    pl: 'Jednostka organizacyjna pomocy społecznej (JOPS) odpowiada za organizację usługi w siedmiu etapach: diagnoza potrzeb lokalnych, ustalenie zakresu usługi, wybór formy realizacji, wybór sposobu finansowania, wybór wykonawcy, nadzór i monitoring, ewaluacja.',
    en: 'The social-assistance unit (JOPS) organises the service in seven stages: local needs assessment, scope, form of delivery, financing, choice of provider, supervision and monitoring, evaluation.',
  },
  {
    pl: 'Projekt promuje wykonywanie wystandaryzowanej usługi „specjalistycznej” przez organizację pozarządową.',
    en: 'The project promotes delivery of the standardised “specialist” service by a non-governmental organisation.',
  },
  {
    pl: 'Realizacja usługi obejmuje jej organizację (wszystkie czynności poza bezpośrednim wykonywaniem) i wykonywanie (czynności bezpośrednio wobec adresata); forma realizacji określa, kto, w jakim trybie i w jakiej postaci wykonuje usługę.',
    en: 'Delivering a service comprises its organisation (everything except direct execution) and its execution (direct activities for the recipient); the form of delivery states who delivers it, in what mode and form.',
  },
];

// docs/standard.md §2.3 point 7 [SEED-000]: what the provider-conditions area covers; the figures were not read.
const PROVIDER_CONDITIONS: Localized[] = [
  {
    pl: 'Wsparcie merytoryczne dla praktyków wykonujących usługę.',
    en: 'Substantive support for the practitioners delivering the service.',
  },
  {
    pl: 'Wyposażenie niezbędne do pracy.',
    en: 'Equipment needed for the work.',
  },
  {
    pl: 'Warunki techniczne.',
    en: 'Technical conditions.',
  },
];

// docs/standard.md §7 [SRC 20c]: the values are stated for the standards' common part; that they bind services too is an inference.
const SERVICE_VALUES_INFERRED: Localized = {
  pl: 'Prawdopodobnie (niepotwierdzone) obowiązują wartości wspólnej części standardów: godność, wolność, podmiotowość i równość klientów i ich rodzin.',
  en: 'Probably (unconfirmed) the values of the standards’ common part apply: the dignity, freedom, subjectivity and equality of clients and their families.',
};

const NOT_READ = {
  goals: {
    pl: 'Cele i rezultaty tej usługi nie zostały odczytane ze źródeł.',
    en: 'The goals and results of this service were not read from the sources.',
  },
  tools: {
    pl: 'Standard reguluje narzędzia pracy i dokumentowania usługi; ich wykaz nie został odczytany ze źródeł.',
    en: 'The standard regulates the tools for the work and for documenting the service; their list was not read from the sources.',
  },
  timeFrames: {
    pl: 'Standard reguluje czas wykonywania poszczególnych czynności; wartości nie zostały odczytane ze źródeł.',
    en: 'The standard regulates the time of particular activities; the figures were not read from the sources.',
  },
  providerConditions: {
    pl: 'Warunki, jakie wykonawca usługi musi spełnić wobec praktyków, oraz warunki techniczne; szczegółowe wymagania nie zostały odczytane ze źródeł.',
    en: 'Conditions the provider must meet towards practitioners, and technical conditions; the detailed requirements were not read from the sources.',
  },
} satisfies Record<string, Localized>;

export const STANDARDS: Standard[] = StandardsList.parse([
  // docs/standard.md §2.1 row 4 [SRC 10]
  {
    id: 'sw-disability',
    kind: 'social-work',
    pairedWith: 'svc-counselling-disability',
    name: {
      pl: 'Standard pracy socjalnej z osobami z niepełnosprawnością i ich rodzinami, z uwzględnieniem osób z zaburzeniami psychicznymi',
      en: 'Standard of social work with persons with disability and their families, including persons with mental disorders',
    },
    shortName: { pl: 'Praca socjalna – niepełnosprawność', en: 'Social work – disability' },
    subGroups: [
      {
        id: 'somatically-ill',
        name: { pl: 'Osoby chore somatycznie', en: 'Somatically ill persons' },
        evidence: 'source',
      },
      {
        id: 'mentally-ill',
        name: { pl: 'Osoby chorujące psychicznie', en: 'Mentally ill persons' },
        evidence: 'source',
      },
      {
        id: 'physical-disability',
        name: { pl: 'Osoby z niepełnosprawnością (fizyczną)', en: 'Persons with (physical) disability' },
        evidence: 'source',
      },
      { id: 'deaf', name: { pl: 'Osoby głuche', en: 'Deaf persons' }, evidence: 'source' },
      { id: 'blind', name: { pl: 'Osoby niewidome', en: 'Blind persons' }, evidence: 'source' },
      {
        id: 'intellectual-disability',
        name: { pl: 'Osoby z niepełnosprawnością intelektualną', en: 'Persons with intellectual disability' },
        evidence: 'source',
      },
    ],
    areas: {
      values: {
        summary: {
          pl: 'Zasady pracy socjalnej wspólne dla standardów; standard ma też załącznik z zasadami (jego treść nie została odczytana).',
          en: 'The principles of social work common to the standards; the standard also has an annex on principles (its content was not read).',
        },
        points: SOCIAL_WORK_VALUES,
        evidence: 'seed',
      },
      addressees: {
        summary: {
          pl: 'Osoby z niepełnosprawnością i ich rodziny, w tym osoby z zaburzeniami psychicznymi, w sześciu podgrupach.',
          en: 'Persons with disability and their families, including persons with mental disorders, in six sub-groups.',
        },
        points: [
          {
            pl: 'Standard opisuje specyfikę pracy z osobami chorymi somatycznie, chorującymi psychicznie, z niepełnosprawnością (fizyczną), głuchymi, niewidomymi i z niepełnosprawnością intelektualną – każdorazowo wraz z ich rodzinami.',
            en: 'The standard describes the specifics of work with somatically ill persons, mentally ill persons, persons with (physical) disability, deaf persons, blind persons and persons with intellectual disability – each together with their families.',
          },
        ],
        evidence: 'source',
      },
      goals: {
        summary: {
          pl: 'Cele wspólne pracy socjalnej; cele szczegółowe właściwe dla tej kategorii klientów nie zostały odczytane ze źródeł.',
          en: 'The goals common to social work; the specific goals of this client category were not read from the sources.',
        },
        points: SOCIAL_WORK_GOALS,
        evidence: 'source',
      },
      delivery: {
        summary: {
          pl: 'Praca metodą indywidualnego przypadku dostosowana do podgrupy, z rodziną; praca grupowa opisana dla każdej podkategorii.',
          en: 'Case work fitted to the sub-group, with the family; group work described for each sub-category.',
        },
        points: [
          ...SOCIAL_WORK_DELIVERY,
          {
            pl: 'Załączniki standardu: zasady, dwa opisy przypadków oraz praca grupowa w każdej podkategorii klientów.',
            en: 'Annexes of the standard: principles, two case descriptions, and group work for each client sub-category.',
          },
        ],
        evidence: 'source',
      },
      tools: {
        summary: {
          pl: 'Narzędzia wspólne oraz wywiady specjalistyczne na etapie 1b, w tym narzędzie nr 9 „Wywiad z rodziną osoby niepełnosprawnej”.',
          en: 'The common tools and the specialist interviews at stage 1b, including tool nr 9, the interview with the family of a disabled person.',
        },
        points: [
          ...SOCIAL_WORK_TOOLS,
          {
            pl: 'Narzędzie pracy socjalnej nr 9 „Wywiad z rodziną osoby niepełnosprawnej” (etap 1b; tytuł i numer potwierdzone, klasa OS wywnioskowana).',
            en: 'Social-work tool nr 9, the interview with the family of a disabled person (stage 1b; title and number confirmed, class OS inferred).',
          },
        ],
        evidence: 'source',
      },
      timeFrames: {
        summary: {
          pl: 'Ramy czasowe tego standardu nie zostały odczytane ze źródeł; domyślnie brak terminów etapów.',
          en: 'The time frames of this standard were not read from the sources; by default the stages have no deadlines.',
        },
        points: [NO_MEETING_COUNT],
        evidence: 'unconfirmed',
      },
    },
    authors: ['G. Kaczmarek', 'B. Karlińska', 'A. Kruczek', 'I. Płatek', 'M. Polak', 'M. Sobkowiak'],
  },

  // docs/standard.md §2.1 row 1 [SEED-000], Toruń practice [SEED-003 slides 14–18]
  {
    id: 'sw-family-children',
    kind: 'social-work',
    pairedWith: 'svc-family-counselling',
    name: {
      pl: 'Standard pracy socjalnej z rodzinami z dziećmi',
      en: 'Standard of social work with families with children',
    },
    shortName: { pl: 'Praca socjalna – rodziny z dziećmi', en: 'Social work – families with children' },
    // docs/standard.md §2.1: sub-groups not retrieved.
    subGroups: [],
    areas: {
      values: {
        summary: {
          pl: 'Zasady pracy socjalnej wspólne dla standardów; w Toruniu za dobrą praktykę uznano podmiotowe traktowanie klienta.',
          en: 'The principles of social work common to the standards; Toruń practitioners named treating the client as a subject as good practice.',
        },
        points: SOCIAL_WORK_VALUES,
        evidence: 'seed',
      },
      addressees: {
        summary: {
          pl: 'Rodziny z dziećmi; podkategorie i podgrupy problemowe standardu nie zostały odczytane ze źródeł.',
          en: 'Families with children; the standard’s sub-categories and problem sub-groups were not read from the sources.',
        },
        points: [
          {
            pl: 'Rodziny z dziećmi korzystające z pracy socjalnej, w razie potrzeby równolegle ze świadczeniami przyznawanymi przez pracownika ds. świadczeń.',
            en: 'Families with children receiving social work, where needed alongside benefits granted by the benefits worker.',
          },
        ],
        evidence: 'seed',
      },
      goals: {
        summary: {
          pl: 'Cele wspólne pracy socjalnej; cele szczegółowe właściwe dla tej kategorii klientów nie zostały odczytane ze źródeł.',
          en: 'The goals common to social work; the specific goals of this client category were not read from the sources.',
        },
        points: SOCIAL_WORK_GOALS,
        evidence: 'source',
      },
      delivery: {
        summary: {
          pl: 'Praca metodą indywidualnego przypadku z rodziną, w miejscu wybranym przez klienta, z dbałością o dzieci i o warunki rozmowy.',
          en: 'Case work with the family, at a place the client chooses, with attention to the children and to the conditions for the conversation.',
        },
        points: [
          ...SOCIAL_WORK_DELIVERY,
          {
            pl: 'Dobre praktyki z Torunia: spotkania w siedzibie ośrodka lub w domu – zgodnie z wolą klienta; okazywanie zainteresowania dzieciom; kącik dla dzieci w ośrodku; towarzyszenie w sprawach urzędowych i pomoc w pismach; występowanie do fundacji i poszukiwanie sponsorów; organizowanie poradnictwa psychologicznego, pedagogicznego i prawnego.',
            en: 'Good practice in Toruń: meetings at the centre or at home as the client wishes; showing interest in the children; a children’s corner at the centre; accompanying the client in official matters and helping with letters; applying to foundations and seeking sponsors; arranging psychological, pedagogical and legal counselling.',
          },
          {
            pl: 'Warunki rozmowy: klient wybiera miejsce, pracownik w miarę możliwości zapewnia intymność (dzieci zajęte w innym pomieszczeniu), okazuje empatię i zapewnia o zachowaniu poufności.',
            en: 'Conditions for the conversation: the client chooses the place, the worker secures privacy where possible (children looked after in another room), shows empathy and assures confidentiality.',
          },
          {
            pl: 'Gdy praca jest niemożliwa z przyczyn losowych (śmierć członka rodziny, przeprowadzka, interwencja), działania czasowo się zawiesza; odwołane spotkania przekłada się na nowe terminy.',
            en: 'When work is impossible for chance reasons (a death in the family, a move, an intervention) it is suspended for a time; cancelled meetings are rescheduled.',
          },
          {
            pl: 'Kontekst prawny: ustawa z dnia 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej (m.in. asystent rodziny).',
            en: 'Legal context: the Act of 9 June 2011 on family support and the foster-care system (among others the family assistant).',
          },
        ],
        evidence: 'source',
      },
      tools: {
        summary: {
          pl: 'Narzędzia wspólne; wywiad specjalistyczny z rodziną z dziećmi na etapie 1b (tytuł niepotwierdzony).',
          en: 'The common tools; a specialist interview with the family at stage 1b (title unconfirmed).',
        },
        points: SOCIAL_WORK_TOOLS,
        evidence: 'source',
      },
      timeFrames: {
        summary: {
          pl: 'Praktycy z Torunia: nie ma możliwości ustalenia jednoznacznych ram czasowych; domyślnie brak terminów etapów.',
          en: 'Toruń practitioners: no fixed time frames can be set; by default the stages have no deadlines.',
        },
        points: [
          {
            pl: 'Standard określa ramy czasowe dla każdego etapu (wartości nie zostały odczytane ze źródeł).',
            en: 'The standard sets time frames for each stage (the figures were not read from the sources).',
          },
          {
            pl: 'Ramy czasowe zależą od klienta, jego problemów i warunków do rozmowy; skuteczność działań zależy od poziomu intelektualnego klienta, jego zaangażowania, nastawienia do współpracy, motywacji oraz osobowości klienta i pracownika socjalnego.',
            en: 'Time frames depend on the client, their problems and the conditions for the conversation; effectiveness depends on the client’s intellectual level, engagement, attitude to cooperation, motivation, and the personalities of client and social worker.',
          },
          NO_MEETING_COUNT,
        ],
        evidence: 'seed',
      },
    },
    authors: [],
  },

  // docs/standard.md §2.1 row 5 [SRC 11], §0.1 annexes, §7 legal layer [SRC 43–46]
  {
    id: 'sw-violence',
    kind: 'social-work',
    pairedWith: 'svc-crisis-intervention',
    name: {
      pl: 'Standard pracy socjalnej z rodziną doświadczającą przemocy w rodzinie',
      en: 'Standard of social work with a family experiencing domestic violence',
    },
    shortName: { pl: 'Praca socjalna – przemoc w rodzinie', en: 'Social work – domestic violence' },
    subGroups: [
      {
        id: 'adult-victim',
        name: { pl: 'Dorosła osoba doświadczająca przemocy', en: 'Adult experiencing violence' },
        evidence: 'source',
      },
      {
        id: 'older-or-disabled-victim',
        name: {
          pl: 'Osoba starsza lub z niepełnosprawnością doświadczająca przemocy',
          en: 'Older or disabled person experiencing violence',
        },
        evidence: 'source',
      },
      {
        id: 'child-victim',
        name: { pl: 'Dziecko doświadczające przemocy', en: 'Child experiencing violence' },
        evidence: 'source',
      },
      {
        id: 'adult-or-older-perpetrator',
        name: {
          pl: 'Osoba dorosła lub starsza stosująca przemoc',
          en: 'Adult or older person using violence',
        },
        evidence: 'source',
      },
      {
        id: 'child-perpetrator',
        name: { pl: 'Dziecko stosujące przemoc', en: 'Child using violence' },
        evidence: 'source',
      },
    ],
    areas: {
      values: {
        summary: {
          pl: 'Zasady pracy socjalnej wspólne dla standardów; zespół ekspercki opracował zasady częściowo za DuBois i Miley.',
          en: 'The principles of social work common to the standards; the expert team drafted its principles partly after DuBois and Miley.',
        },
        points: [
          ...SOCIAL_WORK_VALUES,
          {
            pl: 'Standard ma załącznik z zasadami pracy z rodziną doświadczającą przemocy (jego treść nie została odczytana).',
            en: 'The standard has an annex on the principles of work with a family experiencing violence (its content was not read).',
          },
        ],
        evidence: 'source',
      },
      addressees: {
        summary: {
          pl: 'Rodzina doświadczająca przemocy w rodzinie: osoby doświadczające przemocy i osoby ją stosujące, w pięciu podgrupach.',
          en: 'A family experiencing domestic violence: persons experiencing and persons using violence, in five sub-groups.',
        },
        points: [
          {
            pl: 'Standard rozróżnia pracę socjalną z: dorosłą osobą doświadczającą przemocy; osobą starszą lub z niepełnosprawnością doświadczającą przemocy; dzieckiem doświadczającym przemocy; osobą dorosłą lub starszą stosującą przemoc; dzieckiem stosującym przemoc.',
            en: 'The standard distinguishes social work with: an adult experiencing violence; an older or disabled person experiencing violence; a child experiencing violence; an adult or older person using violence; a child using violence.',
          },
        ],
        evidence: 'source',
      },
      goals: {
        summary: {
          pl: 'Cele wspólne pracy socjalnej; cele szczegółowe właściwe dla tej kategorii klientów nie zostały odczytane ze źródeł.',
          en: 'The goals common to social work; the specific goals of this client category were not read from the sources.',
        },
        points: SOCIAL_WORK_GOALS,
        evidence: 'source',
      },
      delivery: {
        summary: {
          pl: 'Praca metodą indywidualnego przypadku zróżnicowana według podgrup, uzupełniana pracą grupową i grupami samopomocowymi.',
          en: 'Case work differentiated by sub-group, complemented by group work and self-help groups.',
        },
        points: [
          ...SOCIAL_WORK_DELIVERY,
          {
            pl: 'Załączniki standardu: praca grupowa, grupa psychoedukacyjna dla kobiet, rola pracownika socjalnego w grupach samopomocowych.',
            en: 'Annexes of the standard: group work, a psycho-educational group for women, the social worker’s role in self-help groups.',
          },
          {
            pl: 'Stan prawny od 2023 r.: ustawa z 2005 r. nosi tytuł „o przeciwdziałaniu przemocy domowej”, nadany ustawą z dnia 9 marca 2023 r. (Dz.U. 2023 poz. 535); procedurę „Niebieskie Karty” określa rozporządzenie Rady Ministrów z dnia 6 września 2023 r. (Dz.U. 2023 poz. 1870), z grupami diagnostyczno-pomocowymi.',
            en: 'Law since 2023: the 2005 act is titled “on counteracting domestic violence”, renamed by the Act of 9 March 2023 (Dz.U. 2023 item 535); the “Blue Card” procedure is set by the Council of Ministers regulation of 6 September 2023 (Dz.U. 2023 item 1870), with diagnostic-and-support groups.',
          },
        ],
        evidence: 'source',
      },
      tools: {
        summary: {
          pl: 'Narzędzia wspólne, wywiady specjalistyczne na etapie 1b (tytuły niepotwierdzone) oraz instrumenty z załączników wersji roboczej.',
          en: 'The common tools, specialist interviews at stage 1b (titles unconfirmed) and the instruments annexed to the working version.',
        },
        points: [
          ...SOCIAL_WORK_TOOLS,
          {
            pl: 'Załączniki wersji roboczej standardu: „Przemoc wobec dzieci – wstępna diagnoza” oraz „Arkusz do oszacowania procesu zniewolenia – wyzwolenia” (ich status jako narzędzi fakultatywnych jest niepotwierdzony).',
            en: 'Annexes of the standard’s working version: “Violence against children – initial diagnosis” and “Sheet for estimating the process of enslavement – liberation” (their status as optional tools is unconfirmed).',
          },
        ],
        evidence: 'source',
      },
      timeFrames: {
        summary: {
          pl: 'Standard zawiera rozdział o ramach czasowych, ale jego wartości nie zostały odczytane; domyślnie brak terminów etapów.',
          en: 'The standard has a time-frames chapter, but its figures were not read; by default the stages have no deadlines.',
        },
        points: [NO_MEETING_COUNT],
        evidence: 'unconfirmed',
      },
    },
    authors: ['J. Grodecka', 'R. Kałucka', 'K. Sarzała', 'A. Żukiewicz'],
  },

  // docs/standard.md §2.1 row 2 [SRC 6–8]
  {
    id: 'sw-older',
    kind: 'social-work',
    pairedWith: 'svc-home-care-older',
    name: {
      pl: 'Standard pracy socjalnej z osobą starszą',
      en: 'Standard of social work with an older person',
    },
    shortName: { pl: 'Praca socjalna – osoby starsze', en: 'Social work – older persons' },
    // docs/standard.md §2.1: the two axes of the client-profile matrix; their categories were not read.
    subGroups: [
      {
        id: 'functional-health-status',
        name: {
          pl: 'Oś matrycy profili klienta: stan zdrowia funkcjonalnego',
          en: 'Client-profile matrix axis: functional health status',
        },
        evidence: 'unconfirmed',
      },
      {
        id: 'socio-economic-category',
        name: {
          pl: 'Oś matrycy profili klienta: kategorie społeczno-ekonomiczne',
          en: 'Client-profile matrix axis: socio-economic categories',
        },
        evidence: 'unconfirmed',
      },
    ],
    areas: {
      values: {
        summary: {
          pl: 'Zasady pracy socjalnej wspólne dla standardów.',
          en: 'The principles of social work common to the standards.',
        },
        points: SOCIAL_WORK_VALUES,
        evidence: 'seed',
      },
      addressees: {
        summary: {
          pl: 'Osoby starsze, kategoryzowane według stanu zdrowia funkcjonalnego i kategorii społeczno-ekonomicznych, połączonych w matrycę profili klienta.',
          en: 'Older persons, categorised by functional health status and by socio-economic categories, combined in a client-profile matrix.',
        },
        points: [
          {
            pl: 'Grupa docelowa jest opisana (a) według stanu zdrowia funkcjonalnego i (b) według kategorii społeczno-ekonomicznych; połączenie obu osi daje matrycę profili klienta (dokładne kategorie nie zostały odczytane).',
            en: 'The target group is described (a) by functional health status and (b) by socio-economic categories; together the two axes form a client-profile matrix (the exact categories were not read).',
          },
        ],
        evidence: 'source',
      },
      goals: {
        summary: {
          pl: 'Misja: wzmacnianie dobrostanu osoby starszej; cel ogólny: dostosowanie sytuacji i potrzeb osoby starszej do jej środowiska.',
          en: 'Mission: strengthening the older person’s well-being; general goal: aligning the older person’s situation and needs with their environment.',
        },
        points: [
          {
            pl: 'Misja: wzmacnianie dobrostanu osoby starszej – utrzymanie i poszerzanie jej samodzielności i aktywności oraz pomoc w rozwiązywaniu problemów w relacjach z innymi ludźmi i ze środowiskiem.',
            en: 'Mission: strengthening the older person’s well-being – maintaining and widening their independence and activity, and helping to solve problems in relations with other people and the environment.',
          },
          {
            pl: 'Cel ogólny: dostosowanie sytuacji i potrzeb osoby starszej do środowiska, w którym żyje.',
            en: 'General goal: aligning the older person’s situation and needs with the environment they live in.',
          },
          ...SOCIAL_WORK_GOALS,
        ],
        evidence: 'source',
      },
      delivery: {
        summary: {
          pl: 'Praca metodą indywidualnego przypadku; standard ma rozdział o etapach pracy z osobą starszą (treść nieodczytana).',
          en: 'Case work; the standard has a chapter on the stages of work with an older person (content not read).',
        },
        points: SOCIAL_WORK_DELIVERY,
        evidence: 'source',
      },
      tools: {
        summary: {
          pl: 'Narzędzia wspólne; wywiad specjalistyczny z osobą starszą na etapie 1b (tytuł niepotwierdzony).',
          en: 'The common tools; a specialist interview with the older person at stage 1b (title unconfirmed).',
        },
        points: SOCIAL_WORK_TOOLS,
        evidence: 'source',
      },
      timeFrames: {
        summary: {
          pl: 'Standard zawiera rozdział o ramach czasowych, ale jego wartości nie zostały odczytane; domyślnie brak terminów etapów.',
          en: 'The standard has a time-frames chapter, but its figures were not read; by default the stages have no deadlines.',
        },
        points: [NO_MEETING_COUNT],
        evidence: 'unconfirmed',
      },
    },
    authors: ['K. Balon', 'G. Rutkiewicz', 'J. Staręga-Piasek', 'K. Stec', 'I. Szmaglińska', 'M. Zielony'],
  },

  // docs/standard.md §2.1 row 3 [SEED-003 slides 21–27][SRC 9], §0.1 further sub-groups, §3 time frames
  {
    id: 'sw-unemployed',
    kind: 'social-work',
    pairedWith: 'svc-kis',
    name: {
      pl: 'Standard pracy socjalnej z osobami pozostającymi bez pracy',
      en: 'Standard of social work with persons out of work',
    },
    shortName: { pl: 'Praca socjalna – osoby bez pracy', en: 'Social work – persons out of work' },
    // The first three are sub-categories, the rest problem sub-groups (docs/standard.md §2.1); the schema has one list.
    subGroups: [
      { id: 'unemployed', name: { pl: 'Osoby bezrobotne', en: 'Unemployed persons' }, evidence: 'seed' },
      { id: 'job-seekers', name: { pl: 'Osoby poszukujące pracy', en: 'Job-seekers' }, evidence: 'seed' },
      {
        id: 'economically-inactive',
        name: { pl: 'Osoby nieaktywne zawodowo', en: 'Economically inactive persons' },
        evidence: 'seed',
      },
      {
        id: 'under-25',
        name: {
          pl: 'Osoby do 25. roku życia, w tym absolwenci',
          en: 'Persons under 25, including graduates',
        },
        evidence: 'seed',
      },
      {
        id: 'women-after-childbirth',
        name: {
          pl: 'Kobiety powracające na rynek pracy po urodzeniu dziecka',
          en: 'Women returning to the labour market after childbirth',
        },
        evidence: 'seed',
      },
      {
        id: 'single-mothers-carers',
        name: {
          pl: 'Kobiety samotnie wychowujące dzieci lub mające pod opieką osoby zależne',
          en: 'Women raising children alone or caring for dependants',
        },
        evidence: 'seed',
      },
      {
        id: 'no-qualifications',
        name: {
          pl: 'Osoby bez kwalifikacji zawodowych lub z kwalifikacjami nieaktualnymi',
          en: 'Persons without vocational qualifications or with outdated ones',
        },
        evidence: 'seed',
      },
      {
        id: 'after-prison',
        name: {
          pl: 'Osoby opuszczające zakłady karne i areszty śledcze',
          en: 'Persons leaving prisons and remand centres',
        },
        evidence: 'seed',
      },
      {
        id: 'disability',
        name: { pl: 'Osoby z niepełnosprawnością', en: 'Persons with disability' },
        evidence: 'seed',
      },
      { id: 'aged-50-plus', name: { pl: 'Osoby w wieku 50+', en: 'Persons aged 50+' }, evidence: 'seed' },
      {
        id: 'problems-preventing-activation',
        name: {
          pl: 'Osoby, których problemy uniemożliwiają lub odraczają aktywizację zawodową na początku pracy socjalnej',
          en: 'Persons whose problems prevent or defer vocational activation at the start of social work',
        },
        evidence: 'seed',
      },
      {
        id: 'long-term-unemployed',
        name: { pl: 'Osoby długotrwale bezrobotne', en: 'Long-term unemployed persons' },
        evidence: 'source',
      },
      {
        id: 'ethnic-minorities',
        name: { pl: 'Osoby z mniejszości etnicznych (Romowie)', en: 'Ethnic minorities (Roma)' },
        evidence: 'source',
      },
      {
        id: 'foreigners-refugees',
        name: { pl: 'Cudzoziemcy i uchodźcy', en: 'Foreigners and refugees' },
        evidence: 'source',
      },
    ],
    areas: {
      values: {
        summary: {
          pl: 'Zasady pracy socjalnej wspólne dla standardów; praktycy z Torunia dbali o klimat zaufania, poufność i jasne wyjaśnianie procedur.',
          en: 'The principles of social work common to the standards; Toruń practitioners cared for a climate of trust, confidentiality and clear explanation of procedures.',
        },
        points: SOCIAL_WORK_VALUES,
        evidence: 'seed',
      },
      addressees: {
        summary: {
          pl: 'Osoby pozostające bez pracy w trzech podkategoriach (bezrobotni, poszukujący pracy, nieaktywni zawodowo) i w podgrupach problemowych.',
          en: 'Persons out of work in three sub-categories (unemployed, job-seekers, economically inactive) and in problem sub-groups.',
        },
        points: [
          {
            pl: 'Podkategorie: osoby bezrobotne, osoby poszukujące pracy, osoby nieaktywne zawodowo.',
            en: 'Sub-categories: unemployed persons, job-seekers, economically inactive persons.',
          },
          {
            pl: 'Podgrupy problemowe wskazane w Toruniu: osoby do 25. roku życia; kobiety powracające na rynek pracy po urodzeniu dziecka; kobiety samotnie wychowujące dzieci lub mające pod opieką osoby zależne; osoby bez kwalifikacji zawodowych; osoby po opuszczeniu zakładu karnego; osoby z niepełnosprawnością; osoby w wieku 50+; osoby, których problemy uniemożliwiają aktywizację zawodową na początku pracy socjalnej.',
            en: 'Problem sub-groups named in Toruń: persons under 25; women returning to the labour market after childbirth; women raising children alone or caring for dependants; persons without vocational qualifications; persons after leaving prison; persons with disability; persons aged 50+; persons whose problems prevent vocational activation at the start of social work.',
          },
          {
            pl: 'Spis treści standardu (2011) wymienia ponadto: absolwentów wśród osób do 25. roku życia, osoby z kwalifikacjami nieaktualnymi, osoby opuszczające areszty śledcze, osoby długotrwale bezrobotne, mniejszości etniczne (Romów) oraz cudzoziemców i uchodźców.',
            en: 'The standard’s table of contents (2011) also names graduates among persons under 25, persons with outdated qualifications, persons leaving remand centres, long-term unemployed persons, ethnic minorities (Roma), and foreigners and refugees.',
          },
        ],
        evidence: 'source',
      },
      goals: {
        summary: {
          pl: 'Wzmocnienie oraz stworzenie warunków sprzyjających odzyskaniu zdolności do funkcjonowania klientów na rynku pracy poprzez pełnienie odpowiednich ról społecznych i zawodowych.',
          en: 'Strengthening clients and creating conditions for them to regain the ability to function on the labour market through appropriate social and occupational roles.',
        },
        points: [
          {
            pl: 'Cele szczegółowe wskazane przez praktyków z Torunia: zdobycie wyższych kwalifikacji zawodowych i umiejętności obsługi komputera; wiedza o metodach poszukiwania pracy, planowaniu kariery, tworzeniu dokumentów aplikacyjnych i lokalnych ofertach pracy.',
            en: 'Specific goals named by Toruń practitioners: higher vocational qualifications and computer skills; knowledge of job-search methods, career planning, writing application documents and local job offers.',
          },
          {
            pl: 'Dalsze cele szczegółowe: skuteczna komunikacja, kreatywność, autoprezentacja, wiedza o zawodach przyszłości, poprawa stanu zdrowia i funkcjonowania w środowisku.',
            en: 'Further specific goals: effective communication, creativity, self-presentation, knowledge of future occupations, better health and better functioning in the community.',
          },
          ...SOCIAL_WORK_GOALS,
        ],
        evidence: 'source',
      },
      delivery: {
        summary: {
          pl: 'Praca metodą indywidualnego przypadku według diagramu kompleksowej diagnozy ze standardu, z indywidualnym pakietem usług obejmującym m.in. KIS.',
          en: 'Case work following the standard’s comprehensive-diagnosis diagram, with an individual service package that includes, among others, the KIS.',
        },
        points: [
          ...SOCIAL_WORK_DELIVERY,
          {
            pl: 'Praktycy z Torunia postępowali zgodnie z diagramem kompleksowej diagnozy opracowanym w standardzie.',
            en: 'Toruń practitioners followed the comprehensive-diagnosis diagram of the standard.',
          },
          {
            pl: 'Droga do celu: narzędzia standardu, współpraca z Klubem Integracji Społecznej, zapoznawanie klientów z lokalną ofertą szkoleniową (m.in. CISTOR, WUP, PUP, szkolenia systemowe MOPR) i kompleksowa praca socjalna dostosowana do potrzeb klienta.',
            en: 'Ways to the goal: the standard’s tools, cooperation with the Social Integration Club, introducing clients to the local training offer (e.g. CISTOR, the regional and district labour offices, MOPR training) and comprehensive social work fitted to the client’s needs.',
          },
          {
            pl: 'Indywidualny pakiet usług: KIS, poradnictwo specjalistyczne, informacja o wsparciu instytucji rynku pracy, doradca zawodowy, opieka nad osobami zależnymi, trening kompetencji społecznych, szkolenia zawodowe, doradztwo edukacyjne, wyszukiwanie ofert pracy, pomoc w tworzeniu dokumentów aplikacyjnych, aktywizacja zawodowa, edukacja zdrowotna, propozycja terapii psychologicznej.',
            en: 'Individual service package: the KIS, specialist counselling, information on labour-market institutions, a vocational adviser, care for dependants, social-skills training, vocational training, educational guidance, job-offer search, help with application documents, vocational activation, health education, an offer of psychological therapy.',
          },
          {
            pl: 'Praktycy postulowali rozszerzenie pakietu usług o pomoc psychologiczną, psychiatryczną i prawną; współpracowali z prawnikiem, psychologiem, terapeutą uzależnień, konsultantem pomocy społecznej i superwizorem.',
            en: 'Practitioners asked to add psychological, psychiatric and legal help to the package; they worked with a lawyer, a psychologist, an addiction therapist, a social-assistance consultant and a supervisor.',
          },
          {
            pl: 'Typowe trudności: brak motywacji i strach przed zmianą, niskie kwalifikacje, brak wiary we własne możliwości, roszczeniowość, niska samoocena, nawarstwienie problemów, wyuczona bezradność; przezwyciężane rozmowami wspierającymi, motywującymi i edukującymi, pracą na zasobach, superwizją koleżeńską i konsultacjami.',
            en: 'Typical difficulties: lack of motivation and fear of change, low qualifications, lack of self-belief, a demanding attitude, low self-esteem, accumulated problems, learned helplessness; met by supportive, motivating and educational talks, resource-based work, peer supervision and consultation.',
          },
        ],
        evidence: 'source',
      },
      tools: {
        summary: {
          pl: 'Narzędzia wspólne oraz obligatoryjny wywiad z osobą pozostającą bez pracy na etapie 1b.',
          en: 'The common tools and the obligatory interview with the person out of work at stage 1b.',
        },
        points: [
          ...SOCIAL_WORK_TOOLS,
          {
            pl: 'Wywiad z osobą pozostającą bez pracy – obligatoryjny wywiad specjalistyczny na etapie 1b (istnienie potwierdzone, dokładny tytuł niepotwierdzony).',
            en: 'The interview with a person out of work – the obligatory specialist interview at stage 1b (existence confirmed, exact title unconfirmed).',
          },
          {
            pl: 'Uwagi praktyków z Torunia: konstrukcja wywiadu z osobą pozostającą bez pracy sprawiała trudność; narzędzia fakultatywne nie były dostosowane do możliwości poznawczych części klientów; kwestionariusz „Diagnoza – ocena sytuacji” warto stosować przed tym wywiadem lub połączyć z „Wywiadem – rozpoznanie sytuacji”; formularz umowy współpracy należy uprościć, usunąć godziny rozliczenia umowy i dodać miejsce na działania pracownika socjalnego.',
            en: 'Toruń practitioners’ remarks: the structure of the interview with a person out of work was difficult; the optional tools did not suit some clients’ cognitive abilities; the questionnaire “Diagnoza – ocena sytuacji” should come before that interview or be merged with the recognition interview; the cooperation-agreement form should be simpler, drop the hours accounting and gain a place for the social worker’s own actions.',
          },
        ],
        evidence: 'source',
      },
      timeFrames: {
        summary: {
          pl: 'Etap 1 (diagnoza 1a–1c): 2,5–3 miesiące w ocenie praktyków z Torunia, stąd domyślnie 90 dni (praktyka pilotażu); pozostałe terminy standardu nie zostały odczytane.',
          en: 'Stage 1 (diagnosis 1a–1c): 2.5–3 months as assessed by Toruń practitioners, hence 90 days by default (pilot practice); the standard’s other figures were not read.',
        },
        points: [
          {
            pl: 'Etap 1: 2,5–3 miesiące (ocena praktyków z Torunia); pierwotna wartość w standardzie nie została odczytana.',
            en: 'Stage 1: 2.5–3 months (Toruń practitioners’ assessment); the standard’s original figure was not read.',
          },
          {
            pl: 'Etap 2: praktycy nie proponowali zmian ram czasowych standardu.',
            en: 'Stage 2: practitioners proposed no change to the standard’s frame.',
          },
          {
            pl: 'Etap 3: czas zależy od treści umowy współpracy.',
            en: 'Stage 3: the time depends on the content of the cooperation agreement.',
          },
          {
            pl: 'Etapy 4 i 5: praktycy nie proponowali zmian ram czasowych standardu.',
            en: 'Stages 4 and 5: practitioners proposed no change to the standard’s frames.',
          },
          NO_MEETING_COUNT,
        ],
        evidence: 'seed',
      },
    },
    authors: ['J. Pauli', 'A. Kłos', 'T. Musielski', 'S. Lipke', 'M. Sosnowski'],
  },

  // docs/standard.md §2.2 row 1 [SEED-000]: details unconfirmed.
  {
    id: 'svc-counselling-disability',
    kind: 'specialist-service',
    pairedWith: 'sw-disability',
    name: {
      pl: 'Standard poradnictwa specjalistycznego dla osób z niepełnosprawnością i ich rodzin, z uwzględnieniem osób z zaburzeniami psychicznymi',
      en: 'Standard of specialist counselling for persons with disability and their families, including persons with mental disorders',
    },
    shortName: {
      pl: 'Poradnictwo specjalistyczne – niepełnosprawność',
      en: 'Specialist counselling – disability',
    },
    subGroups: [],
    areas: {
      values: {
        summary: {
          pl: 'Wartości i zasady tej usługi nie zostały odczytane ze źródeł.',
          en: 'The values and principles of this service were not read from the sources.',
        },
        points: [SERVICE_VALUES_INFERRED],
        evidence: 'unconfirmed',
      },
      addressees: {
        summary: {
          pl: 'Osoby z niepełnosprawnością i ich rodziny, z uwzględnieniem osób z zaburzeniami psychicznymi.',
          en: 'Persons with disability and their families, including persons with mental disorders.',
        },
        points: [
          {
            pl: 'Usługa „specjalistyczna” sparowana ze standardem pracy socjalnej z osobami z niepełnosprawnością i ich rodzinami.',
            en: 'A “specialist” service paired with the standard of social work with persons with disability and their families.',
          },
        ],
        evidence: 'seed',
      },
      goals: { summary: NOT_READ.goals, points: [], evidence: 'unconfirmed' },
      delivery: {
        summary: {
          pl: 'Usługę organizuje jednostka organizacyjna pomocy społecznej w siedmiu etapach; szczegóły wykonywania nie zostały odczytane.',
          en: 'The social-assistance unit organises the service in seven stages; the details of its execution were not read.',
        },
        points: SERVICE_DELIVERY,
        evidence: 'seed',
      },
      tools: { summary: NOT_READ.tools, points: [], evidence: 'unconfirmed' },
      timeFrames: { summary: NOT_READ.timeFrames, points: [], evidence: 'unconfirmed' },
      providerConditions: {
        summary: NOT_READ.providerConditions,
        points: PROVIDER_CONDITIONS,
        evidence: 'unconfirmed',
      },
    },
    authors: [],
  },

  // docs/standard.md §2.2 row 2 [SRC 12], Toruń delivery [SEED-003 slides 7–8]
  {
    id: 'svc-family-counselling',
    kind: 'specialist-service',
    pairedWith: 'sw-family-children',
    name: {
      pl: 'Standard specjalistycznego poradnictwa rodzinnego, dla rodziny z dziećmi',
      en: 'Standard of specialist family counselling for families with children',
    },
    shortName: { pl: 'Specjalistyczne poradnictwo rodzinne', en: 'Specialist family counselling' },
    // Kinds of counselling (docs/standard.md §2.2): the schema's only list per standard; mediation and psychiatry are Toruń's.
    subGroups: [
      { id: 'legal', name: { pl: 'Poradnictwo prawne', en: 'Legal counselling' }, evidence: 'source' },
      {
        id: 'psychological',
        name: { pl: 'Poradnictwo psychologiczne', en: 'Psychological counselling' },
        evidence: 'source',
      },
      {
        id: 'pedagogical',
        name: { pl: 'Poradnictwo pedagogiczne', en: 'Pedagogical counselling' },
        evidence: 'source',
      },
      { id: 'family-mediation', name: { pl: 'Mediacje rodzinne', en: 'Family mediation' }, evidence: 'seed' },
      {
        id: 'psychiatric-consultation',
        name: { pl: 'Konsultacje z psychiatrą', en: 'Psychiatric consultations' },
        evidence: 'seed',
      },
    ],
    areas: {
      values: {
        summary: {
          pl: 'Wartości i zasady tej usługi nie zostały odczytane ze źródeł.',
          en: 'The values and principles of this service were not read from the sources.',
        },
        points: [SERVICE_VALUES_INFERRED],
        evidence: 'unconfirmed',
      },
      addressees: {
        summary: { pl: 'Rodziny z dziećmi.', en: 'Families with children.' },
        points: [
          {
            pl: 'Usługa „specjalistyczna” sparowana ze standardem pracy socjalnej z rodzinami z dziećmi.',
            en: 'A “specialist” service paired with the standard of social work with families with children.',
          },
        ],
        evidence: 'seed',
      },
      goals: { summary: NOT_READ.goals, points: [], evidence: 'unconfirmed' },
      delivery: {
        summary: {
          pl: 'Poradnictwo prawne, psychologiczne i pedagogiczne; standard opisuje formy realizacji, strukturę procesu pomocy, działania bezpośrednie i pośrednie oraz powinności usługobiorcy.',
          en: 'Legal, psychological and pedagogical counselling; the standard describes the forms of delivery, the structure of the helping process, direct and indirect activities and the client’s duties.',
        },
        points: [
          ...SERVICE_DELIVERY,
          {
            pl: 'Rodzaje poradnictwa w standardzie: prawne, psychologiczne, pedagogiczne.',
            en: 'Kinds of counselling in the standard: legal, psychological, pedagogical.',
          },
          {
            pl: 'Rozdziały standardu: formy realizacji usługi, struktura procesu pomocy, działania bezpośrednie i pośrednie, powinności usługobiorcy, typowe problemy (treść nie została odczytana).',
            en: 'Chapters of the standard: forms of delivery, structure of the helping process, direct and indirect activities, the client’s duties, typical problems (content not read).',
          },
          {
            pl: 'W MOPR w Toruniu usługę realizowano w ramach własnych struktur (poradnictwo psychologiczne, pedagogiczne i prawne, mediacje rodzinne, konsultacje z psychiatrą), finansowano ze środków MOPR; realizacja we własnym zakresie wykluczyła poszukiwanie zewnętrznego wykonawcy.',
            en: 'MOPR Toruń delivered the service in its own structures (psychological, pedagogical and legal counselling, family mediation, psychiatric consultations), financed from MOPR funds; delivering it in-house ruled out searching for an external provider.',
          },
        ],
        evidence: 'source',
      },
      tools: {
        summary: {
          pl: 'Standard ma rozdział o narzędziach; jego treść nie została odczytana ze źródeł.',
          en: 'The standard has a chapter on tools; its content was not read from the sources.',
        },
        points: [],
        evidence: 'unconfirmed',
      },
      timeFrames: { summary: NOT_READ.timeFrames, points: [], evidence: 'unconfirmed' },
      providerConditions: {
        summary: {
          pl: 'Standard ma rozdziały o warunkach materialnych, wsparciu osób świadczących usługę, kwalifikacjach oraz monitoringu i ewaluacji; ich treść nie została odczytana.',
          en: 'The standard has chapters on material conditions, support for the staff delivering the service, qualifications, and monitoring and evaluation; their content was not read.',
        },
        points: [
          ...PROVIDER_CONDITIONS,
          {
            pl: 'Kwalifikacje osób świadczących usługę (treść nie została odczytana).',
            en: 'Qualifications of the staff delivering the service (content not read).',
          },
          {
            pl: 'Monitoring i ewaluacja usługi (treść nie została odczytana).',
            en: 'Monitoring and evaluation of the service (content not read).',
          },
        ],
        evidence: 'unconfirmed',
      },
    },
    authors: ['D. Ławniczak', 'M. Marszałkowska', 'B. Mierzejewska', 'D. Polczyk', 'L. Zeller'],
  },

  // docs/standard.md §2.2 row 3 [SEED-000][SRC 13]: details unconfirmed.
  {
    id: 'svc-crisis-intervention',
    kind: 'specialist-service',
    pairedWith: 'sw-violence',
    name: { pl: 'Standard interwencji kryzysowej', en: 'Standard of crisis intervention' },
    shortName: { pl: 'Interwencja kryzysowa', en: 'Crisis intervention' },
    subGroups: [],
    areas: {
      values: {
        summary: {
          pl: 'Wartości i zasady tej usługi nie zostały odczytane ze źródeł.',
          en: 'The values and principles of this service were not read from the sources.',
        },
        points: [SERVICE_VALUES_INFERRED],
        evidence: 'unconfirmed',
      },
      addressees: {
        summary: {
          pl: 'Rodziny dotknięte przemocą w rodzinie; pełny zakres adresatów nie został odczytany ze źródeł.',
          en: 'Families affected by domestic violence; the full range of addressees was not read from the sources.',
        },
        points: [
          {
            pl: 'Usługa „specjalistyczna” sparowana ze standardem pracy socjalnej z rodziną doświadczającą przemocy w rodzinie.',
            en: 'A “specialist” service paired with the standard of social work with a family experiencing domestic violence.',
          },
        ],
        evidence: 'seed',
      },
      goals: { summary: NOT_READ.goals, points: [], evidence: 'unconfirmed' },
      delivery: {
        summary: {
          pl: 'Usługę organizuje jednostka organizacyjna pomocy społecznej w siedmiu etapach; szczegóły wykonywania nie zostały odczytane.',
          en: 'The social-assistance unit organises the service in seven stages; the details of its execution were not read.',
        },
        points: SERVICE_DELIVERY,
        evidence: 'seed',
      },
      tools: {
        summary: NOT_READ.tools,
        points: [
          {
            pl: 'Wskazówki do ewaluacji usługi: K. Ornacka, „Procedura ewaluacyjna a standardy usług…”.',
            en: 'Guidance on evaluating the service: K. Ornacka, “Procedura ewaluacyjna a standardy usług…” (the evaluation procedure and service standards).',
          },
        ],
        evidence: 'unconfirmed',
      },
      timeFrames: { summary: NOT_READ.timeFrames, points: [], evidence: 'unconfirmed' },
      providerConditions: {
        summary: NOT_READ.providerConditions,
        points: PROVIDER_CONDITIONS,
        evidence: 'unconfirmed',
      },
    },
    authors: [],
  },

  // docs/standard.md §2.2 row 4 [SEED-000]: details unconfirmed.
  {
    id: 'svc-home-care-older',
    kind: 'specialist-service',
    pairedWith: 'sw-older',
    name: {
      pl: 'Standard usług opiekuńczych świadczonych w miejscu zamieszkania, dla osób starszych',
      en: 'Standard of care services provided at the place of residence, for older persons',
    },
    shortName: { pl: 'Usługi opiekuńcze – osoby starsze', en: 'Home care – older persons' },
    subGroups: [],
    areas: {
      values: {
        summary: {
          pl: 'Wartości i zasady tej usługi nie zostały odczytane ze źródeł.',
          en: 'The values and principles of this service were not read from the sources.',
        },
        points: [SERVICE_VALUES_INFERRED],
        evidence: 'unconfirmed',
      },
      addressees: {
        summary: {
          pl: 'Osoby starsze, którym usługi opiekuńcze świadczy się w miejscu zamieszkania.',
          en: 'Older persons who receive care services at their place of residence.',
        },
        points: [
          {
            pl: 'Usługa „specjalistyczna” sparowana ze standardem pracy socjalnej z osobą starszą.',
            en: 'A “specialist” service paired with the standard of social work with an older person.',
          },
        ],
        evidence: 'seed',
      },
      goals: { summary: NOT_READ.goals, points: [], evidence: 'unconfirmed' },
      delivery: {
        summary: {
          pl: 'Usługi świadczone w miejscu zamieszkania osoby starszej; usługę organizuje jednostka organizacyjna pomocy społecznej w siedmiu etapach.',
          en: 'Services delivered where the older person lives; the social-assistance unit organises the service in seven stages.',
        },
        points: SERVICE_DELIVERY,
        evidence: 'seed',
      },
      tools: { summary: NOT_READ.tools, points: [], evidence: 'unconfirmed' },
      timeFrames: { summary: NOT_READ.timeFrames, points: [], evidence: 'unconfirmed' },
      providerConditions: {
        summary: NOT_READ.providerConditions,
        points: PROVIDER_CONDITIONS,
        evidence: 'unconfirmed',
      },
    },
    authors: [],
  },

  // docs/standard.md §2.2 row 5 [SRC 30], Toruń partnership [SEED-003 slides 7–8, 21, 26]
  {
    id: 'svc-kis',
    kind: 'specialist-service',
    pairedWith: 'sw-unemployed',
    name: {
      pl: 'Standard Klubu Integracji Społecznej, ze szczególnym uwzględnieniem treningu pracy',
      en: 'Standard of the Social Integration Club, with particular regard to work training',
    },
    shortName: { pl: 'Klub Integracji Społecznej (KIS)', en: 'Social Integration Club (KIS)' },
    // A form of KIS activity, named in the standard's title (docs/standard.md §2.2): the schema's only list per standard.
    subGroups: [
      { id: 'work-training', name: { pl: 'Trening pracy', en: 'Work training' }, evidence: 'seed' },
    ],
    areas: {
      values: {
        summary: {
          pl: 'Wartości i zasady standardu KIS nie zostały odczytane ze źródeł; udział w KIS jest dobrowolny.',
          en: 'The values and principles of the KIS standard were not read from the sources; taking part in a KIS is voluntary.',
        },
        points: [
          {
            pl: 'Udział w klubie integracji społecznej jest dobrowolny.',
            en: 'Taking part in a social integration club is voluntary.',
          },
          SERVICE_VALUES_INFERRED,
        ],
        evidence: 'unconfirmed',
      },
      addressees: {
        summary: {
          pl: 'Osoby pozostające bez pracy; udział w KIS jest dobrowolny i powiązany z kontraktem socjalnym.',
          en: 'Persons out of work; taking part in a KIS is voluntary and linked to a social contract.',
        },
        points: [
          {
            pl: 'Usługa „specjalistyczna” sparowana ze standardem pracy socjalnej z osobami pozostającymi bez pracy; w Toruniu KIS był częścią indywidualnego pakietu usług.',
            en: 'A “specialist” service paired with the standard of social work with persons out of work; in Toruń the KIS was part of the individual service package.',
          },
          {
            pl: 'Uczestnictwo jest dobrowolne i powiązane z kontraktem socjalnym.',
            en: 'Participation is voluntary and linked to a social contract.',
          },
        ],
        evidence: 'source',
      },
      goals: {
        summary: {
          pl: 'Brzmienie celów standardu KIS nie zostało odczytane; KIS jest jednostką reintegracji w rozumieniu ustawy z 2003 r. o zatrudnieniu socjalnym.',
          en: 'The wording of the KIS standard’s goals was not read; a KIS is a reintegration unit under the 2003 Act on social employment.',
        },
        points: [
          {
            pl: 'KIS jest jednostką reintegracji w rozumieniu ustawy z 2003 r. o zatrudnieniu socjalnym.',
            en: 'A KIS is a reintegration unit under the 2003 Act on social employment.',
          },
          {
            pl: 'Wniosek (niepotwierdzone): KIS wspiera cel standardu pracy socjalnej z osobami pozostającymi bez pracy – odzyskanie zdolności do funkcjonowania na rynku pracy.',
            en: 'Inference (unconfirmed): the KIS supports the goal of the standard of social work with persons out of work – regaining the ability to function on the labour market.',
          },
        ],
        evidence: 'unconfirmed',
      },
      delivery: {
        summary: {
          pl: 'KIS prowadzi gmina (jako dział ośrodka pomocy społecznej) albo organizacja pozarządowa; w Toruniu – partnerstwo publiczno-niepubliczne MOPR i CISTOR.',
          en: 'A KIS is run by the gmina (as a section of the social-assistance centre) or by an NGO; in Toruń by a public–non-public partnership of MOPR and CISTOR.',
        },
        points: [
          ...SERVICE_DELIVERY,
          {
            pl: 'KIS prowadzi gmina, jako dział ośrodka pomocy społecznej, albo organizacja pozarządowa; klub jest wpisywany do rejestru prowadzonego przez wojewodę.',
            en: 'A KIS is run by the gmina, as a section of the social-assistance centre, or by an NGO; the club is entered in the register kept by the voivode.',
          },
          {
            pl: 'W Toruniu: partnerstwo publiczno-niepubliczne – liderem MOPR w Toruniu, partnerem CISTOR Stowarzyszenie Partnerstwo Społeczne; KIS finansowano ze środków przekazanych partnerowi prowadzącemu Centrum Integracji Społecznej.',
            en: 'In Toruń: a public–non-public partnership – MOPR Toruń as leader, CISTOR Stowarzyszenie Partnerstwo Społeczne as partner; the KIS was financed from funds passed to the partner running the Social Integration Centre.',
          },
        ],
        evidence: 'source',
      },
      tools: { summary: NOT_READ.tools, points: [], evidence: 'unconfirmed' },
      timeFrames: { summary: NOT_READ.timeFrames, points: [], evidence: 'unconfirmed' },
      providerConditions: {
        summary: NOT_READ.providerConditions,
        points: PROVIDER_CONDITIONS,
        evidence: 'unconfirmed',
      },
    },
    authors: [],
  },
] satisfies z.input<typeof Standard>[]);
