import { useMemo, useState } from 'react';
import { Alert, App, Button, DatePicker, Flex, Grid, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  CALENDAR_DAY_KINDS,
  CALENDAR_DAY_KIND_LABELS,
  calendarIssues,
  dayOfWeek,
  type CalendarDayKind,
} from '@tuijin/shared';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { DATE_FORMAT, DISTRICT_TZ } from '../../../lib/format';
import { useEnumLabel, useEnumOptions } from '../../../lib/use-locale';
import { useHolidayCalendar, useSaveCalendar } from '../hooks/use-formalities';
import { useFormalityIssues } from '../hooks/use-formality-issues';

type Entry = { date: string; kind: CalendarDayKind; name: string };

type Props = { year: number | null; onYear: (year: number) => void; canEdit: boolean };

/** One year of the district's calendar: days off and make-up working days; the administrator edits it. */
export function HolidayCalendarPanel({ year: asked, onYear, canEdit }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const enumLabel = useEnumLabel();
  const kinds = useEnumOptions(CALENDAR_DAY_KINDS, CALENDAR_DAY_KIND_LABELS);
  const issuesOf = useFormalityIssues();
  const year = asked ?? dayjs().tz(DISTRICT_TZ).year();
  const narrow = Grid.useBreakpoint().md === false;
  const calendar = useHolidayCalendar(year);
  const save = useSaveCalendar();
  const [draftOf, setDraftOf] = useState<{ year: number; entries: Entry[] } | null>(null);
  const [newDate, setNewDate] = useState<Dayjs | null>(null);
  const [newKind, setNewKind] = useState<CalendarDayKind>('holiday');
  const [newName, setNewName] = useState('');

  // The draft belongs to its year: moving to another year leaves it behind.
  const draft = draftOf?.year === year ? draftOf.entries : null;
  const setDraft = (next: Entry[] | null) => setDraftOf(next ? { year, entries: next } : null);
  const data = calendar.data;
  const entries = useMemo(() => {
    const loaded = data?.year === year ? data.entries : [];
    return [...(draft ?? loaded)].sort((a, b) => a.date.localeCompare(b.date));
  }, [draft, data, year]);
  const issues = useMemo(() => calendarIssues(entries), [entries]);
  const dirty = draft !== null;
  const holidays = entries.filter((e) => e.kind === 'holiday').length;

  const add = () => {
    if (!newDate) return;
    const date = newDate.format(DATE_FORMAT);
    if (entries.some((e) => e.date === date)) {
      void message.warning(t('formalities.calendar.duplicate'));
      return;
    }
    setDraft([...entries, { date, kind: newKind, name: newName.trim() }]);
    setNewDate(null);
    setNewName('');
  };

  const submit = async () => {
    try {
      await save.mutateAsync({ year, entries });
      setDraft(null);
      void message.success(t('formalities.calendar.saved'));
    } catch {
      /* shown below */
    }
  };
  const saveIssues = save.error ? issuesOf(save.error).map((i) => i.message) : [];

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space>
          <Button
            icon={<LeftOutlined />}
            aria-label={t('formalities.calendar.prevYear')}
            onClick={() => onYear(year - 1)}
          />
          <Typography.Text strong style={{ fontSize: 16 }} data-testid="calendar-year">
            {t('formalities.calendar.year', { year })}
          </Typography.Text>
          <Button
            icon={<RightOutlined />}
            aria-label={t('formalities.calendar.nextYear')}
            onClick={() => onYear(year + 1)}
          />
        </Space>
        <Space wrap size={4}>
          {calendar.data && !dirty ? (
            <Tag color="blue" data-testid="calendar-working-days">
              {t('formalities.calendar.workingDays', { count: calendar.data.workingDays })}
            </Tag>
          ) : null}
          <Tag>{t('formalities.calendar.holidays', { count: holidays })}</Tag>
          <Tag>{t('formalities.calendar.makeUp', { count: entries.length - holidays })}</Tag>
        </Space>
      </Flex>
      <Alert
        type="info"
        showIcon
        title={canEdit ? t('formalities.calendar.hint') : t('formalities.calendar.adminOnly')}
      />
      <ApiErrorAlert error={calendar.error ?? save.error} extra={saveIssues} />
      {canEdit ? (
        <Flex wrap gap={8} data-testid="calendar-add">
          <DatePicker
            value={newDate}
            onChange={setNewDate}
            format={DATE_FORMAT}
            placeholder={t('formalities.calendar.date')}
            disabledDate={(d: Dayjs) => d.year() !== year}
            defaultPickerValue={dayjs(`${year}-01-01`)}
            style={{ flex: '1 1 140px' }}
          />
          <Select
            value={newKind}
            onChange={setNewKind}
            options={kinds}
            style={{ flex: '1 1 140px' }}
            aria-label={t('formalities.calendar.kind')}
          />
          <Input
            value={newName}
            onChange={(e) => setNewName(e.target.value)}
            maxLength={40}
            placeholder={t('formalities.calendar.namePlaceholder')}
            aria-label={t('formalities.calendar.name')}
            style={{ flex: '2 1 160px' }}
          />
          <Button icon={<PlusOutlined />} onClick={add} disabled={!newDate}>
            {t('formalities.calendar.add')}
          </Button>
          <Button
            type="primary"
            onClick={() => void submit()}
            loading={save.isPending}
            disabled={!dirty || issues.length > 0}
            data-testid="calendar-save"
          >
            {t('formalities.calendar.save')}
          </Button>
          {dirty ? <Typography.Text type="warning">{t('formalities.calendar.unsaved')}</Typography.Text> : null}
        </Flex>
      ) : null}
      <Table<Entry>
        rowKey="date"
        size="small"
        data-testid="calendar-table"
        loading={calendar.isFetching}
        dataSource={entries}
        pagination={false}
        locale={{ emptyText: t('formalities.calendar.empty') }}
        columns={[
          {
            key: 'date',
            title: t('formalities.calendar.date'),
            width: 150,
            render: (_, e) => (
              <Flex vertical gap={0}>
                <span style={{ whiteSpace: 'nowrap' }}>
                  {e.date} {t(`formalities.calendar.weekday.${dayOfWeek(e.date) as 1}`)}
                </span>
                {narrow && e.name ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {e.name}
                  </Typography.Text>
                ) : null}
              </Flex>
            ),
          },
          {
            key: 'kind',
            title: t('formalities.calendar.kind'),
            width: 120,
            render: (_, e) => (
              <Space size={4} wrap>
                <Tag color={e.kind === 'holiday' ? 'red' : 'blue'}>{enumLabel(CALENDAR_DAY_KIND_LABELS, e.kind)}</Tag>
                {issues
                  .filter((i) => i.date === e.date)
                  .map((i) => (
                    <Typography.Text key={i.code} type="danger" style={{ fontSize: 12 }}>
                      {t(`formalities.validation.${i.code}`)}
                    </Typography.Text>
                  ))}
              </Space>
            ),
          },
          ...(narrow
            ? []
            : [{ key: 'name', title: t('formalities.calendar.name'), render: (_: unknown, e: Entry) => e.name }]),
          ...(canEdit
            ? [
                {
                  key: 'remove',
                  title: '',
                  width: 48,
                  render: (_: unknown, e: Entry) => (
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('common.remove')}
                      onClick={() => setDraft(entries.filter((x) => x.date !== e.date))}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
    </Flex>
  );
}
