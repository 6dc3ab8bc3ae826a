import { useTranslate } from 'react-admin';

/** The panel's name in the signed-in user's language: react-admin shows the Admin title untranslated on its not-found and error pages. */
export function AppTitle() {
  const translate = useTranslate();
  return <>{translate('gridgov.title')}</>;
}
