import type { ReactNode } from 'react';
import { Button, Flex, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';

/** A detail page's title with a back arrow (to where the person came from); long titles wrap. */
export function DetailTitle({
  backLabel,
  testId,
  children,
}: {
  backLabel: string;
  testId: string;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  return (
    <Flex align="flex-start" gap={4}>
      <Button type="text" icon={<ArrowLeftOutlined />} aria-label={backLabel} onClick={() => void navigate(-1)} />
      <Typography.Title level={4} style={{ margin: 0, overflowWrap: 'anywhere', minWidth: 0 }} data-testid={testId}>
        {children}
      </Typography.Title>
    </Flex>
  );
}
