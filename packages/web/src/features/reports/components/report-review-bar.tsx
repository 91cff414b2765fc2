import { useState } from 'react';
import { App, Button, Popconfirm } from 'antd';
import { CheckOutlined, RollbackOutlined, UnlockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Report } from '@tuijin/shared';
import { ReasonModal } from '../../../components/reason-modal';
import { StickyActionBar } from '../../../components/sticky-action-bar';
import { isApiError } from '../../../lib/api-client';
import { useDescribeError } from '../../../lib/error-messages';
import { useReviewReport } from '../hooks/use-report-mutations';

type Props = { report: Report; onReload: () => void };

/** Accept or return a submitted report; reopen an accepted one (project office). */
export function ReportReviewBar({ report, onReload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const review = useReviewReport();
  const [reasonFor, setReasonFor] = useState<'return' | 'reopen' | null>(null);
  const { permissions } = report;
  if (!permissions.review && !permissions.reopen) return null;

  const base = { projectId: report.projectId, period: report.period, version: report.version };
  const accept = async () => {
    try {
      await review.mutateAsync({ ...base, step: 'accept' });
      void message.success(t('reports.review.accepted'));
    } catch (error) {
      void message.error(describe(error));
      if (isApiError(error, 'version_conflict') || isApiError(error, 'conflict')) onReload();
    }
  };

  return (
    <>
      <StickyActionBar>
        {permissions.review ? (
          <>
            <Button
              size="large"
              danger
              icon={<RollbackOutlined />}
              onClick={() => setReasonFor('return')}
              style={{ flex: '1 1 0', maxWidth: 220 }}
              data-testid="review-return"
            >
              {t('reports.review.return')}
            </Button>
            <Popconfirm
              title={t('reports.review.acceptConfirm')}
              okText={t('reports.review.accept')}
              cancelText={t('common.cancel')}
              onConfirm={() => void accept()}
            >
              <Button
                type="primary"
                size="large"
                icon={<CheckOutlined />}
                loading={review.isPending}
                style={{ flex: '1 1 0', maxWidth: 220 }}
                data-testid="review-accept"
              >
                {t('reports.review.accept')}
              </Button>
            </Popconfirm>
          </>
        ) : null}
        {permissions.reopen ? (
          <Button
            size="large"
            icon={<UnlockOutlined />}
            onClick={() => setReasonFor('reopen')}
            style={{ flex: '1 1 0', maxWidth: 220 }}
            data-testid="report-reopen"
          >
            {t('reports.review.reopen')}
          </Button>
        ) : null}
      </StickyActionBar>
      <ReasonModal
        open={reasonFor !== null}
        title={reasonFor === 'reopen' ? t('reports.review.reopenTitle') : t('reports.review.returnTitle')}
        hint={reasonFor === 'reopen' ? t('reports.review.reopenHint') : t('reports.review.returnHint')}
        okText={reasonFor === 'reopen' ? t('reports.review.reopen') : t('reports.review.return')}
        danger={reasonFor === 'return'}
        onClose={() => setReasonFor(null)}
        onReload={() => {
          setReasonFor(null);
          onReload();
        }}
        onSubmit={async (reason) => {
          await review.mutateAsync({ ...base, step: reasonFor ?? 'return', reason });
          void message.success(reasonFor === 'reopen' ? t('reports.review.reopened') : t('reports.review.returned'));
        }}
      />
    </>
  );
}
