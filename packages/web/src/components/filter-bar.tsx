import { useState, type CSSProperties, type ReactNode } from 'react';
import { Badge, Button, Flex, Grid, Select } from 'antd';
import { FilterOutlined } from '@ant-design/icons';

/** A filter field's width: grows from `min` up to `max` pixels, wrapping onto the next row. */
export function fieldWidth(min: number, max: number): CSSProperties {
  return { minWidth: min, flex: `1 1 ${min}px`, maxWidth: max };
}

type Props = {
  testId: string;
  /** Always shown first, also on a phone (the keyword). */
  lead?: ReactNode;
  /** What the button says: its text when `moreAsText`, else only its accessible name. */
  moreLabel: string;
  moreAsText?: boolean;
  moreTestId?: string;
  /** The filters folded behind the button, counted on its badge. */
  foldedCount: number;
  /** Shown on a phone right after the button, folded or not (on a wide screen, the filters place it). */
  pinned?: ReactNode;
  /** The filters; on a phone they fold behind one button, so the list stays on the first screen. */
  children: (narrow: boolean) => ReactNode;
};

export function FilterBar({ testId, lead, moreLabel, moreAsText, moreTestId, foldedCount, pinned, children }: Props) {
  const narrow = Grid.useBreakpoint().md === false;
  const [expanded, setExpanded] = useState(false);
  const folded = narrow && !expanded;
  return (
    <Flex wrap gap={8} style={{ marginBottom: 12 }} data-testid={testId}>
      {lead}
      {narrow ? (
        <Badge count={foldedCount} size="small">
          <Button
            icon={<FilterOutlined />}
            onClick={() => setExpanded((v) => !v)}
            aria-expanded={expanded}
            aria-label={moreAsText ? undefined : moreLabel}
            data-testid={moreTestId}
          >
            {moreAsText ? moreLabel : null}
          </Button>
        </Badge>
      ) : null}
      {narrow ? pinned : null}
      {folded ? null : children(narrow)}
    </Flex>
  );
}

/** Clears the filters; shown only while some are set. */
export function ResetFilters({
  count,
  onReset,
  label,
  testId,
}: {
  count: number;
  onReset: () => void;
  label: string;
  testId?: string;
}) {
  return count > 0 ? (
    <Button type="link" onClick={onReset} data-testid={testId}>
      {label}
    </Button>
  ) : null;
}

type MultiFilterProps<T extends string> = {
  /** Placeholder and accessible name. */
  label: string;
  value: T[];
  options: { value: T; label: ReactNode }[];
  onChange: (value: T[]) => void;
  style: CSSProperties;
  testId?: string;
};

/** A filter of several values (statuses, categories...): tags collapse to fit the field's width. */
export function MultiFilter<T extends string>({ label, value, options, onChange, style, testId }: MultiFilterProps<T>) {
  return (
    <Select<T[]>
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      value={value}
      options={options}
      onChange={onChange}
      placeholder={label}
      aria-label={label}
      style={style}
      data-testid={testId}
    />
  );
}
