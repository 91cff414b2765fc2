import { AppError, forbidden } from './app-error.js';

/**
 * The district a request acts in, among those the actor's role allows: the one asked for, else
 * the only one; with several and none asked for, the caller must say which.
 */
export function chooseDistrict(
  allowed: string[],
  requested: string | undefined,
  deniedMessage = 'not allowed',
): string {
  if (!allowed.length) throw forbidden(deniedMessage);
  if (requested) {
    if (!allowed.includes(requested)) throw forbidden('not your district');
    return requested;
  }
  if (allowed.length > 1) {
    throw new AppError('validation_failed', 'validation failed', [
      { path: ['districtId'], message: 'district_required' },
    ]);
  }
  return allowed[0]!;
}
