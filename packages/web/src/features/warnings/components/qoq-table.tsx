import type { HTMLAttributes, ReactNode } from 'react';
import { Table, Typography, theme } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPercent, formatPoints, NO_FIGURE } from '@tuijin/shared';
import { formatMoney } from '../../../lib/format';
import type { GroupFigures } from '../api/warnings-api';
import type { QoqRow } from './qoq-model';

type Props = { rows: QoqRow[]; previousTitle: string; currentTitle: string; loading: boolean };

const NUM = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** A gap as a signed figure in points: "-19.2", "+3.4". */
function GapFigure({ gap }: { gap: number | null }) {
  const f = formatPoints(gap);
  if (!f) return <Typography.Text type="secondary">{NO_FIGURE}</Typography.Text>;
  if (f.direction === 'on_pace') return <span style={NUM}>{f.points}</span>;
  return (
    <Typography.Text type={f.direction === 'behind' ? 'danger' : undefined} style={NUM}>
      {f.direction === 'behind' ? `-${f.points}` : `+${f.points}`}
    </Typography.Text>
  );
}

/** A change in points with ▲ (up, green) or ▼ (down, red). */
function ChangeFigure({ value }: { value: number | null }) {
  const { token } = theme.useToken();
  const f = formatPoints(value);
  if (!f) return <Typography.Text type="secondary">{NO_FIGURE}</Typography.Text>;
  if (f.direction === 'on_pace') return <span style={NUM}>{f.points}</span>;
  const up = f.direction === 'ahead';
  return (
    <span style={{ ...NUM, color: up ? token.colorSuccess : token.colorError }}>
      {up ? '▲' : '▼'} {f.points}
    </span>
  );
}

export function QoqTable({ rows, previousTitle, currentTitle, loading }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();

  const side = (which: 'previous' | 'current', title: string) => {
    const cell = (render: (f: GroupFigures) => ReactNode) => (_: unknown, row: QoqRow) => {
      const f = row[which];
      return f ? render(f) : <Typography.Text type="secondary">{NO_FIGURE}</Typography.Text>;
    };
    return {
      title,
      key: which,
      children: [
        {
          title: t('warnings.qoq.planned'),
          key: `${which}-planned`,
          width: 118,
          align: 'right' as const,
          render: cell((f) => <span style={NUM}>{formatMoney(f.plannedYuan)}</span>),
        },
        {
          title: t('warnings.qoq.cumulative'),
          key: `${which}-cumulative`,
          width: 118,
          align: 'right' as const,
          render: cell((f) => <span style={NUM}>{formatMoney(f.cumulativeYuan)}</span>),
        },
        {
          title: t('warnings.qoq.rate'),
          key: `${which}-rate`,
          width: 74,
          align: 'right' as const,
          render: cell((f) => <span style={NUM}>{formatPercent(f.rate)}</span>),
        },
        {
          title: t('warnings.qoq.gap'),
          key: `${which}-gap`,
          width: 70,
          align: 'right' as const,
          render: cell((f) => <GapFigure gap={f.gap} />),
        },
      ],
    };
  };

  const columns: TableColumnsType<QoqRow> = [
    {
      title: t('warnings.qoq.group'),
      key: 'name',
      dataIndex: 'name',
      width: 136,
      fixed: 'left',
    },
    side('previous', previousTitle),
    side('current', currentTitle),
    {
      title: t('warnings.qoq.change'),
      key: 'change',
      children: [
        {
          title: t('warnings.qoq.rateChange'),
          key: 'rateChange',
          width: 84,
          align: 'right',
          render: (_, row) => <ChangeFigure value={row.rateChange} />,
        },
        {
          title: t('warnings.qoq.gapChange'),
          key: 'gapChange',
          width: 84,
          align: 'right',
          render: (_, row) => <ChangeFigure value={row.gapChange} />,
        },
      ],
    },
  ];

  return (
    <div data-testid="qoq-table">
      <Table<QoqRow>
        rowKey="key"
        size="small"
        bordered
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        scroll={{ x: 1040 }}
        onRow={(row) =>
          (row.total
            ? { style: { fontWeight: 600, background: token.colorFillAlter }, 'data-testid': 'qoq-total' }
            : {}) as HTMLAttributes<HTMLElement>
        }
        locale={{ emptyText: <Typography.Text type="secondary">{t('warnings.qoq.empty')}</Typography.Text> }}
      />
    </div>
  );
}
