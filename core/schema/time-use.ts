import * as z from 'zod';
import { IsoDate, PseudonymousId } from './common.ts';

export const TimeUseCategoryId = z
  .string()
  .regex(/^(sw\.[A-I]|bw\.[A-IJKLŁ])$/, { message: 'input.time-category' });

export const TimeUseEntry = z.strictObject({
  worker: PseudonymousId,
  category: TimeUseCategoryId,
  hours: z.number().min(0).max(10000),
  date: IsoDate.optional(),
});
export type TimeUseEntry = z.infer<typeof TimeUseEntry>;

/** A time-use sheet in the Toruń pilot's categories (docs/standard.md §6). */
export const TimeUseFile = z.strictObject({
  $schema: z.string().optional(),
  formatVersion: z.literal(1),
  period: z.strictObject({ from: IsoDate, to: IsoDate }).optional(),
  entries: z.array(TimeUseEntry),
});
export type TimeUseFile = z.infer<typeof TimeUseFile>;
