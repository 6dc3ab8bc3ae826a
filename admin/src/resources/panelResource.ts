import type { ReactNode } from 'react';
import type { ResourceProps } from 'react-admin';
import type { Subject } from '../graphql/graphql';
import type { ResourceApi } from '../providers/resourceApi';

/** Part of a translation catalog, with full key paths (`resources.orgs.name`, `gridgov.orgs.…`, `enums.orgLevel.…`). */
export interface Messages {
  [key: string]: string | Messages;
}

/**
 * Everything the panel knows of one resource. App.tsx, the data provider, `canAccess` and the
 * catalogs are derived from the list in `./index.ts`, so a new resource touches only that list.
 */
export interface PanelResource {
  /** react-admin's resource name: the route and the key under `resources.` in the catalogs */
  name: string;
  /** the CASL subject whose rules decide whether the menu and buttons offer it */
  subject: Subject;
  /** the CASL action its menu entry and list page need, when not `read` (a page that only writes, like an import) */
  listAction?: string;
  /** how the data provider reaches it; a page without records of its own has none */
  api?: ResourceApi;
  /** what react-admin's `<Resource>` takes besides the name: list, create, edit, show, icon … */
  views: Omit<ResourceProps, 'name'>;
  /** routes of its own inside the layout, outside `/<name>/…` */
  routes?: ReactNode;
  /** routes outside the layout that open without signing in (a resident's survey link) */
  publicRoutes?: ReactNode;
  messages: { zh: Messages; en: Messages };
}
