import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type AppLocale = (typeof LOCALES)[number];

const STORAGE_KEY = 'tuijin.locale';

function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function readStoredLocale(): AppLocale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isAppLocale(stored) ? stored : 'zh-CN';
  } catch {
    // Storage can be blocked (private mode, policies); Chinese is the sensible default.
    return 'zh-CN';
  }
}

function applySideEffects(locale: AppLocale): void {
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = locale;
}

export function toAppLocale(language: string | undefined): AppLocale {
  return isAppLocale(language) ? language : 'zh-CN';
}

export function initI18n(): typeof i18n {
  const lng = readStoredLocale();
  void i18n.use(initReactI18next).init({
    resources: {
      'zh-CN': { translation: zhCN },
      'en-US': { translation: enUS },
    },
    lng,
    fallbackLng: 'zh-CN',
    // React already escapes rendered text; escaping twice would show entities literally.
    interpolation: { escapeValue: false },
  });
  applySideEffects(lng);
  return i18n;
}

export async function changeLocale(locale: AppLocale): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembering the choice is acceptable.
  }
  applySideEffects(locale);
  await i18n.changeLanguage(locale);
}
