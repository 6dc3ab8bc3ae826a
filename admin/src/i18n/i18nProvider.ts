import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from './en';
import { readLocaleFrom } from './locale';
import { zh } from './zh';

export { currentLocale, type Locale } from './locale';

export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? en : zh), 'zh', [
  { locale: 'zh', name: '简体中文' },
  { locale: 'en', name: 'English' },
]);
readLocaleFrom(i18nProvider);
