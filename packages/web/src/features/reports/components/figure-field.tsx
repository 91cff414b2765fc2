import type { ReactNode } from 'react';
import { Col, Form, Grid, Row, Space, Typography, theme, type FormItemProps } from 'antd';

type Props = FormItemProps & { figures: ReactNode };

/**
 * A form field with read-only figures beside it (last month, the derived cumulative): in a
 * column to the right on a wide screen, right under the input on a phone.
 */
export function FigureField({ figures, children, ...item }: Props) {
  const wide = Grid.useBreakpoint().md === true;
  if (!wide) {
    return (
      <Form.Item {...item} extra={<div style={{ marginTop: 4 }}>{figures}</div>}>
        {children}
      </Form.Item>
    );
  }
  return (
    <Row gutter={24} align="top">
      <Col span={12}>
        <Form.Item {...item}>{children}</Form.Item>
      </Col>
      <Col span={12} style={{ paddingTop: 30 }}>
        {figures}
      </Col>
    </Row>
  );
}

/** One read-only figure: a label and a value, shown muted unless emphasised. */
export function Figure({
  label,
  value,
  strong,
  testId,
}: {
  label: string;
  value: ReactNode;
  strong?: boolean;
  testId?: string;
}) {
  const { token } = theme.useToken();
  return (
    <Space size={6} wrap style={{ lineHeight: 1.6 }}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Typography.Text
        strong={strong}
        data-testid={testId}
        style={{ fontVariantNumeric: 'tabular-nums', color: strong ? token.colorText : token.colorTextSecondary }}
      >
        {value}
      </Typography.Text>
    </Space>
  );
}
