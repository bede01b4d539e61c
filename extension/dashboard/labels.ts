import { STAGES, STANDARDS, TIME_USE_CATEGORIES, TOOLS } from '../../core/index.ts';
import type { ChecklistItem } from '../../core/index.ts';
import type { Lang } from './i18n.ts';

/** Names of the standard's things in the reader's language, from the core's data (never retyped here). */
export function toolName(lang: Lang, id: string): string {
  return TOOLS.find((t) => t.id === id)?.name[lang] ?? id;
}

export function standardName(lang: Lang, id: string): string {
  return STANDARDS.find((s) => s.id === id)?.shortName[lang] ?? id;
}

export function stageName(lang: Lang, id: string): string {
  const s = STAGES.find((x) => x.id === id);
  return s ? `${id} – ${s.name[lang]}` : id;
}

export function categoryName(lang: Lang, id: string): string {
  return TIME_USE_CATEGORIES.find((c) => c.id === id)?.name[lang] ?? id;
}

export function categoryLetter(id: string): string {
  return TIME_USE_CATEGORIES.find((c) => c.id === id)?.letter ?? id;
}

/** A checklist item's tools: "A or B" for alternatives, "A + B" when all are needed. */
export function requirementName(lang: Lang, item: Pick<ChecklistItem, 'tools' | 'mode'>, or: string): string {
  return item.tools.map((t) => toolName(lang, t)).join(item.mode === 'any-of' ? or : ' + ');
}
