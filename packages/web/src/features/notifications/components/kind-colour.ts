/** The colour of a notification's kind tag: warnings red, returns orange, reminders blue. */
export function kindColour(kind: string): string {
  switch (kind) {
    case 'light_red':
      return 'red';
    case 'report_returned':
      return 'orange';
    case 'report_due':
      return 'blue';
    default:
      return 'default';
  }
}
