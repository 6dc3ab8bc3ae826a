import englishMessages from 'ra-language-english';
import { mergeTranslations } from 'react-admin';
import { panelResources } from '../resources';

/** The panel's app-wide strings (each resource brings its own); zh.ts must provide the same keys. */
export const appEn = {
  gridgov: {
    lights: { GREEN: 'Green', YELLOW: 'Yellow', RED: 'Red' },
    title: 'Grid Governance Admin',
    auth: {
      change_password: 'Change password',
      must_change: 'Please set a new password before you continue.',
      old_password: 'Current password',
      new_password: 'New password',
      confirm_password: 'Repeat new password',
      mismatch: 'The passwords do not match',
      changed: 'Password changed',
      locked_until: 'Account locked until %{until}',
    },
    importReport: {
      choose: 'Choose xlsx file',
      noFile: 'No file chosen',
      preview: 'Check passed: would create %{created}, update %{updated}, leave %{unchanged} unchanged. Nothing was written.',
      done: 'Imported: created %{created}, updated %{updated}, %{unchanged} unchanged.',
      failed: '%{errors} problems found; nothing was written. Fix the file and run again.',
      row: 'Row',
      column: 'Column',
      message: 'Problem',
    },
  },
};

export type AppMessages = typeof appEn;

export const en = mergeTranslations(englishMessages, appEn, ...panelResources.map((r) => r.messages.en));
