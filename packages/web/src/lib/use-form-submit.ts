import { useCallback, useState } from 'react';
import type { FormInstance } from 'antd';
import { fieldMapper, serverFieldIssues, useApplyFieldIssues } from './form-errors';

/**
 * A dialog's submit: validates the form, then sends. A refusal puts its issues on the named fields;
 * the error and the issues that found no field are kept for an alert above the form.
 */
export function useFormSubmit<V>(form: FormInstance<V>, fields: readonly string[]) {
  const applyIssues = useApplyFieldIssues();
  const [error, setError] = useState<unknown>(null);
  const [extra, setExtra] = useState<string[]>([]);
  const clear = useCallback(() => {
    setError(null);
    setExtra([]);
  }, []);
  const submit = async (send: (values: V) => Promise<void>) => {
    const values = await form.validateFields();
    clear();
    try {
      await send(values);
    } catch (e) {
      setError(e);
      setExtra(applyIssues(form, serverFieldIssues(e), fieldMapper(fields)));
    }
  };
  return { error, extra, clear, submit };
}
