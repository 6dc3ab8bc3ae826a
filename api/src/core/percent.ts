/** `part` of `whole` as a percentage with two decimals (2527 of 2580 → 97.95); every rate in the API uses it. 0 of 0 is 0. */
export const percent = (part: number, whole: number) => (whole ? Math.round((part * 10000) / whole) / 100 : 0);
