/** An ISO instant in the browser's time zone, as react-admin's DateField shows times elsewhere in the panel; or a dash. */
export const dateTime = (iso: string | null | undefined): string => (iso ? new Date(iso).toLocaleString() : '—');
