import { useState, type CSSProperties } from 'react';
import { Input } from 'antd';

type Props = {
  /** The keyword in the view; give the input `key={initial}` so it follows Back and reset. */
  initial: string;
  onCommit: (q: string) => void;
  /** Both the placeholder and the accessible name. */
  label: string;
  style?: CSSProperties;
  testId?: string;
};

/** A keyword search that commits on Enter, on leaving the field and on clearing, not on every keystroke. */
export function KeywordInput({ initial, onCommit, label, style, testId }: Props) {
  const [value, setValue] = useState(initial);
  const commit = (next: string) => {
    if (next.trim() !== initial) onCommit(next.trim());
  };
  return (
    <Input.Search
      allowClear
      value={value}
      onChange={(e) => {
        setValue(e.target.value);
        if (e.target.value === '') commit('');
      }}
      onSearch={(v) => commit(v)}
      onBlur={() => commit(value)}
      placeholder={label}
      aria-label={label}
      style={style}
      data-testid={testId}
    />
  );
}
