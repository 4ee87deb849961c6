import * as z from 'zod/mini';
import { HttpUrl } from './common.js';

/** A page of a list: `next` is the URL of the following page, or null on the last one. */
export const listEnvelope = <Item extends z.core.$ZodType>(item: Item) =>
  z.object({
    data: z.array(item),
    total: z.int().check(z.gte(0)),
    next: z.nullable(HttpUrl),
  });

export type ListEnvelope<Item> = { data: Item[]; total: number; next: string | null };
