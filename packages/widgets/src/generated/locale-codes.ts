export const sourceLocale = `en`;
export const targetLocales = [`de`, `es`, `fr`, `it`, `pl`] as const;
export const allLocales = [`de`, `en`, `es`, `fr`, `it`, `pl`] as const;
