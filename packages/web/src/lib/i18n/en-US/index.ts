import type { Messages } from '../zh-CN';
import { adminEnUS } from './admin';
import { attachmentsEnUS } from './attachments';
import { commonEnUS } from './common';
import { errorsEnUS } from './errors';
import { factorsEnUS } from './factors';
import { formalitiesEnUS } from './formalities';
import { indicatorsEnUS } from './indicators';
import { notificationsEnUS } from './notifications';
import { photosEnUS } from './photos';
import { plansEnUS } from './plans';
import { problemsEnUS } from './problems';
import { registryEnUS } from './registry';
import { reportsEnUS } from './reports';
import { supervisionEnUS } from './supervision';
import { warningsEnUS } from './warnings';

export const enUS: Messages = {
  ...commonEnUS,
  ...errorsEnUS,
  ...registryEnUS,
  ...adminEnUS,
  ...problemsEnUS,
  ...factorsEnUS,
  ...formalitiesEnUS,
  ...plansEnUS,
  ...photosEnUS,
  ...attachmentsEnUS,
  ...reportsEnUS,
  ...supervisionEnUS,
  ...indicatorsEnUS,
  ...warningsEnUS,
  ...notificationsEnUS,
};
