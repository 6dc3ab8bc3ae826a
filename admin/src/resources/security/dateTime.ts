/** An ISO instant as the panel shows times (Beijing), or a dash. */
export const dateTime = (iso: string | null | undefined): string =>
  iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '—';
