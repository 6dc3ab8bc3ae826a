import { useCanAccess, useResourceContext } from 'react-admin';

/** Rows open the edit form for those who may edit, and stay put for read-only callers. */
export function useEditRowClick(): 'edit' | false {
  const resource = useResourceContext();
  const { canAccess } = useCanAccess({ action: 'edit', resource });
  return canAccess ? 'edit' : false;
}
