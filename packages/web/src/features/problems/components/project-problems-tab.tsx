import { useState } from 'react';
import { Button, Flex } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ProblemList } from './problem-list';
import { ProblemRaiseModal } from './problem-raise-modal';

/** The project page's problems tab: its problems and a button to raise one for this project. */
export function ProjectProblemsTab({ project }: { project: { id: string; name: string } }) {
  const { t } = useTranslation();
  const [raising, setRaising] = useState(false);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  return (
    <>
      <Flex justify="flex-end" style={{ marginBottom: 12 }}>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setRaising(true)}
          data-testid="project-raise-problem"
        >
          {t('problems.raise')}
        </Button>
      </Flex>
      <ProblemList
        query={{ projectId: project.id, sort: '-createdAt', ...paging }}
        onPage={(page, pageSize) => setPaging({ page, pageSize })}
        testId="project-problems"
      />
      <ProblemRaiseModal open={raising} onClose={() => setRaising(false)} project={project} />
    </>
  );
}
