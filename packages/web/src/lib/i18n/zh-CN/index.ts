import type { Widen } from '../widen';
import { adminZhCN } from './admin';
import { attachmentsZhCN } from './attachments';
import { commonZhCN } from './common';
import { errorsZhCN } from './errors';
import { factorsZhCN } from './factors';
import { formalitiesZhCN } from './formalities';
import { indicatorsZhCN } from './indicators';
import { notificationsZhCN } from './notifications';
import { photosZhCN } from './photos';
import { plansZhCN } from './plans';
import { problemsZhCN } from './problems';
import { registryZhCN } from './registry';
import { reportsZhCN } from './reports';
import { supervisionZhCN } from './supervision';
import { warningsZhCN } from './warnings';

// The Chinese resources are the source of truth: en-US must mirror these keys exactly. Each
// feature keeps its own file; the top-level keys of the parts never overlap.
export const zhCN = {
  ...commonZhCN,
  ...errorsZhCN,
  ...registryZhCN,
  ...adminZhCN,
  ...problemsZhCN,
  ...factorsZhCN,
  ...formalitiesZhCN,
  ...plansZhCN,
  ...photosZhCN,
  ...attachmentsZhCN,
  ...reportsZhCN,
  ...supervisionZhCN,
  ...indicatorsZhCN,
  ...warningsZhCN,
  ...notificationsZhCN,
};

/** Shape every locale must have: the zh-CN keys with string leaves. */
export type Messages = Widen<typeof zhCN>;
