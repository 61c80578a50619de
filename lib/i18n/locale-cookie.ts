/** Remembers the language last chosen or read, so that the home page `/` opens in it next time. */
export const LOCALE_COOKIE = "NEXT_LOCALE";
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;
