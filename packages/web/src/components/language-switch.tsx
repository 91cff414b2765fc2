import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLocale, type AppLocale } from '../lib/i18n/i18n';
import { useLocale } from '../lib/use-locale';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <span data-testid="language-switch">
      <Segmented<AppLocale>
        size="small"
        aria-label={t('lang.label')}
        value={locale}
        onChange={(next) => void changeLocale(next)}
        options={[
          { value: 'zh-CN', label: t('lang.zh') },
          { value: 'en-US', label: t('lang.en') },
        ]}
      />
    </span>
  );
}
