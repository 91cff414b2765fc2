// GB/T 40058-2021 project code: YYYY-AAAAAA-BB-CC-NNNNNN. Only the form is checked: the check
// digit algorithm is not public, so none is invented here, and the four time digits are seen
// both as a year (2019-…) and as year+month (2509-…) in practice, so they are not interpreted.
export const PROJECT_CODE_PATTERN = /^\d{4}-\d{6}-\d{2}-\d{2}-\d{6}$/;

export function isProjectCode(value: string): boolean {
  return PROJECT_CODE_PATTERN.test(value);
}
