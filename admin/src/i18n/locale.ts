import type { I18nProvider } from 'react-admin';

export type Locale = 'zh' | 'en';

let source: Pick<I18nProvider, 'getLocale'> | undefined;

/**
 * Kept apart from the catalogs: the API client, which every resource imports, reads the locale,
 * and the catalogs import every resource.
 */
export const readLocaleFrom = (i18nProvider: Pick<I18nProvider, 'getLocale'>) => {
  source = i18nProvider;
};

export const currentLocale = (): Locale => (source?.getLocale() === 'en' ? 'en' : 'zh');
