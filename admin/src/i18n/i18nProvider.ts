import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from './en';
import { zh } from './zh';

export type Locale = 'zh' | 'en';

export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? en : zh), 'zh', [
  { locale: 'zh', name: '简体中文' },
  { locale: 'en', name: 'English' },
]);

export const currentLocale = (): Locale => (i18nProvider.getLocale() === 'en' ? 'en' : 'zh');
