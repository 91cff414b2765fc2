import { Alert, Card, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasAnyRole, useMe } from '../../../lib/session-context';
import { useFormalitiesParams, type FormalityTab } from '../hooks/use-formalities-params';
import { ApproverQueue } from './approver-queue';
import { HolidayCalendarPanel } from './holiday-calendar-panel';
import { TemplatesPanel } from './templates-panel';

/**
 * 前期手续: the approving unit's queue (the "service" view, for units and the office), the
 * district's templates of approval chains (kept by the office) and the holiday calendar (kept by
 * the administrator, read by everyone). A project's checklist is on the project page.
 */
export function FormalitiesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { params, update } = useFormalitiesParams();
  const office = hasAnyRole(me, ['office', 'admin']);
  // The server keeps a queue for a unit (its own) and for the office (any unit); templates for the office.
  const hasQueue = office || hasAnyRole(me, ['unit']);
  const available: FormalityTab[] = [
    ...(hasQueue ? (['queue'] as const) : []),
    ...(office ? (['templates'] as const) : []),
    'calendar',
  ];
  const tab = available.includes(params.tab) ? params.tab : available[0]!;

  return (
    <Card>
      <Typography.Title level={4} style={{ margin: '0 0 8px' }}>
        {t('formalities.title')}
      </Typography.Title>
      {!hasQueue ? (
        <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('formalities.queue.noQueue')} />
      ) : null}
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key as FormalityTab })}
        destroyOnHidden
        items={[
          ...(hasQueue
            ? [
                {
                  key: 'queue',
                  label: <span data-testid="formalities-tab-queue">{t('formalities.tabs.queue')}</span>,
                  children: <ApproverQueue params={params} update={update} anyUnit={office} />,
                },
              ]
            : []),
          ...(office
            ? [
                {
                  key: 'templates',
                  label: <span data-testid="formalities-tab-templates">{t('formalities.tabs.templates')}</span>,
                  children: <TemplatesPanel canEdit={office} />,
                },
              ]
            : []),
          {
            key: 'calendar',
            label: <span data-testid="formalities-tab-calendar">{t('formalities.tabs.calendar')}</span>,
            children: (
              <HolidayCalendarPanel
                year={params.year}
                onYear={(year) => update({ year })}
                canEdit={hasAnyRole(me, ['admin'])}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
