import { Col, DatePicker, Divider, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  DIRECTION_LABELS,
  DIRECTIONS,
  FIELD_LABELS,
  FIELDS,
  INVESTOR_TYPE_LABELS,
  INVESTOR_TYPES,
  STAGE_LABELS,
  STAGES,
  TAG_CATEGORIES,
  TAG_CATEGORY_LABELS,
  type Ref,
} from '@tuijin/shared';
import { RegionSelect, UnitSelect } from '../../../components/org-selects';
import { DATE_FORMAT } from '../../../lib/format';
import { useEnumLabel, useEnumOptions } from '../../../lib/use-locale';
import { useProjectFacets } from '../hooks/use-projects';

type Props = {
  /** Whether the user may change a form field (by its form name). */
  editable: (formField: string) => boolean;
  isEdit: boolean;
  owner: Ref | null;
  codeRequired: boolean;
};

export function ProjectFormFields({ editable, isEdit, owner, codeRequired }: Props) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const facets = useProjectFacets();
  const investorOptions = useEnumOptions(INVESTOR_TYPES, INVESTOR_TYPE_LABELS);
  const fieldOptions = useEnumOptions(FIELDS, FIELD_LABELS);
  const directionOptions = useEnumOptions(DIRECTIONS, DIRECTION_LABELS);
  const stageOptions = useEnumOptions(STAGES, STAGE_LABELS);
  const f = (key: string) => t(`project.fields.${key}`);
  const off = (name: string) => !editable(name);
  const half = { xs: 24, md: 12 };
  const third = { xs: 24, md: 8 };

  const tagOptions = TAG_CATEGORIES.map((category) => ({
    label: enumLabel(TAG_CATEGORY_LABELS, category),
    title: category,
    options: (facets.data?.tags ?? [])
      .filter((tag) => tag.category === category)
      .map((tag) => ({ value: tag.id, label: tag.name })),
  })).filter((group) => group.options.length > 0);

  return (
    <>
      <Divider titlePlacement="start">{t('form.sections.basic')}</Divider>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item name="name" label={f('name')} required>
            <Input maxLength={120} disabled={off('name')} data-testid="project-name-input" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="code" label={f('code')} required={codeRequired} extra={t('project.codeHint')}>
            <Input
              maxLength={30}
              placeholder="2025-320102-48-01-000001"
              disabled={off('code')}
              data-testid="project-code-input"
            />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="ownerUnitId" label={f('owner')} required>
            <UnitSelect
              knownOptions={owner ? [{ value: owner.id, label: owner.name }] : []}
              disabled={off('ownerUnitId')}
              allowClear={false}
            />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="industry" label={f('industry')}>
            <Input maxLength={60} disabled={off('industry')} />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('form.sections.classification')}</Divider>
      <Row gutter={16}>
        <Col {...third}>
          <Form.Item name="investorType" label={f('investorType')} required>
            <Select options={investorOptions} disabled={off('investorType')} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item name="field" label={f('field')} required>
            <Select options={fieldOptions} disabled={off('field')} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item name="direction" label={f('direction')} required>
            <Select options={directionOptions} disabled={off('direction')} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item name="stage" label={f('stage')} required>
            <Select options={stageOptions} disabled={off('stage')} data-testid="project-stage-select" />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item name="inStatistics" label={f('inStatistics')} valuePropName="checked">
            <Switch disabled={off('inStatistics')} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item name="publishable" label={f('publishable')} valuePropName="checked">
            <Switch disabled={off('publishable')} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="tagIds" label={f('tags')}>
            <Select
              mode="multiple"
              options={tagOptions}
              loading={facets.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              disabled={off('tagIds')}
            />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('form.sections.location')}</Divider>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item name="streetId" label={f('street')}>
            <RegionSelect levels={['street']} disabled={off('streetId')} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="address" label={f('address')}>
            <Input maxLength={200} disabled={off('address')} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="lng" label={f('lng')}>
            <InputNumber min={-180} max={180} step={0.000001} style={{ width: '100%' }} disabled={off('lng')} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="lat" label={f('lat')}>
            <InputNumber min={-90} max={90} step={0.000001} style={{ width: '100%' }} disabled={off('lat')} />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('form.sections.investment')}</Divider>
      <Row gutter={16}>
        <Col {...third}>
          <Form.Item name="totalInvestmentWan" label={f('totalInvestment')} required>
            <Input
              inputMode="decimal"
              suffix={t('common.wan')}
              disabled={off('totalInvestmentWan')}
              data-testid="project-investment-input"
            />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item name="plannedStart" label={f('plannedStart')}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} disabled={off('plannedStart')} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item name="plannedEnd" label={f('plannedEnd')}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} disabled={off('plannedEnd')} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="content" label={f('content')}>
            <Input.TextArea rows={4} maxLength={4000} showCount disabled={off('content')} />
          </Form.Item>
        </Col>
      </Row>

      {isEdit ? (
        <Form.Item name="reason" label={t('form.reason')}>
          <Input.TextArea
            rows={2}
            maxLength={500}
            placeholder={t('form.reasonPlaceholder')}
            data-testid="project-reason-input"
          />
        </Form.Item>
      ) : null}
    </>
  );
}
