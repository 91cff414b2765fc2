import { useState } from 'react';
import { Button, Flex } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FactorLedgerPanel } from './factor-ledger';
import { FactorList } from './factor-list';
import { FactorRequestModal } from './factor-request-modal';

type Props = {
  project: { id: string; name: string };
  /** The project's owner or the office, on a project not archived (the server's rule for asking). */
  mayAsk: boolean;
};

/** The project page's 要素保障 tab: its requests, a button to ask for one, and its ledger. */
export function ProjectFactorsTab({ project, mayAsk }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  return (
    <>
      {mayAsk ? (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAsking(true)}
            data-testid="project-factor-create"
          >
            {t('factors.tab.newRequest')}
          </Button>
        </Flex>
      ) : null}
      <FactorList
        query={{ projectId: project.id, sort: '-createdAt', ...paging }}
        onPage={(page, pageSize) => setPaging({ page, pageSize })}
        hideProject
        testId="project-factors"
      />
      <div style={{ marginTop: 16 }}>
        <FactorLedgerPanel query={{ projectId: project.id }} onlyAsked />
      </div>
      <FactorRequestModal open={asking} onClose={() => setAsking(false)} project={project} />
    </>
  );
}
