import type { Messages } from '../zh-CN';
import { adminEnUS } from './admin';
import { commonEnUS } from './common';
import { errorsEnUS } from './errors';
import { plansEnUS } from './plans';
import { registryEnUS } from './registry';
import { reportsEnUS } from './reports';

export const enUS: Messages = {
  ...commonEnUS,
  ...errorsEnUS,
  ...registryEnUS,
  ...adminEnUS,
  ...plansEnUS,
  ...reportsEnUS,
};
