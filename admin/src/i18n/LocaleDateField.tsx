import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

/**
 * react-admin's DateField in the panel's language: without `locales` it formats by the browser's, so the
 * Chinese panel in an English browser showed "12/1/2026, 10:00:00 AM", and the English one in a Chinese browser "2026/12/1".
 */
export function LocaleDateField(props: DateFieldProps) {
  const [locale] = useLocaleState();
  return <DateField locales={locale === 'en' ? 'en-US' : 'zh-CN'} {...props} />;
}
